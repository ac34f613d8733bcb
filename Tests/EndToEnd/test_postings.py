"""Jobs imported from their postings' pages, served by a local web server: JSON-LD, plain pages,
redirects, errors, size limits, non-HTML bodies, and the guard against private addresses."""

import pytest

from conftest import checked_caller, cli_json, count_rows, error_text, mcp_session, run_cli, structured
from posting_server import posting_server


@pytest.fixture
def allowed(env):
    """The environment of a candidate who allows fetching from their own machine (the test server)."""
    return {**env, "INTERVIEW_PREP_ALLOW_PRIVATE_URLS": "1"}


def test_a_posting_with_job_data_is_imported_with_its_details(binary, allowed):
    with posting_server() as base:
        imported = run_cli(binary, allowed, "jobs", "import", f"{base}/jobs/acme", "--priority", "4", "--tag", "fintech")
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.splitlines()[0] == (
        "Added job_1: Acme Payments · Senior Backend Engineer, saved. "
        "Read from the page's job posting data: company, role, location, description, salary.")
    job = cli_json(binary, allowed, "jobs", "show", "job_1")
    assert job["url"] == f"{base}/jobs/acme" and job["source"] == "127.0.0.1"
    assert job["location"] == "Berlin, DE" and job["salary_range"] == "€85,000–€105,000" and job["salary_currency"] == "EUR"
    assert job["description"] == "Build the ledger that moves billions of euros.\n\n- Go and Postgres\n- Kafka"
    assert job["priority"] == 4 and job["tags"] == ["fintech"] and job["status"] == "saved"
    shown = run_cli(binary, allowed, "jobs", "show", "job_1").stdout
    assert "Salary: €85,000–€105,000" in shown and "Priority: ★★★★☆" in shown and "Where: Berlin, DE" in shown


@pytest.mark.anyio
async def test_a_page_without_job_data_is_read_from_its_title_and_text_and_a_redirect_is_followed(binary, allowed):
    with posting_server() as base:
        async with mcp_session(binary, allowed) as session:
            call = await checked_caller(session)
            globex = await call("import_job_posting", {"url": f"{base}/jobs/globex", "status": "applied", "applied": "2026-11-20"})
            moved = await call("import_job_posting", {"url": f"{base}/jobs/moved"})
    assert globex["extracted_from"] == "page" and globex["found"] == ["company", "role", "description"]
    job = globex["job"]
    assert (job["company"], job["role"], job["status"]) == ("Globex", "Data Engineer", "applied") and job["applied_at"].startswith("2026-11-2")
    assert "You will own our batch & streaming pipelines (Spark, Flink)." in job["description"]
    assert "- SQL you are proud of" in job["description"] and "Globex careers" not in job["description"]
    assert moved["final_url"] == f"{base}/jobs/acme" and moved["job"]["company"] == "Acme Payments"
    assert moved["job"]["url"] == f"{base}/jobs/moved"


@pytest.mark.parametrize("path, words", [
    ("/jobs/gone", "the server answered 404 Not Found"),
    ("/jobs/huge", "the page is larger than 2 MB"),
    ("/jobs/huge-unannounced", "the page is larger than 2 MB"),
    ("/jobs/logo.png", "is image/png, not a web page"),
    ("/jobs/loop", "could not fetch"),
])
def test_a_page_that_cannot_be_a_posting_is_refused_and_nothing_is_written(binary, allowed, db_path, path, words):
    with posting_server() as base:
        refused = run_cli(binary, allowed, "jobs", "import", f"{base}{path}")
    assert refused.returncode != 0 and words in refused.stderr, refused.stderr
    assert refused.stderr.startswith("error: url: ") and "Traceback" not in refused.stderr
    assert count_rows(db_path, "jobs") == 0 and count_rows(db_path, "events") == 0


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/job", "javascript:alert(1)", "not a url"])
def test_only_web_addresses_are_fetched(binary, allowed, db_path, url):
    refused = run_cli(binary, allowed, "jobs", "import", url)
    assert refused.returncode != 0 and "is not an http(s) address" in refused.stderr, refused.stderr
    assert count_rows(db_path, "jobs") == 0


@pytest.mark.anyio
async def test_a_private_address_is_refused_unless_the_candidate_allows_it(binary, env, db_path):
    with posting_server() as base:
        async with mcp_session(binary, env) as session:
            refused = error_text(await session.call_tool("import_job_posting", {"url": f"{base}/jobs/acme"}))
        by_name = run_cli(binary, env, "jobs", "import", base.replace("127.0.0.1", "localhost") + "/jobs/acme")
        allowed_once = run_cli(binary, env, "jobs", "import", f"{base}/jobs/acme", "--allow-private")
    assert "127.0.0.1 is at a private address (127.0.0.1)" in refused and "allow_private_addresses" in refused
    assert by_name.returncode != 0 and "localhost is at a private address" in by_name.stderr, by_name.stderr
    assert allowed_once.returncode == 0, allowed_once.stderr
    assert count_rows(db_path, "jobs") == 1
