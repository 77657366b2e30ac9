// détente dashboard: plain JavaScript over the JSON API (docs/API.md), no build step.
// Every text that comes from the store is put into the page with textContent (through el()),
// never as HTML: an article holding <script> shows it as text.
"use strict";

const QUADS = [
  { key: "q1", name: "verbal cooperation", color: "#8cc98c" },
  { key: "q2", name: "material cooperation", color: "#2e8b3e" },
  { key: "q3", name: "verbal conflict", color: "#f2a65a" },
  { key: "q4", name: "material conflict", color: "#c8332b" },
];
const PERIODS = { day: 86400000, week: 604800000, month: "M1", quarter: "M3", year: "M12" };
const TOKEN_KEY = "detente.token";
const state = { actors: [], documentsOffset: 0, documentsLimit: 50 };

// ------------------------------------------------------------------ helpers

function $(id) { return document.getElementById(id); }

// An element with attributes and children; strings become text nodes (never parsed as HTML).
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function clear(node) { node.replaceChildren(); return node; }

function say(id, text, isError) {
  const node = $(id);
  node.textContent = text || "";
  node.classList.toggle("error", Boolean(isError));
}

function signed(x, digits = 2) {
  return (x > 0 ? "+" : "") + Number(x).toFixed(digits);
}

function percent(x) { return Math.round(x * 100) + "%"; }

async function api(path, options) {
  const response = await fetch(path, options);
  let body = null;
  try { body = await response.json(); } catch (_) { body = null; }
  if (!response.ok) {
    const detail = body && typeof body.detail === "string" ? body.detail : response.statusText;
    throw new Error(`${response.status}: ${detail}`);
  }
  return body;
}

function query(params) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === "" || value === false) continue;
    q.set(key, value === true ? "true" : String(value));
  }
  return q.toString();
}

// "#relations?a=RUS&b=JPN" -> { view: "relations", params: URLSearchParams }
function route() {
  const hash = location.hash.slice(1) || "relations";
  const at = hash.indexOf("?");
  const view = at < 0 ? hash : hash.slice(0, at);
  return { view: view || "relations", params: new URLSearchParams(at < 0 ? "" : hash.slice(at + 1)) };
}

function go(view, params) {
  const q = params ? query(params) : "";
  location.hash = view + (q ? "?" + q : "");
}

// ------------------------------------------------------------------ views

const VIEWS = ["relations", "document", "network", "documents", "code"];

function show(view) {
  for (const name of VIEWS) $("view-" + name).hidden = name !== view;
  for (const link of document.querySelectorAll("nav a[data-view]")) {
    link.classList.toggle("active", link.dataset.view === view);
  }
}

async function onRoute() {
  const { view, params } = route();
  const known = VIEWS.includes(view) ? view : "relations";
  show(known);
  try {
    if (known === "relations") await showRelations(params);
    else if (known === "document") await showDocument(params.get("id"), params.get("event"));
    else if (known === "network") await showNetwork(params);
    else if (known === "documents") await showDocuments(params);
  } catch (error) {
    const target = { relations: "dyad-message", network: "network-message",
                     documents: "documents-message" }[known];
    if (target) say(target, error.message, true);
    else clear($("doc-panel")).append(el("p", { class: "message error" }, error.message));
  }
}

// ------------------------------------------------------------------ store summary

async function loadStats() {
  const [stats, actors] = await Promise.all([api("/api/stats"), api("/api/actors")]);
  state.actors = actors.actors;
  const list = clear($("actor-codes"));
  for (const actor of actors.actors) {
    list.append(el("option", { value: actor.code }, `${actor.events} events`));
  }
  const span = stats.first_date ? ` · ${stats.first_date} – ${stats.last_date}` : "";
  $("store-stats").textContent =
    `${stats.documents} documents · ${stats.events} events${span}`;
}

function defaultPair() {
  const countries = state.actors.filter((a) => a.country).map((a) => a.code);
  const codes = countries.length >= 2 ? countries : state.actors.map((a) => a.code);
  return [codes[0] || "", codes[1] || ""];
}

// ------------------------------------------------------------------ relations

async function showRelations(params) {
  let a = params.get("a"), b = params.get("b");
  if (!a || !b) [a, b] = defaultPair();
  $("actor-a").value = a;
  $("actor-b").value = b;
  if (params.get("freq")) $("freq").value = params.get("freq");
  $("date-from").value = params.get("from") || "";
  $("date-to").value = params.get("to") || "";
  $("directed").checked = params.get("directed") === "true";
  if (!a || !b) {
    say("dyad-message", "The store has no events yet: code some documents first.");
    return;
  }
  await loadDyad();
}

function dyadForm() {
  return {
    a: $("actor-a").value.trim().toUpperCase(),
    b: $("actor-b").value.trim().toUpperCase(),
    freq: $("freq").value,
    from: $("date-from").value,
    to: $("date-to").value,
    directed: $("directed").checked,
  };
}

async function loadDyad() {
  const form = dyadForm();
  say("dyad-message", `Loading ${form.a} and ${form.b}…`);
  $("period-panel").hidden = true;
  const data = await api("/api/dyad?" + query(form));
  state.dyad = data;
  const total = data.series.reduce((n, row) => n + row.events, 0);
  const arrow = data.dyad.directed ? "→" : "↔";
  say("dyad-message", `${data.dyad.a} ${arrow} ${data.dyad.b}: ${total} asserted events in ` +
      `${data.series.length} periods (by ${data.dyad.freq}); ` +
      `${data.turning_points.length} turning point(s).`);
  drawDyad(data);
  listTurningPoints(data);
}

function drawDyad(data) {
  const rows = data.series;
  const x = rows.map((r) => r.period);
  const custom = rows.map((r) => [r.period, r.period_end, r.events]);
  const period = {
    xperiod: PERIODS[data.dyad.freq],
    xperiod0: data.dyad.freq === "week" ? "2000-01-03" : undefined,
    xperiodalignment: "middle",
  };
  const active = rows.filter((r) => r.events > 0);
  const traces = [
    ...QUADS.map((q) => ({
      type: "bar", name: q.name, x, y: rows.map((r) => r[q.key]), yaxis: "y2",
      marker: { color: q.color }, customdata: custom, ...period,
      hovertemplate: `%{customdata[0]} – %{customdata[1]}<br>${q.name}: %{y}<extra></extra>`,
    })),
    {
      type: "scatter", mode: "markers", name: "mean Goldstein", x: active.map((r) => r.period),
      y: active.map((r) => r.goldstein_mean), customdata: active.map((r) => [r.period, r.period_end, r.events]),
      marker: { symbol: "circle-open", size: 8, color: "#7d8796" }, ...period,
      hovertemplate: "%{customdata[0]} – %{customdata[1]}<br>mean Goldstein %{y:.2f} (%{customdata[2]} events)<extra></extra>",
    },
    {
      type: "scatter", mode: "lines+markers", name: "relations index", x, y: rows.map((r) => r.index),
      customdata: custom, line: { color: "#1f5fa8", width: 3 }, marker: { size: 6 }, ...period,
      hovertemplate: "%{customdata[0]} – %{customdata[1]}<br>index %{y:.2f} (%{customdata[2]} events)<extra></extra>",
    },
  ];
  const shapes = [], annotations = [];
  for (const tp of data.turning_points) {
    shapes.push({ type: "line", xref: "x", yref: "paper", x0: tp.period, x1: tp.period, y0: 0, y1: 1,
                  line: { color: "#7a4fb5", width: 2, dash: "dash" } });
    annotations.push({ x: tp.period, y: 1, xref: "x", yref: "paper", yanchor: "bottom",
                       showarrow: false, font: { color: "#7a4fb5" },
                       text: `turning point ${signed(tp.level_before)} → ${signed(tp.level_after)}` });
  }
  shapes.push({ type: "line", xref: "paper", x0: 0, x1: 1, yref: "y", y0: 0, y1: 0,
                line: { color: "#9aa3b0", width: 1 } });
  const layout = {
    barmode: "stack", hovermode: "closest", showlegend: true,
    legend: { orientation: "h", x: 0, y: -0.08 },
    margin: { t: 48, r: 24, b: 24, l: 64 },
    xaxis: { type: "date", anchor: "y2" },
    yaxis: { domain: [0.45, 1], title: { text: "relations index" }, zeroline: false },
    yaxis2: { domain: [0, 0.36], title: { text: "events" } },
    title: { text: `${data.dyad.a} ${data.dyad.directed ? "→" : "↔"} ${data.dyad.b}, by ${data.dyad.freq}`,
             x: 0.01, xanchor: "left", font: { size: 15 } },
    shapes, annotations,
  };
  const chart = $("dyad-chart");
  Plotly.react(chart, traces, layout, { responsive: true, displaylogo: false });
  if (!chart.dataset.bound) {
    chart.dataset.bound = "1";
    chart.on("plotly_click", (event) => {
      const point = event.points.find((p) => p.customdata);
      if (point) loadPeriod(point.customdata[0], point.customdata[1]);
    });
  }
}

function listTurningPoints(data) {
  const box = clear($("turning-points"));
  if (!data.turning_points.length) {
    box.append(el("p", { class: "muted" }, "No turning point in this series."));
    return;
  }
  for (const tp of data.turning_points) {
    const change = tp.level_after - tp.level_before;
    box.append(el("div", { class: "tp" },
      el("h3", {}, `Turning point ${tp.period}: level ${signed(tp.level_before)} → ${signed(tp.level_after)} `,
         el("span", { class: change < 0 ? "neg" : "pos" }, `(${signed(change)})`),
         el("span", { class: "muted" }, ` — ${tp.events_before} events before, ${tp.events_after} after`)),
      driversTable(tp.drivers)));
  }
}

function driversTable(drivers) {
  if (!drivers.length) return el("p", { class: "muted" }, "No driving events.");
  return el("table", {},
    el("thead", {}, el("tr", {}, el("th", { class: "num" }, "Goldstein"), el("th", {}, "date"),
      el("th", {}, "source → target"), el("th", {}, "CAMEO"), el("th", {}, "sentence"))),
    el("tbody", {}, drivers.map((d) => el("tr", {
      class: "clickable", title: "open the document",
      onclick: () => go("document", { id: d.doc_id, event: d.event_id }),
    }, el("td", { class: "num" }, signed(d.goldstein, 1)), el("td", { class: "date" }, d.date || "—"),
       el("td", {}, `${d.source} → ${d.target || "—"}`), el("td", {}, d.cameo),
       el("td", {}, d.sentence)))));
}

async function loadPeriod(start, end) {
  const form = dyadForm();
  const filters = form.directed ? { source: state.dyad.dyad.a, target: state.dyad.dyad.b }
                                : { dyad: `${state.dyad.dyad.a},${state.dyad.dyad.b}` };
  const data = await api("/api/events?" + query({
    ...filters, date_from: start, date_to: end, factuality: "asserted", limit: 500 }));
  $("period-panel").hidden = false;
  $("period-title").textContent = `${start} – ${end}: ${data.total} event(s)`;
  const box = clear($("period-events"));
  box.append(eventsTable(data.items, (event) => go("document", { id: event.doc_id, event: event.event_id })));
  $("period-panel").scrollIntoView({ behavior: "smooth", block: "start" });
}

function eventsTable(events, onPick, selected) {
  if (!events.length) return el("p", { class: "muted" }, "No events.");
  return el("table", { class: "events" },
    el("thead", {}, el("tr", {}, el("th", {}, "date"), el("th", {}, "source → target"),
      el("th", {}, "CAMEO"), el("th", { class: "num" }, "Goldstein"), el("th", {}, "factuality"),
      el("th", {}, "trigger"), el("th", {}, "sentence"))),
    el("tbody", {}, events.map((e) => el("tr", {
      class: "clickable" + (e.event_id === selected ? " selected" : ""),
      dataset: { eventId: e.event_id }, title: "show the evidence",
      onclick: () => onPick(e),
    }, el("td", { class: "date" }, e.date || "—"),
       el("td", {}, `${e.source.code} → ${e.target ? e.target.code : "—"}`),
       el("td", {}, `${e.cameo} ${e.cameo_name || ""}`),
       el("td", { class: "num" }, signed(e.goldstein, 1)),
       el("td", {}, e.factuality), el("td", {}, e.trigger.text),
       el("td", {}, e.sentence)))));
}

// ------------------------------------------------------------------ documents and evidence

async function showDocument(docId, eventId) {
  const panel = clear($("doc-panel"));
  if (!docId) { panel.append(el("p", { class: "muted" }, "No document chosen.")); return; }
  const data = await api("/api/documents/" + encodeURIComponent(docId));
  panel.append(documentPanel(data.document, data.events, eventId));
  const trigger = panel.querySelector("mark.hl-trigger");
  if (trigger) trigger.scrollIntoView({ block: "center" });
}

// The document with one event's source, target and trigger highlighted, the evidence beside
// it, and the table of the document's events (clicking one highlights it instead).
function documentPanel(doc, events, eventId) {
  const chosen = events.find((e) => e.event_id === eventId) || events[0] || null;
  const root = el("div", { class: "document" });
  const meta = [doc.published ? `published ${doc.published}` : "no publication date",
                `id ${doc.doc_id}`, doc.origin ? `from ${doc.origin}` : null].filter(Boolean).join(" · ");
  root.append(el("h2", { class: "doc-title" }, doc.title || doc.doc_id),
              el("p", { class: "muted doc-meta" }, meta, " ", safeLink(doc.url)));
  const text = el("article", { class: "doc-text" });
  const evidence = el("aside", { class: "evidence" });
  const table = el("div", { class: "doc-events" });
  root.append(el("div", { class: "doc-layout" }, text, evidence),
              el("h3", {}, `Events in this document (${events.length})`), table);
  const select = (event) => {
    clear(text).append(...highlighted(doc.text, event));
    clear(evidence).append(evidencePanel(event));
    clear(table).append(eventsTable(events, select, event && event.event_id));
  };
  select(chosen);
  return root;
}

function safeLink(url) {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return el("span", {}, url);
    return el("a", { href: parsed.href, rel: "noopener noreferrer", target: "_blank" }, url);
  } catch (_) {
    return el("span", {}, url);
  }
}

// Text nodes and <mark>s for `text` with the event's spans marked. Offsets count code points
// (Python's str), so the text is split into code points, not UTF-16 units.
function highlighted(text, event) {
  const chars = Array.from(text);
  if (!event) return [document.createTextNode(text)];
  const spans = [["source", event.source], ["target", event.target], ["trigger", event.trigger]]
    .filter(([, s]) => s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.end > s.start)
    .map(([kind, s]) => ({ kind, start: Math.max(0, s.start), end: Math.min(chars.length, s.end) }))
    .filter((s) => s.end > s.start);
  const cuts = new Set([0, chars.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((x, y) => x - y);
  const out = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const [from, to] = [points[i], points[i + 1]];
    const piece = chars.slice(from, to).join("");
    const kinds = spans.filter((s) => s.start <= from && s.end >= to).map((s) => s.kind);
    if (!kinds.length) { out.push(document.createTextNode(piece)); continue; }
    out.push(el("mark", { class: kinds.map((k) => "hl-" + k).join(" "), title: kinds.join(", ") }, piece));
  }
  return out;
}

function evidencePanel(event) {
  if (!event) return el("p", { class: "muted" }, "No event was coded in this document.");
  const actor = (a) => a ? `${a.code} — “${a.text}”${a.name ? ` (${a.name})` : ""}` : "—";
  const rows = [
    ["event", `${event.cameo} ${event.cameo_name || ""}`],
    ["source", actor(event.source)],
    ["target", actor(event.target)],
    ["trigger", `“${event.trigger.text}”`],
    ["date", event.date ? `${event.date} (${event.date_precision})` : "—"],
    ["Goldstein", `${signed(event.goldstein, 1)} · quad class ${event.quad_class}`],
    ["PLOVER", event.plover || "—"],
    ["factuality", event.factuality],
    ["confidence", Number(event.confidence).toFixed(2)],
    ["place", event.location ? event.location.name : "—"],
  ];
  return el("div", {},
    el("h3", {}, "Evidence"),
    el("p", { class: "legend" }, el("mark", { class: "hl-source" }, "source"),
       el("mark", { class: "hl-target" }, "target"), el("mark", { class: "hl-trigger" }, "trigger")),
    el("dl", {}, rows.map(([k, v]) => [el("dt", {}, k), el("dd", {}, v)]),
       el("dt", {}, "rule"), el("dd", {}, el("code", { class: "rule" }, event.rule))));
}

// ------------------------------------------------------------------ network

async function showNetwork(params) {
  $("net-from").value = params.get("from") || "";
  $("net-to").value = params.get("to") || "";
  $("net-level").value = params.get("level") || "country";
  const data = await api("/api/network?" + query({
    from: $("net-from").value, to: $("net-to").value, level: $("net-level").value, limit: 300 }));
  say("network-message", `${data.total} directed edges at the ${data.level} level` +
      (data.total > data.edges.length ? `; the ${data.edges.length} busiest shown.` : "."));
  const box = clear($("network-table"));
  if (!data.edges.length) { box.append(el("p", { class: "muted" }, "No edges.")); return; }
  box.append(el("table", {},
    el("thead", {}, el("tr", {}, el("th", {}, "source"), el("th", {}, "target"),
      el("th", { class: "num" }, "events"), el("th", { class: "num" }, "mean Goldstein"),
      el("th", { class: "num" }, "cooperation"))),
    el("tbody", {}, data.edges.map((e) => el("tr", {
      class: "clickable", title: "show this dyad",
      onclick: () => go("relations", { a: e.source, b: e.target, freq: $("freq").value }),
    }, el("td", {}, e.source), el("td", {}, e.target), el("td", { class: "num" }, e.events),
       el("td", { class: e.goldstein_mean < 0 ? "num neg" : "num pos" }, signed(e.goldstein_mean)),
       el("td", { class: "num" }, percent(e.cooperation_share)))))));
}

// ------------------------------------------------------------------ document list

async function showDocuments(params) {
  const offset = Math.max(0, parseInt(params.get("offset") || "0", 10) || 0);
  const data = await api("/api/documents?" + query({ limit: state.documentsLimit, offset }));
  const last = Math.min(offset + data.items.length, data.total);
  say("documents-message", data.total ? `Documents ${offset + 1}–${last} of ${data.total}` : "No documents.");
  $("documents-prev").disabled = offset === 0;
  $("documents-next").disabled = last >= data.total;
  state.documentsOffset = offset;
  const box = clear($("documents-table"));
  box.append(el("table", {},
    el("thead", {}, el("tr", {}, el("th", {}, "id"), el("th", {}, "title"),
      el("th", {}, "published"), el("th", { class: "num" }, "events"))),
    el("tbody", {}, data.items.map((d) => el("tr", {
      class: "clickable", onclick: () => go("document", { id: d.doc_id }),
    }, el("td", {}, d.doc_id), el("td", {}, d.title || "—"), el("td", {}, d.published || "—"),
       el("td", { class: "num" }, d.n_events))))));
}

// ------------------------------------------------------------------ coding an article

async function submitCode(event) {
  event.preventDefault();
  const token = $("code-token").value.trim();
  sessionStorage.setItem(TOKEN_KEY, token);
  const file = $("code-file").files[0];
  const fields = { date: $("code-date").value, id: $("code-id").value.trim(),
                   title: $("code-title").value.trim() };
  const headers = { Authorization: "Bearer " + token };
  let body;
  if (file) {
    body = new FormData();
    body.append("file", file);
    for (const [key, value] of Object.entries(fields)) if (value) body.append(key, value);
  } else {
    const text = $("code-text").value;
    if (!text.trim()) { say("code-message", "Paste an article or choose a file.", true); return; }
    const payload = { text };
    for (const [key, value] of Object.entries(fields)) if (value) payload[key] = value;
    body = JSON.stringify(payload);
    headers["Content-Type"] = "application/json";
  }
  $("code-submit").disabled = true;
  say("code-message", "Coding… (the first article loads the coder, a few seconds)");
  const result = clear($("code-result"));
  try {
    const data = await api("/api/documents", { method: "POST", headers, body });
    say("code-message", `${data.events.length} event(s) coded; stored as ${data.document.doc_id}` +
        (data.replaced ? " (replacing the earlier version)." : "."));
    result.append(documentPanel(data.document, data.events, null));
    loadStats().catch(() => {});
  } catch (error) {
    say("code-message", error.message, true);
  } finally {
    $("code-submit").disabled = false;
  }
}

// ------------------------------------------------------------------ start

function start() {
  $("dyad-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const form = dyadForm();
    const next = query(form);
    if (location.hash.slice(1) === "relations?" + next) loadDyad().catch((e) => say("dyad-message", e.message, true));
    else go("relations", form);
  });
  $("network-form").addEventListener("submit", (event) => {
    event.preventDefault();
    go("network", { from: $("net-from").value, to: $("net-to").value, level: $("net-level").value });
  });
  $("documents-prev").addEventListener("click", () =>
    go("documents", { offset: Math.max(0, state.documentsOffset - state.documentsLimit) }));
  $("documents-next").addEventListener("click", () =>
    go("documents", { offset: state.documentsOffset + state.documentsLimit }));
  $("doc-back").addEventListener("click", (event) => {
    if (history.length > 1) { event.preventDefault(); history.back(); }
  });
  $("code-form").addEventListener("submit", submitCode);
  $("code-token").value = sessionStorage.getItem(TOKEN_KEY) || "";
  window.addEventListener("hashchange", onRoute);
  loadStats()
    .catch((error) => say("dyad-message", error.message, true))
    .finally(onRoute);
}

document.addEventListener("DOMContentLoaded", start);
