"""The dashboard in a real browser: Debian's Chromium, headless, driven by Selenium. A person
schedules through the form (and meets the daylight-saving error inline), moves a status, edits
notes, ticks the checklist, moves a job along the board, sees a change made over MCP appear,
runs a short mock interview, and reads it all at 390 px. Each page is saved as a screenshot in
Tests/EndToEnd/artifacts/screenshots."""

import asyncio
import datetime as dt
import shutil

import pytest
from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

from conftest import ROOT, home_today, mcp_session

SCREENSHOTS = ROOT / "Tests" / "EndToEnd" / "artifacts" / "screenshots"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


@pytest.fixture
def browser():
    options = Options()
    options.binary_location = CHROMIUM
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=en-US"]:
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def sign_in(browser, dashboard, path="/"):
    browser.get(dashboard.address)
    if path != "/":
        browser.get(dashboard.base + path)


def wait(browser, seconds=10):
    # A live region is replaced whole when the page refreshes it: look again rather than fail.
    return WebDriverWait(browser, seconds, ignored_exceptions=[StaleElementReferenceException])


def screenshot(browser, name: str):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    width = browser.get_window_size()["width"]
    height = browser.execute_script("return document.documentElement.scrollHeight")
    browser.set_window_size(width, min(max(height + 40, 600), 5000))
    browser.save_screenshot(str(SCREENSHOTS / f"{name}.png"))
    browser.set_window_size(width, 1000)


def set_value(browser, element, value: str):
    browser.execute_script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'))", element, value)


def fill_schedule_form(browser, company: str, date: str, time: str, zone: str = "America/New_York"):
    browser.find_element(By.ID, "s-company").clear()
    browser.find_element(By.ID, "s-company").send_keys(company)
    browser.find_element(By.ID, "s-role").clear()
    browser.find_element(By.ID, "s-role").send_keys("Platform Engineer")
    Select(browser.find_element(By.ID, "s-type")).select_by_value("technical")
    set_value(browser, browser.find_element(By.ID, "s-date"), date)
    set_value(browser, browser.find_element(By.ID, "s-time"), time)
    Select(browser.find_element(By.ID, "s-zone")).select_by_value(zone)


def in_days(days: int) -> str:
    return (home_today() + dt.timedelta(days=days)).isoformat()


def schedule_via_api(dashboard, company="Acme", days=2) -> dict:
    reply = dashboard.post("/api/interviews", {"company": company, "role": "Backend Engineer", "type": "technical",
                                               "start": f"{in_days(days)}T10:00", "interviewer_name": "Dana Smith"})
    assert reply.status == 200, reply.text
    return reply.json


def test_scheduling_through_the_form_explains_a_skipped_time_inline_then_succeeds(browser, dashboard):
    sign_in(browser, dashboard)
    assert browser.title == "Overview · Interview prep"
    assert "interview_prep_session" in {cookie["name"] for cookie in browser.get_cookies()}
    assert "token=" not in browser.current_url

    # 02:30 on the second Sunday of March 2027 does not exist in New York.
    fill_schedule_form(browser, "Initech", "2027-03-14", "02:30")
    browser.find_element(By.CSS_SELECTOR, "#schedule-form button[type=submit]").click()
    error = wait(browser).until(EC.visibility_of_element_located((By.CSS_SELECTOR, '[data-error-for="start"]')))
    assert "does not exist" in error.text and "03:30" in error.text
    assert browser.find_element(By.ID, "s-date").get_attribute("aria-invalid") == "true"
    assert dashboard.get("/api/interviews").json["interviews"] == []
    screenshot(browser, "overview-dst-error")

    set_value(browser, browser.find_element(By.ID, "s-time"), "10:00")
    set_value(browser, browser.find_element(By.ID, "s-date"), in_days(3))
    browser.find_element(By.CSS_SELECTOR, "#schedule-form button[type=submit]").click()
    wait(browser).until(EC.url_matches(r"/interviews/int_\d+$"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Initech · Platform Engineer"
    screenshot(browser, "interview")


def test_a_status_moves_from_the_upcoming_list_and_the_timeline_opens(browser, dashboard):
    created = schedule_via_api(dashboard)
    sign_in(browser, dashboard)
    item = browser.find_element(By.CSS_SELECTOR, f'[data-interview="{created["id"]}"]')
    Select(item.find_element(By.NAME, "status")).select_by_value("confirmed")
    item.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    wait(browser).until(lambda b: b.find_element(By.CSS_SELECTOR, f'[data-interview="{created["id"]}"] .badge').text == "Confirmed")
    assert dashboard.get(f"/api/interviews/{created['id']}").json["status"] == "confirmed"

    browser.find_element(By.CSS_SELECTOR, f'[data-interview="{created["id"]}"] [data-timeline]').click()
    dialog = wait(browser).until(EC.visibility_of_element_located((By.ID, "dialog")))
    wait(browser).until(lambda b: "status changed" in dialog.text or "interview status" in dialog.text.lower())
    assert "interview scheduled" in dialog.text
    screenshot(browser, "timeline-dialog")


def test_notes_are_edited_and_rendered_and_the_checklist_is_ticked_in_place(browser, dashboard):
    created = schedule_via_api(dashboard)
    sign_in(browser, dashboard, f"/interviews/{created['id']}")
    notes = browser.find_element(By.ID, "notes-text")
    notes.clear()
    notes.send_keys("## Stories\n- **Canary rollout**: cut failures 80%")
    notes.find_element(By.XPATH, "following-sibling::button").click()
    heading = wait(browser).until(EC.visibility_of_element_located((By.CSS_SELECTOR, "#notes-rendered h2")))
    assert heading.text == "Stories"
    assert browser.find_element(By.CSS_SELECTOR, "#notes-rendered strong").text == "Canary rollout"
    assert dashboard.get(f"/api/interviews/{created['id']}/notes").json["markdown"].startswith("## Stories")

    first = browser.find_element(By.CSS_SELECTOR, "input[data-tick]")
    first.click()
    wait(browser).until(lambda b: b.find_element(By.ID, "checklist-progress").text.startswith("1 of "))
    assert dashboard.get(f"/api/interviews/{created['id']}/checklist").json["done"] == 1
    screenshot(browser, "interview-notes-checklist")


def test_a_job_moves_along_the_board(browser, dashboard):
    for company, status in [("Initech", "applied"), ("Hooli", "active"), ("Umbrella", "offered")]:
        other = dashboard.post("/api/jobs", {"company": company, "role": "Platform Engineer", "stage_kinds": ["phone_screen", "technical", "on_site"]}).json
        dashboard.post(f"/api/jobs/{other['job_id']}/status", {"status": status})
    job = dashboard.post("/api/jobs", {"company": "Globex", "role": "SRE"}).json
    sign_in(browser, dashboard, "/jobs")
    card = browser.find_element(By.CSS_SELECTOR, f'#col-saved ~ ul [data-job="{job["job_id"]}"]')
    Select(card.find_element(By.NAME, "status")).select_by_value("applied")
    card.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait(browser).until(lambda b: b.find_elements(By.CSS_SELECTOR, f'#col-applied ~ ul [data-job="{job["job_id"]}"]'))
    assert browser.find_elements(By.CSS_SELECTOR, f'#col-saved ~ ul [data-job="{job["job_id"]}"]') == []
    assert dashboard.get(f"/api/jobs/{job['job_id']}").json["status"] == "applied"
    screenshot(browser, "board")

    browser.find_element(By.LINK_TEXT, "Globex").click()
    wait(browser).until(EC.url_matches(r"/jobs/job_\d+$"))
    screenshot(browser, "job")
    browser.get(dashboard.base + "/stats")
    assert browser.find_elements(By.CSS_SELECTOR, "svg.chart")
    screenshot(browser, "stats")


def test_a_change_made_over_mcp_appears_on_the_open_page(browser, dashboard, binary, env):
    schedule_via_api(dashboard, company="Acme", days=2)
    schedule_via_api(dashboard, company="Globex", days=5)
    sign_in(browser, dashboard)
    assert "Hooli" not in browser.find_element(By.TAG_NAME, "main").text

    async def schedule_over_mcp():
        async with mcp_session(binary, env) as session:
            result = await session.call_tool("schedule_interview", {
                "company": "Hooli", "role": "Data Engineer", "type": "phone_screen", "start": f"{in_days(1)}T09:00"})
            assert not result.is_error

    asyncio.run(schedule_over_mcp())
    wait(browser).until(lambda b: "Hooli" in b.find_element(By.CSS_SELECTOR, '[data-live="upcoming"]').text)
    assert browser.find_element(By.ID, "live-status").text.startswith("Updated")
    screenshot(browser, "overview")


def test_a_short_mock_interview_runs_against_the_countdown_to_its_report(browser, dashboard):
    sign_in(browser, dashboard, "/mock")
    Select(browser.find_element(By.ID, "m-schema")).select_by_value("behavioral_only")
    Select(browser.find_element(By.ID, "m-scale")).select_by_value("0.1")
    screenshot(browser, "mock-start")
    browser.find_element(By.CSS_SELECTOR, "form[data-api] button[type=submit]").click()
    wait(browser).until(EC.url_matches(r"/mock/mock_\d+$"))
    countdown = browser.find_element(By.ID, "countdown")
    minutes, seconds = countdown.text.split(":")
    assert 0 < int(minutes) * 60 + int(seconds) <= 60
    assert browser.find_element(By.ID, "section-title").text == "Introduction and background"
    prompt = browser.find_element(By.ID, "prompt").text
    assert prompt

    answer = browser.find_element(By.ID, "answer")
    answer.send_keys("I am a backend engineer at Acme, where I have spent four years on the payments platform. Recently I led "
                     "the migration of our billing service to an event-driven design, which cut processing costs by 30% and "
                     "halved incidents. I want this role because I want to own a platform end to end.")
    answer.find_element(By.XPATH, "following-sibling::button").click()
    wait(browser).until(lambda b: b.find_element(By.ID, "answer").get_attribute("value") == "")
    screenshot(browser, "mock-session")

    browser.find_element(By.XPATH, "//button[normalize-space()=\"I'm done\"]").click()
    wait(browser).until(lambda b: b.find_element(By.ID, "section-title").text == "Teamwork and conflict")

    browser.find_element(By.XPATH, "//button[normalize-space()='End']").click()
    browser.switch_to.alert.accept()
    report = wait(browser).until(EC.visibility_of_element_located((By.ID, "report-title")))
    assert report.text == "Your report"
    assert "Introduction and background" in browser.find_element(By.TAG_NAME, "main").text
    screenshot(browser, "mock-report")


def test_the_pages_read_at_390_px_and_work_from_the_keyboard(browser, dashboard):
    created = schedule_via_api(dashboard)
    dashboard.post("/api/jobs", {"company": "Globex", "role": "SRE"})
    browser.set_window_size(390, 844)
    sign_in(browser, dashboard)
    for path, name in [("/", "overview-390"), ("/jobs", "board-390"), (f"/interviews/{created['id']}", "interview-390"), ("/stats", "stats-390")]:
        browser.get(dashboard.base + path)
        overflow = browser.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at 390px"
        unlabelled = browser.execute_script("""
            return [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
              .filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label')).map(el => el.outerHTML)""")
        assert unlabelled == [], path
        screenshot(browser, name)

    # The first Tab reaches the skip link, which takes focus to the content.
    browser.get(dashboard.base + "/")
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    assert browser.switch_to.active_element.text == "Skip to content"
    outline = browser.execute_script("return getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
    browser.switch_to.active_element.send_keys(Keys.ENTER)
    assert browser.switch_to.active_element.get_attribute("id") == "main"


def test_an_email_is_drafted_then_sent_after_confirmation_and_a_star_answer_is_checked(browser, binary, env, tmp_path):
    from dashboard_server import start_dashboard, stop_dashboard
    from mailserver import mail_server, smtp_env

    with mail_server(tmp_path / "mail") as server:
        dashboard = start_dashboard(binary, smtp_env(env, server.port))
        try:
            created = dashboard.post("/api/interviews", {"company": "Acme", "role": "Backend Engineer", "type": "technical",
                                                         "start": f"{in_days(2)}T10:00", "interviewer_name": "Dana Smith",
                                                         "interviewer_email": "dana@acme.example"}).json
            sign_in(browser, dashboard, f"/interviews/{created['id']}")
            points = browser.find_element(By.ID, "e-points")
            points.send_keys("scaling the payments ledger")
            points.find_element(By.XPATH, "following-sibling::button").click()
            result = wait(browser).until(EC.visibility_of_element_located((By.CSS_SELECTOR, '[data-result-for="email"] .subject')))
            assert result.text == "Subject: Thank you - Acme interview"
            assert "scaling the payments ledger" in browser.find_element(By.CSS_SELECTOR, ".email-text").text
            assert server.messages() == []

            browser.find_element(By.XPATH, "//button[normalize-space()='Send this email']").click()
            confirm = browser.switch_to.alert
            assert "dana@acme.example" in confirm.text
            confirm.accept()
            wait(browser).until(lambda b: "Sent to dana@acme.example" in b.find_element(By.CSS_SELECTOR, '[data-result-for="email"]').text)
            assert len(server.messages()) == 1

            answer = browser.find_element(By.ID, "star-text")
            answer.send_keys("At Acme our deploys failed weekly. I was asked to fix it. I built a canary pipeline. Failures dropped 80%.")
            answer.find_element(By.XPATH, "following-sibling::button").click()
            star = wait(browser).until(EC.visibility_of_element_located((By.CSS_SELECTOR, '[data-result-for="star"] table')))
            assert "result" in star.text and "What works" in browser.find_element(By.CSS_SELECTOR, '[data-result-for="star"]').text
            screenshot(browser, "interview-email-star")
        finally:
            stop_dashboard(dashboard)


CONTRAST = """
function luminance(color) {
  const [r, g, b] = color.match(/[\\d.]+/g).slice(0, 3).map(Number).map(v => {
    v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function background(node) {
  for (; node; node = node.parentElement) {
    const color = getComputedStyle(node).backgroundColor;
    if (color && !color.startsWith("rgba(0, 0, 0, 0)") && color !== "transparent") return color;
  }
  return "rgb(255, 255, 255)";
}
return [...document.querySelectorAll(arguments[0])].filter(n => n.offsetParent && n.textContent.trim()).map(node => {
  const a = luminance(getComputedStyle(node).color), b = luminance(background(node));
  return [node.tagName + "." + node.className + " " + node.textContent.trim().slice(0, 30), (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)];
});
"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_text_has_enough_contrast_in_both_schemes(browser, dashboard, scheme):
    schedule_via_api(dashboard)
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
    sign_in(browser, dashboard)
    for path in ["/", "/jobs", "/stats"]:
        browser.get(dashboard.base + path)
        ratios = browser.execute_script(CONTRAST, "p, span, a, label, button, h1, h2, dt, dd, li, summary, option")
        assert ratios, path
        low = [(text, round(ratio, 2)) for text, ratio in ratios if ratio < 4.5]
        assert low == [], f"{scheme} {path}: {low}"
    screenshot(browser, f"overview-{scheme}")
