"""The dashboard in a real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright)
against the API served by uvicorn on a free localhost port, on the hand-built store of
tests/test_api_http.py. Skipped, with the reason, when Chromium or Playwright is missing.
"""

from __future__ import annotations

import json
import re
import socket
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from detente.api import create_app
from detente.pipeline import Coder
from test_api_http import TOKEN, XSS_DOC, XSS_TEXT, build_store

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update"]
CHART_READY = ("() => { const c = document.getElementById('dyad-chart');"
               " return Boolean(c && c.data && c.data.length > 0); }")

if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium; .ci/run installs it)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api",
                               reason="playwright is not installed (pip install -e '.[test]')")


class _Server:
    """uvicorn serving an app on 127.0.0.1 in a background thread."""

    def __init__(self, app: Any) -> None:
        import uvicorn

        self.sock = socket.create_server(("127.0.0.1", 0))
        self.base = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run,
                                       kwargs={"sockets": [self.sock]}, daemon=True)

    def __enter__(self) -> _Server:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, coder: Coder) -> Iterator[_Server]:
    path = build_store(tmp_path_factory.mktemp("dashboard") / "events.duckdb")
    with _Server(create_app(path, token=TOKEN, coder_factory=lambda: coder)) as running:
        yield running


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                              args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any, server: _Server) -> Iterator[Any]:
    """A page that may load nothing but the server's own URLs, and must raise no JS error."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    outside: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))

    def only_local(route: Any) -> None:
        if route.request.url.startswith(server.base):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    page.route("**/*", only_local)
    page.set_default_timeout(15_000)
    yield page
    context.close()
    assert errors == [], f"JavaScript errors: {errors}"
    assert outside == [], f"requests outside the server: {outside}"


def api(server: _Server, path: str) -> Any:
    with urllib.request.urlopen(server.base + path, timeout=10) as reply:
        return json.load(reply)


def test_dashboard_dyad_chart_renders_with_data(page: Any, server: _Server) -> None:
    page.goto(server.base + "/#relations?a=RUS&b=JPN&freq=year")
    page.wait_for_function(CHART_READY)
    traces = page.evaluate("() => document.getElementById('dyad-chart').data"
                           ".map(t => ({name: t.name, y: Array.from(t.y)}))")
    names = [t["name"] for t in traces]
    assert "relations index" in names and "material conflict" in names
    expected = api(server, "/api/dyad?a=RUS&b=JPN&freq=year")
    index = next(t for t in traces if t["name"] == "relations index")
    assert index["y"] == [row["index"] for row in expected["series"]]
    assert page.locator("#dyad-chart .barlayer .point path").count() > 0
    assert "turning point" in page.locator("#dyad-chart").inner_text()
    assert "Turning point 2022-01-01" in page.locator("#turning-points").inner_text()
    assert "RUS ↔ JPN" in page.locator("#dyad-message").inner_text()
    assert page.locator("#actor-codes option[value='JPNGOV']").count() == 1


def _click_tallest_bar(page: Any) -> None:
    bars = page.locator("#dyad-chart .barlayer .point path")
    boxes = [bars.nth(i).bounding_box() for i in range(bars.count())]
    box = max((b for b in boxes if b), key=lambda b: b["height"])
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


def test_dashboard_click_through_to_highlighted_evidence(page: Any, server: _Server) -> None:
    page.goto(server.base + "/#relations?a=RUS&b=JPN&freq=year")
    page.wait_for_function(CHART_READY)
    _click_tallest_bar(page)
    rows = page.locator("#period-events tr.clickable")
    rows.first.wait_for()
    title = re.fullmatch(r"(\d{4}-01-01) – (\d{4}-12-31): (\d+) event\(s\)",
                         page.locator("#period-title").inner_text())
    assert title, page.locator("#period-title").inner_text()
    start, end, count = title.groups()
    series = api(server, "/api/dyad?a=RUS&b=JPN&freq=year")["series"]
    assert int(count) == rows.count() == next(r["events"] for r in series
                                              if r["period"] == start)
    event_id = rows.first.get_attribute("data-event-id")
    rows.first.click()
    page.locator("#doc-panel .doc-text mark.hl-trigger").wait_for()
    assert "#document?" in page.url
    events = api(server, f"/api/events?dyad=RUS,JPN&date_from={start}&date_to={end}"
                         "&factuality=asserted")["items"]
    event = next(e for e in events if e["event_id"] == event_id)
    panel = page.locator("#doc-panel")
    assert panel.locator(".doc-text mark.hl-source").inner_text() == event["source"]["text"]
    assert panel.locator(".doc-text mark.hl-target").inner_text() == event["target"]["text"]
    assert panel.locator(".doc-text mark.hl-trigger").inner_text() == event["trigger"]["text"]
    assert panel.locator("code.rule").inner_text() == event["rule"]
    assert panel.locator("tr.selected").get_attribute("data-event-id") == event_id
    # another event of the document moves the highlight
    other = panel.locator("tr.clickable:not(.selected)").first
    other_id = other.get_attribute("data-event-id")
    other.click()
    assert panel.locator("tr.selected").get_attribute("data-event-id") == other_id


def test_dashboard_document_text_is_never_html(page: Any, server: _Server) -> None:
    page.goto(server.base + f"/#document?id={XSS_DOC}")
    page.locator("#doc-panel .doc-text mark.hl-trigger").wait_for()
    assert page.evaluate("() => typeof window.__pwned") == "undefined"
    text = page.locator("#doc-panel .doc-text").text_content()
    assert text == XSS_TEXT
    assert "<script>window.__pwned=1</script>" in page.locator("#doc-panel").inner_text()
    assert page.locator("#doc-panel script, #doc-panel img, #doc-panel b").count() == 0
    assert page.locator("#doc-panel .doc-title").inner_text() == \
        "<b>Patrol</b> <script>x</script>"
    assert page.locator("#doc-panel a[href^='javascript']").count() == 0
    assert page.locator("#doc-panel .doc-text mark.hl-source").inner_text() == "Japan"
    page.wait_for_timeout(300)  # an onerror handler would have fired by now
    assert page.evaluate("() => typeof window.__pwned") == "undefined"


def test_dashboard_code_page_codes_a_pasted_article(page: Any, server: _Server) -> None:
    page.goto(server.base + "/#code")
    article = ("Japan protested to Russia on Friday about the patrol. "
               "<script>window.__pwned=3</script>")
    page.fill("#code-token", "wrong")
    page.fill("#code-text", article)
    page.click("#code-submit")
    page.wait_for_function("() => document.getElementById('code-message')"
                           ".classList.contains('error')")
    assert "401" in page.locator("#code-message").inner_text()
    page.fill("#code-token", TOKEN)
    page.fill("#code-date", "2022-03-04")
    page.fill("#code-id", "pasted-article")
    page.click("#code-submit")
    page.wait_for_function("() => /event\\(s\\) coded/.test("
                           "document.getElementById('code-message').textContent)")
    result = page.locator("#code-result")
    assert result.locator("tr.clickable").count() >= 1
    assert result.locator(".doc-text mark.hl-trigger").inner_text() == "protested"
    assert "<script>window.__pwned=3</script>" in result.locator(".doc-text").inner_text()
    assert page.evaluate("() => typeof window.__pwned") == "undefined"
    stored = api(server, "/api/documents/pasted-article")
    assert stored["document"]["published"] == "2022-03-04"


def test_dashboard_network_row_opens_its_dyad(page: Any, server: _Server) -> None:
    page.goto(server.base + "/#network")
    rows = page.locator("#network-table tr.clickable")
    rows.first.wait_for()
    assert rows.count() >= 3
    first = rows.first.locator("td")
    source, target = first.nth(0).inner_text(), first.nth(1).inner_text()
    rows.first.click()
    page.wait_for_function(CHART_READY)
    assert page.input_value("#actor-a") == source
    assert page.input_value("#actor-b") == target


def test_dashboard_api_docs_work_offline(page: Any, server: _Server) -> None:
    page.goto(server.base + "/docs")
    page.locator(".opblock").first.wait_for()
    assert "/api/dyad" in page.locator("#swagger-ui").inner_text()
    assert page.locator("img[src^='http']").count() == 0
