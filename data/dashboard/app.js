// The dashboard's behaviour: forms and buttons call the JSON API, errors appear next to the
// field they name, and the page follows changes made anywhere (server-sent events). No inline
// script (the Content-Security-Policy forbids it), no library, text set with textContent only.
"use strict";

const messageID = () => "web-" + Date.now().toString(36) + "-" + Math.random().toString(36).slice(2, 8);

async function callAPI(method, url, body) {
  const response = await fetch(url, {
    method,
    credentials: "same-origin",
    headers: body === undefined ? { Accept: "application/json" } : { "Content-Type": "application/json", Accept: "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const type = response.headers.get("Content-Type") || "";
  const data = type.includes("json") ? await response.json() : await response.text();
  if (!response.ok) {
    const problem = typeof data === "object" ? data : { detail: String(data) };
    const error = new Error(problem.detail || response.statusText);
    error.problem = problem;
    throw error;
  }
  return data;
}

// A form's fields as the operation's JSON body: empty fields left out, date + time joined into
// `start`, listed fields split into lines, numbers and booleans typed.
function formBody(form) {
  const body = {};
  const lists = (form.dataset.lists || "").split(",").filter(Boolean);
  const numbers = (form.dataset.numbers || "").split(",").filter(Boolean);
  for (const element of form.elements) {
    if (!element.name || element.disabled) continue;
    let value = element.value;
    if (element.type === "checkbox") value = element.checked;
    else if (value === "") continue;
    if (lists.includes(element.name)) value = value.split("\n").map((line) => line.trim()).filter(Boolean);
    else if (numbers.includes(element.name)) value = Number(value);
    else if (element.hasAttribute("data-boolean")) value = value === "true";
    body[element.name] = value;
  }
  if ("date" in body || "time" in body) {
    body.start = (body.date || "") + "T" + (body.time || "");
    delete body.date;
    delete body.time;
  }
  if (form.dataset.extra) Object.assign(body, JSON.parse(form.dataset.extra));
  if (form.hasAttribute("data-message-id")) body.client_message_id = messageID();
  return body;
}

function clearErrors(form) {
  for (const output of form.querySelectorAll("[data-error]")) output.textContent = "";
  for (const field of form.querySelectorAll("[aria-invalid]")) field.removeAttribute("aria-invalid");
}

// Shows a problem next to the field it names (date and time stand for `start`).
function showError(form, error) {
  const problem = error.problem || {};
  const field = problem.field;
  const output = form.querySelector(`[data-error-for="${field}"]`) || form.querySelector("[data-error]");
  if (output) output.textContent = error.message;
  const names = field === "start" ? ["date", "time"] : [field];
  const input = names.map((name) => name && form.querySelector(`[name="${name}"]`)).find(Boolean);
  if (input) {
    input.setAttribute("aria-invalid", "true");
    if (output && output.id) input.setAttribute("aria-describedby", output.id);
    input.focus();
  } else if (!output) {
    alert(error.message);
  }
}

// The email form: the kind picks the operation and what the two fields mean.
function emailRequest(form, body) {
  const url = form.querySelector("[data-email-kind]").value;
  if (url.endsWith("/follow-up")) {
    if (body.interviewer_name) body.recipient_name = body.interviewer_name;
    if (body.talking_points) body.note = body.talking_points;
    delete body.interviewer_name;
    delete body.talking_points;
  } else if (url.endsWith("/reminder")) {
    delete body.interviewer_name;
    delete body.talking_points;
  }
  return url;
}

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function list(items) {
  const ul = element("ul");
  for (const item of items || []) ul.append(element("li", item));
  return ul;
}

// Renders an operation's result for a person.
const renderers = {
  pitch(result, target) {
    target.append(element("p", result.pitch, "pitch"));
    target.append(element("p", `${result.word_count} words, about ${Math.round(result.speaking_time_seconds / 6) / 10} minutes spoken (aim for ${result.target_words}).`, "muted"));
    if ((result.suggestions || []).length) { target.append(element("h3", "To make it stronger")); target.append(list(result.suggestions)); }
  },
  star(result, target) {
    const table = element("table");
    const head = element("tr");
    for (const title of ["Part", "Status", "Words"]) { const th = element("th", title); th.scope = "col"; head.append(th); }
    table.append(head);
    for (const [part, info] of Object.entries(result.parts || {})) {
      const row = element("tr");
      row.append(element("td", part), element("td", info.status), element("td", String(info.words)));
      table.append(row);
    }
    target.append(table);
    if ((result.strengths || []).length) { target.append(element("h3", "What works")); target.append(list(result.strengths)); }
    if (result.sharpen) { target.append(element("h3", "Sharpen")); target.append(element("p", result.sharpen)); }
  },
  email(result, target, form, body, url) {
    target.append(element("p", result.status === "sent" ? `Sent to ${result.to}.` : `Draft to ${result.to || "(no address)"}`, "muted"));
    target.append(element("p", "Subject: " + result.subject, "subject"));
    target.append(element("pre", result.text, "email-text"));
    if (result.status !== "sent") {
      const send = element("button", "Send this email");
      send.type = "button";
      send.addEventListener("click", async () => {
        if (!confirm(`Send "${result.subject}" to ${result.to || "the candidate"}?`)) return;
        try {
          const sent = await callAPI("POST", url, Object.assign({}, body, { send: true }));
          target.replaceChildren();
          renderers.email(sent, target, form, body, url);
        } catch (error) { showError(form, error); }
      });
      target.append(send);
    }
  },
  mock(result, target) {
    const note = (result.outcome && result.outcome.note) || "";
    if (note) target.append(element("p", note));
  },
};

document.addEventListener("submit", async (event) => {
  const form = event.target.closest("form[data-api]");
  if (!form) return;
  event.preventDefault();
  clearErrors(form);
  const body = formBody(form);
  const url = form.hasAttribute("data-email") ? emailRequest(form, body) : form.dataset.api;
  const button = form.querySelector("button[type=submit]");
  if (button) button.disabled = true;
  try {
    const result = await callAPI(form.dataset.method || "POST", url, body);
    if (form.dataset.then === "interview") { location.href = "/interviews/" + result.id; return; }
    if (form.dataset.then === "mock") { location.href = "/mock/" + ((result.state && result.state.id) || result.id); return; }
    if (form.dataset.result) {
      const target = document.querySelector(`[data-result-for="${form.dataset.result}"]`);
      target.replaceChildren();
      renderers[form.dataset.result](result, target, form, body, url);
    }
    if (form.hasAttribute("data-reset")) form.reset();
    await refresh(true);
  } catch (error) {
    showError(form, error);
  } finally {
    if (button) button.disabled = false;
  }
});

document.addEventListener("click", async (event) => {
  const button = event.target.closest("button");
  if (!button) return;
  if (button.hasAttribute("data-close-dialog")) { document.getElementById("dialog").close(); return; }
  if (button.dataset.timeline) { showTimeline(button.dataset.timeline, button.dataset.title); return; }
  if (!button.dataset.post) return;
  if (button.dataset.confirm && !confirm(button.dataset.confirm)) return;
  const body = button.hasAttribute("data-message-id") ? { client_message_id: messageID() } : {};
  button.disabled = true;
  try {
    const result = await callAPI("POST", button.dataset.post, body);
    const target = document.querySelector('[data-result-for="mock"]');
    if (target && result.outcome) { target.replaceChildren(); renderers.mock(result, target); }
    await refresh(true);
  } catch (error) {
    alert(error.message);
  } finally {
    button.disabled = false;
  }
});

document.addEventListener("change", async (event) => {
  const box = event.target.closest("input[data-tick]");
  if (!box) return;
  box.disabled = true;
  try {
    const result = await callAPI("POST", box.dataset.tick, { item: box.dataset.item, done: box.checked });
    const progress = document.getElementById("checklist-progress");
    if (progress && result.total !== undefined) progress.textContent = `${result.done} of ${result.total}`;
  } catch (error) {
    box.checked = !box.checked;
    alert(error.message);
  } finally {
    box.disabled = false;
  }
});

async function showTimeline(id, title) {
  const dialog = document.getElementById("dialog");
  document.getElementById("dialog-title").textContent = "Timeline: " + title;
  const body = document.getElementById("dialog-body");
  body.replaceChildren(element("p", "Loading…"));
  dialog.showModal();
  try {
    const timeline = await callAPI("GET", `/api/interviews/${encodeURIComponent(id)}/timeline`);
    const ol = element("ol", undefined, "timeline");
    for (const event of timeline.events) {
      const when = new Date(event.occurred_at).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
      ol.append(element("li", `${when} · ${event.type.replace(/_/g, " ")} (by ${event.actor})`));
    }
    body.replaceChildren(ol);
  } catch (error) {
    body.replaceChildren(element("p", error.message, "error"));
  }
}

// Replaces every live region with its fresh copy from the server, except one the person is
// typing in (it catches up at the next change).
let refreshing = null;
async function refresh(force) {
  if (refreshing) return refreshing;
  refreshing = (async () => {
    try {
      const response = await fetch(location.href, { credentials: "same-origin", headers: { Accept: "text/html" } });
      if (!response.ok) return;
      const fresh = new DOMParser().parseFromString(await response.text(), "text/html");
      for (const region of document.querySelectorAll("[data-live]")) {
        const replacement = fresh.querySelector(`[data-live="${region.dataset.live}"]`);
        if (!replacement) continue;
        const active = document.activeElement;
        const typing = active && region.contains(active) && /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName) && !force;
        if (!typing) region.replaceWith(document.importNode(replacement, true));
      }
      startCountdown();
      const status = document.getElementById("live-status");
      if (status) status.textContent = "Updated " + new Date().toLocaleTimeString();
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

// The mock interview's countdown: the server's remaining seconds when the page was made, ticked
// down here; at zero the page asks the server, whose clock decides what happens.
let countdownTimer = null;
function startCountdown() {
  clearInterval(countdownTimer);
  const node = document.getElementById("countdown");
  if (!node) return;
  const started = Date.now();
  const remaining = Number(node.dataset.remaining);
  const running = node.dataset.status === "IN_PROGRESS";
  const show = (seconds) => {
    const m = Math.floor(seconds / 60), s = seconds % 60;
    node.textContent = `${m}:${String(s).padStart(2, "0")}`;
  };
  show(remaining);
  if (!running) return;
  countdownTimer = setInterval(() => {
    const left = Math.max(0, remaining - Math.floor((Date.now() - started) / 1000));
    show(left);
    if (left === 0) { clearInterval(countdownTimer); refresh(true); }
  }, 250);
}

function listen() {
  if (!window.EventSource) return;
  const source = new EventSource("/api/events");
  source.addEventListener("change", () => refresh(false));
}

document.addEventListener("DOMContentLoaded", () => {
  startCountdown();
  listen();
  // Pre-fill the schedule form with tomorrow at 10:00.
  const date = document.getElementById("s-date");
  if (date && !date.value) {
    const tomorrow = new Date(Date.now() + 86400000);
    date.value = tomorrow.toISOString().slice(0, 10);
    document.getElementById("s-time").value = "10:00";
  }
});
