"""The HTTP API (detente.api) in process, through fastapi.testclient, on a hand-built store.

`build_store` is shared with tests/test_dashboard.py and tests/test_schemathesis.py.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date as Date
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from detente import analysis
from detente.api import create_app
from detente.model import Actor, Document, Event, Span
from detente.pipeline import Coder
from detente.store import Store
from eventfactory import make_document, make_event

TOKEN = "test-token-123"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
XSS_DOC = "xss-doc"
XSS_TEXT = ('<script>window.__pwned=1</script> Japan protested to Russia about the patrol. '
            '<img src=x onerror="window.__pwned=2"> & more.')

# (cameo, quad class, goldstein) of the hand-built events
COOPERATE = ("042", 1, 1.9)
INTEND = ("036", 1, 4.0)
PROTEST = ("111", 3, -2.0)
SEIZE = ("172", 4, -5.0)


def _actor(code: str, text: str, start: int) -> Actor:
    return Actor(text, start, start + len(text), code, code[:3], code[3:6] or None, None)


def _sentence_events(doc_id: str, text: str, sentences: list[tuple[Any, ...]]) -> list[Event]:
    """Events whose source, target and trigger are found in `text` (so offsets are real).

    Each sentence is (source text, source code, trigger, target text, target code, kind,
    date, factuality)."""
    events = []
    for index, (src, src_code, trig, tgt, tgt_code, kind, day, factuality) in \
            enumerate(sentences):
        s_at = text.index(src)
        t_at = text.index(trig, s_at)
        g_at = text.index(tgt, t_at)
        cameo, quad, goldstein = kind
        event = make_event(
            f"{doc_id}-e{index}", doc_id, source=src_code, target=tgt_code, cameo=cameo,
            sentence_index=index, sentence=f"{src} {trig} {tgt}.", date=day,
            quad_class=quad, goldstein=goldstein, trigger=Span(trig, t_at, t_at + len(trig)),
            factuality=factuality, location=None, rule=f"test:{trig}",
        )
        events.append(replace(event, source=_actor(src_code, src, s_at),
                              target=_actor(tgt_code, tgt, g_at)))
    return events


def _doc(store: Store, doc_id: str, day: str, sentences: list[tuple[Any, ...]],
         title: str | None = None) -> None:
    text = " ".join(f"{src} {trig} {tgt}." for src, _, trig, tgt, *_ in sentences)
    document = make_document(doc_id, text=text, published=Date.fromisoformat(day),
                             title=title or f"Document {doc_id}")
    store.replace_document(document, _sentence_events(doc_id, text, sentences),
                           coder_version="test")


def build_store(path: Path) -> Path:
    """A store with RUS-JPN cooperation in 2019-2021 and conflict in 2022-2023 (one turning
    point in 2022 by year), a CHN-RUS event, a negated event, and XSS_DOC, whose text holds
    a <script> element and an <img onerror>."""
    with Store(path) as store:
        for year in (2019, 2020, 2021):
            for month in (3, 9):
                day = f"{year}-{month:02d}-10"
                _doc(store, f"coop-{year}-{month}", day, [
                    ("Russia's foreign minister", "RUSGOV", "visited", "Tokyo officials",
                     "JPNGOV", COOPERATE, day, "asserted"),
                    ("Japan's prime minister", "JPNGOV", "pledged", "the Russian government",
                     "RUSGOV", INTEND, day, "asserted"),
                ])
        for year in (2022, 2023):
            day = f"{year}-05-20"
            _doc(store, f"conflict-{year}", day, [
                ("The Japanese cabinet", "JPNGOV", "froze", "Russian banks", "RUSBUS",
                 SEIZE, day, "asserted"),
                ("The Kremlin", "RUSGOV", "protested", "Japan's government", "JPNGOV",
                 PROTEST, day, "asserted"),
            ])
        _doc(store, "chn-2020", "2020-07-01", [
            ("Beijing", "CHNGOV", "visited", "the Russian capital", "RUSGOV", COOPERATE,
             "2020-07-01", "asserted"),
            ("Moscow", "RUSGOV", "visited", "Tokyo", "JPNGOV", COOPERATE, "2021-01-15",
             "negated"),
        ])
        xss_events = _sentence_events(XSS_DOC, XSS_TEXT, [
            ("Japan", "JPN", "protested", "Russia", "RUS", PROTEST, "2020-06-01",
             "asserted")])
        store.replace_document(
            Document(XSS_DOC, XSS_TEXT, Date(2020, 6, 1), "<b>Patrol</b> <script>x</script>",
                     "javascript:alert(1)", "tests"),
            xss_events, coder_version="test")
    return path


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("api") / "events.duckdb")


def _no_coder() -> Coder:
    raise AssertionError("the coder must not be built for this request")


@pytest.fixture(scope="module")
def client(store_path: Path) -> Iterator[TestClient]:
    app = create_app(store_path, token=TOKEN, coder_factory=_no_coder,
                     max_upload_bytes=20_000)
    with TestClient(app) as test_client:
        yield test_client


def get(client: TestClient, url: str, status: int = 200) -> Any:
    response = client.get(url)
    assert response.status_code == status, response.text
    return response.json()


# --------------------------------------------------------------------------- reading


def test_api_http_stats_and_actors(client: TestClient) -> None:
    stats = get(client, "/api/stats")
    assert stats["documents"] == 10
    assert stats["events"] == 19
    assert stats["first_date"] == "2019-03-10"
    assert stats["last_date"] == "2023-05-20"
    actors = {a["code"]: a for a in get(client, "/api/actors")["actors"]}
    assert actors["JPN"]["country"] and not actors["JPNGOV"]["country"]
    assert actors["RUS"]["events"] == 19  # every event involves Russia
    assert {"RUSBUS", "CHNGOV", "CHN"} <= set(actors)


def test_api_http_documents_are_paginated(client: TestClient) -> None:
    first = get(client, "/api/documents?limit=3")
    assert first["total"] == 10
    assert [d["doc_id"] for d in first["items"]] == ["chn-2020", "conflict-2022",
                                                      "conflict-2023"]
    assert "text" not in first["items"][0]
    assert first["items"][0]["n_events"] == 2
    rest = get(client, "/api/documents?limit=3&offset=9")
    assert [d["doc_id"] for d in rest["items"]] == [XSS_DOC]
    assert get(client, "/api/documents?offset=50")["items"] == []


def test_api_http_document_has_text_and_events(client: TestClient) -> None:
    body = get(client, "/api/documents/conflict-2022")
    text = body["document"]["text"]
    assert body["document"]["published"] == "2022-05-20"
    events = body["events"]
    assert [e["cameo"] for e in events] == ["172", "111"]
    for event in events:  # the offsets point at the evidence in the text
        for part in (event["source"], event["target"], event["trigger"]):
            assert text[part["start"]:part["end"]] == part["text"]
    assert events[0]["cameo_name"]


def test_api_http_unknown_document_is_404(client: TestClient) -> None:
    body = get(client, "/api/documents/no-such-doc", 404)
    assert "no-such-doc" in body["detail"]


def test_api_http_events_filters(client: TestClient) -> None:
    def total(query: str) -> int:
        return int(get(client, f"/api/events?{query}")["total"])

    assert total("") == 19
    assert total("source=JPN") == 9  # prefix: JPNGOV and JPN
    assert total("source=JPNGOV") == 8
    assert total("source=CHN,JPN") == 10
    assert total("target=RUSBUS") == 2
    assert total("dyad=RUS,JPN") == 18
    assert total("dyad=JPN,RUS") == 18
    assert total("dyad=RUS,CHN") == 1
    assert total("cameo=172") == 2
    assert total("root=11") == 3
    assert total("quad_class=1") == 14
    assert total("factuality=negated") == 1
    assert total("date_from=2022-01-01") == 4
    assert total("date_from=2020-01-01&date_to=2020-12-31") == 6
    assert total("origin=detente") == 19
    assert total("origin=gdelt") == 0
    assert total("dyad=RUS,JPN&quad_class=4&factuality=asserted") == 2


def test_api_http_events_pagination_and_order(client: TestClient) -> None:
    page = get(client, "/api/events?dyad=RUS,JPN&limit=5&offset=5")
    assert page["total"] == 18 and page["limit"] == 5 and page["offset"] == 5
    everything = get(client, "/api/events?dyad=RUS,JPN&limit=100")["items"]
    assert [e["event_id"] for e in page["items"]] == [e["event_id"] for e in everything[5:10]]
    dates = [e["date"] for e in everything]
    assert dates == sorted(dates)


@pytest.mark.parametrize(("query", "names"), [
    ("source=ZZZ", ["source", "ZZZ"]),
    ("target=JPN,QQQ", ["target", "QQQ"]),
    ("source=J-P", ["source", "J-P"]),
    ("dyad=RUS", ["dyad", "RUS"]),
    ("dyad=RUS,JPN,CHN", ["dyad"]),
    ("cameo=999", ["cameo", "999"]),
    ("cameo=abc", ["cameo", "abc"]),
    ("root=21", ["root", "21"]),
    ("quad_class=5", ["quad_class"]),
    ("factuality=maybe", ["factuality", "maybe"]),
    ("date_from=2020-13-01", ["date_from"]),
    ("date_from=2021-01-01&date_to=2020-01-01", ["date_from", "2021-01-01"]),
    ("limit=0", ["limit"]),
    ("limit=100000", ["limit"]),
    ("offset=-1", ["offset"]),
])
def test_api_http_events_bad_parameters_are_422(client: TestClient, query: str,
                                                  names: list[str]) -> None:
    body = get(client, f"/api/events?{query}", 422)
    for name in names:
        assert name in body["detail"]


def test_api_http_dyad_series_and_turning_points(client: TestClient,
                                                 store_path: Path) -> None:
    body = get(client, "/api/dyad?a=rus&b=JPN&freq=year")
    assert body["dyad"] == {"a": "RUS", "b": "JPN", "directed": False, "freq": "year",
                            "factuality": ["asserted"]}
    assert [r["period"] for r in body["series"]] == [f"{y}-01-01" for y in range(2019, 2024)]
    assert [r["events"] for r in body["series"]] == [4, 5, 4, 2, 2]
    assert body["series"][3]["q4"] == 1 and body["series"][3]["q3"] == 1
    (point,) = body["turning_points"]
    assert point["period"] == "2022-01-01"
    assert point["level_before"] > 2 > -2 > point["level_after"]
    assert point["drivers"][0]["goldstein"] == -5.0
    assert point["drivers"][0]["doc_id"] == "conflict-2022"
    with Store(store_path) as store:  # the same numbers as the library
        rows = analysis.dyad_series(store, "RUS", "JPN", freq="year")
    assert [r["index"] for r in body["series"]] == [round(r.index, 4) for r in rows]


def test_api_http_dyad_options(client: TestClient) -> None:
    directed = get(client, "/api/dyad?a=JPN&b=RUS&freq=year&directed=true")
    assert [r["events"] for r in directed["series"]] == [2, 3, 2, 1, 1]
    wide = get(client, "/api/dyad?a=RUS&b=JPN&freq=year&factuality=asserted"
                       "&factuality=negated")
    assert [r["events"] for r in wide["series"]] == [4, 5, 5, 2, 2]
    ranged = get(client, "/api/dyad?a=RUS&b=JPN&freq=month&from=2020-01-01&to=2020-12-31")
    assert len(ranged["series"]) == 12
    none = get(client, "/api/dyad?a=RUS&b=JPN&freq=year&penalty=1000")
    assert none["turning_points"] == []


@pytest.mark.parametrize(("query", "names"), [
    ("a=RUS&b=XYZ", ["b", "XYZ"]),
    ("a=RUS", ["b"]),
    ("a=RUS&b=JPN&freq=decade", ["freq", "decade"]),
    ("a=RUS&b=JPN&from=2022-01-01&to=2021-01-01", ["2022-01-01"]),
    ("a=RUS&b=JPN&freq=day&from=0001-01-01", ["periods", "day"]),
    ("a=RUS&b=JPN&factuality=sure", ["factuality"]),
    ("a=RUS&b=JPN&penalty=-1", ["penalty"]),
])
def test_api_http_dyad_bad_parameters_are_422(client: TestClient, query: str,
                                              names: list[str]) -> None:
    body = get(client, f"/api/dyad?{query}", 422)
    for name in names:
        assert name in body["detail"]


def test_api_http_network(client: TestClient) -> None:
    body = get(client, "/api/network")
    edges = {(e["source"], e["target"]): e for e in body["edges"]}
    assert edges[("JPN", "RUS")]["events"] == 9
    assert edges[("RUS", "JPN")]["events"] == 8
    assert edges[("CHN", "RUS")]["events"] == 1
    assert body["total"] == 3 and body["level"] == "country"
    actor_level = get(client, "/api/network?level=actor&limit=1")
    assert actor_level["total"] > 3 and len(actor_level["edges"]) == 1
    assert get(client, "/api/network?from=2022-01-01")["total"] == 2
    assert "level" in get(client, "/api/network?level=galaxy", 422)["detail"]


# --------------------------------------------------------------------------- writing


@pytest.mark.parametrize("method", ["post", "delete"])
@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"},
                                     {"Authorization": "Basic dXNlcjpwYXNz"}])
def test_api_http_writes_need_the_token(client: TestClient, method: str,
                                        headers: dict[str, str]) -> None:
    if method == "post":
        response = client.post("/api/documents", json={"text": "Japan thanked Russia."},
                               headers=headers)
    else:
        response = client.delete("/api/documents/coop-2019-3", headers=headers)
    assert response.status_code == 401, response.text
    assert response.headers["www-authenticate"] == "Bearer"
    assert "token" in response.json()["detail"]
    assert get(client, "/api/documents/coop-2019-3")["document"]["doc_id"] == "coop-2019-3"


def test_api_http_writes_without_a_server_token_are_refused(store_path: Path) -> None:
    with TestClient(create_app(store_path, coder_factory=_no_coder)) as anonymous:
        response = anonymous.post("/api/documents", json={"text": "x"},
                                  headers={"Authorization": "Bearer anything"})
    assert response.status_code == 401
    assert "without a token" in response.json()["detail"]


def test_api_http_large_body_is_413(client: TestClient) -> None:
    big = {"text": "Japan thanked Russia. " * 2000}  # about 44 kB, over the 20 kB limit
    response = client.post("/api/documents", json=big, headers=AUTH)
    assert response.status_code == 413
    assert "20,000 bytes" in response.json()["detail"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
        for _ in range(30):
            yield b"x" * 1000

    streamed = client.post("/api/documents", content=chunks(),
                           headers={**AUTH, "Content-Type": "application/json"})
    assert streamed.status_code == 413


@pytest.mark.parametrize(("body", "names"), [
    ({}, ["text", "required"]),
    ({"text": ""}, ["text"]),
    ({"text": "Japan thanked Russia.", "date": "yesterday"}, ["date"]),
    ({"text": "Japan thanked Russia.", "colour": "red"}, ["colour"]),
    ({"text": "   \n  "}, ["text"]),
    ({"text": "Привет, как дела? Это русский текст о политике и дипломатии."}, ["text"]),
    ({"text": "Japan thanked Russia.\ud800"}, ["text"]),
    ([1, 2], ["body"]),
])
def test_api_http_post_bad_documents_are_422(client: TestClient, body: Any,
                                             names: list[str]) -> None:
    raw = json.dumps(body)  # ensure_ascii keeps a lone surrogate as an escape
    response = client.post("/api/documents", content=raw,
                           headers={**AUTH, "Content-Type": "application/json"})
    assert response.status_code == 422, response.text
    for name in names:
        assert name in response.json()["detail"]


def test_api_http_post_refuses_other_content_types(client: TestClient) -> None:
    response = client.post("/api/documents", content=b"Japan thanked Russia.",
                           headers={**AUTH, "Content-Type": "text/plain"})
    assert response.status_code == 415
    assert "text/plain" in response.json()["detail"]
    broken = client.post("/api/documents", content=b"{not json",
                         headers={**AUTH, "Content-Type": "application/json"})
    assert broken.status_code == 422 and "JSON" in broken.json()["detail"]


@pytest.fixture
def writable(tmp_path: Path, coder: Coder) -> Iterator[TestClient]:
    """A fresh store and an app whose POSTs code with the session's real coder."""
    built: list[Coder] = []

    def factory() -> Coder:
        built.append(coder)
        return coder

    app = create_app(build_store(tmp_path / "w.duckdb"), token=TOKEN, coder_factory=factory)
    with TestClient(app) as test_client:
        test_client.built = built  # type: ignore[attr-defined]
        yield test_client


@pytest.mark.slow
def test_api_http_post_codes_and_stores_a_real_text(writable: TestClient) -> None:
    text = "Putin and Abe met in Moscow on Thursday. Japan protested to Russia on Friday."
    response = writable.post("/api/documents", headers=AUTH, json={
        "text": text, "date": "2017-04-28", "id": "posted-1", "title": "A meeting"})
    assert response.status_code == 201, response.text
    assert response.headers["location"] == "/api/documents/posted-1"
    body = response.json()
    assert body["replaced"] is False
    assert body["document"]["published"] == "2017-04-28"
    pairs = {(e["source"]["country"], e["target"]["country"], e["cameo"][:2])
             for e in body["events"]}
    assert ("RUS", "JPN", "04") in pairs or ("JPN", "RUS", "04") in pairs
    assert ("JPN", "RUS", "11") in pairs
    for event in body["events"]:
        assert text[event["trigger"]["start"]:event["trigger"]["end"]] == \
            event["trigger"]["text"]
    stored = get(writable, "/api/documents/posted-1")
    assert stored["document"]["title"] == "A meeting"
    assert len(stored["events"]) == len(body["events"])
    again = writable.post("/api/documents", headers=AUTH, json={"text": text, "id": "posted-1"})
    assert again.status_code == 201 and again.json()["replaced"] is True
    assert writable.built == [writable.built[0]]  # type: ignore[attr-defined]
    # a multipart upload of a text file
    upload = writable.post("/api/documents", headers=AUTH,
                           files={"file": ("brief.txt", b"Japan protested to Russia.\n",
                                           "text/plain")},
                           data={"date": "2022-03-01", "id": "uploaded"})
    assert upload.status_code == 201, upload.text
    assert upload.json()["document"]["origin"] == "upload:brief.txt"
    assert upload.json()["events"][0]["date"] == "2022-03-01"
    bad = writable.post("/api/documents", headers=AUTH,
                        files={"file": ("x.txt", b"Japan \xff protested", "text/plain")})
    assert bad.status_code == 422 and "file" in bad.json()["detail"]
    missing = writable.post("/api/documents", headers=AUTH, data={"id": "nofile"},
                            files={"other": ("a.txt", b"Japan protested.", "text/plain")})
    assert missing.status_code == 422 and "'file'" in missing.json()["detail"]


@pytest.mark.slow
def test_api_http_post_records_the_version_of_a_statement_coder(
    tmp_path: Path, statement_coder: Coder
) -> None:
    """`detente serve --statements` builds Coder(statements=True): its uploads keep their 010
    events, under that coder's version, not the default one."""
    app = create_app(build_store(tmp_path / "s.duckdb"), token=TOKEN,
                     coder_factory=lambda: statement_coder)
    with TestClient(app) as test_client:
        response = test_client.post("/api/documents", headers=AUTH, json={
            "text": "Chile's president told Peru's president on Friday that Santiago wanted "
                    "closer ties.", "date": "2022-05-06", "id": "said"})
    assert response.status_code == 201, response.text
    assert [e["cameo"] for e in response.json()["events"]] == ["010"]
    with Store(tmp_path / "s.duckdb") as store:
        assert store.has_document("said", "0.1.0+statements")


def test_api_http_delete_removes_document_and_events(tmp_path: Path) -> None:
    app = create_app(build_store(tmp_path / "d.duckdb"), token=TOKEN, coder_factory=_no_coder)
    with TestClient(app) as test_client:
        assert test_client.delete("/api/documents/conflict-2022",
                                  headers=AUTH).status_code == 204
        get(test_client, "/api/documents/conflict-2022", 404)
        assert get(test_client, "/api/events?date_from=2022-01-01")["total"] == 2
        assert test_client.delete("/api/documents/conflict-2022",
                                  headers=AUTH).status_code == 404


# --------------------------------------------------------------------------- pages


def test_api_http_docs_and_assets_are_local(client: TestClient) -> None:
    schema = get(client, "/openapi.json")
    assert {"/api/events", "/api/dyad", "/api/network", "/api/documents",
            "/api/documents/{doc_id}"} <= set(schema["paths"])
    assert schema["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert not re.search(r"(src|href)=\"https?://", docs.text)  # nothing from a CDN
    for asset in ("/vendor/swagger-ui-bundle.js", "/vendor/swagger-ui.css",
                  "/vendor/plotly.min.js", "/static/app.js", "/static/app.css"):
        assert client.get(asset).status_code == 200, asset
    assert client.get("/vendor/nothing.js").status_code == 404
    assert client.get("/redoc").status_code == 404
    index = client.get("/")
    assert index.status_code == 200 and "dyad-chart" in index.text
    assert "script-src 'self'" in index.headers["content-security-policy"]
    assert not re.search(r"(src|href)=\"https?://", index.text)


def test_api_http_concurrent_reads(client: TestClient) -> None:
    from concurrent.futures import ThreadPoolExecutor

    urls = ["/api/events?dyad=RUS,JPN", "/api/dyad?a=RUS&b=JPN&freq=quarter",
            "/api/network", "/api/documents/coop-2020-9", "/api/actors"] * 8
    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(lambda url: client.get(url).status_code, urls))
    assert statuses == [200] * len(urls)


# --------------------------------------------------------------------------- detente serve


def _wait_for(predicate: Callable[[], Any], seconds: float) -> Any:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    return None


def test_api_http_serve_command_binds_localhost_and_prints_the_token(tmp_path: Path) -> None:
    store_path = build_store(tmp_path / "served.duckdb")  # the module's store is held open
    err = tmp_path / "stderr.txt"
    env = {k: v for k, v in os.environ.items() if k != "DETENTE_TOKEN"}
    with err.open("w") as stderr:
        proc = subprocess.Popen(
            [sys.executable, "-m", "detente.cli", "serve", "--db", str(store_path),
             "--port", "0"], stdout=subprocess.DEVNULL, stderr=stderr, env=env)
    try:
        found = _wait_for(lambda: re.search(r"http://127\.0\.0\.1:(\d+)/", err.read_text())
                          and "token" in err.read_text(), 60)
        assert found, err.read_text()
        text = err.read_text()
        port = re.search(r"http://127\.0\.0\.1:(\d+)/", text).group(1)  # type: ignore[union-attr]
        token = re.search(r"choose one\): (\S+)", text).group(1)  # type: ignore[union-attr]
        assert len(token) >= 24
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/stats", timeout=10) as reply:
            assert json.load(reply)["documents"] == 10
    finally:
        proc.send_signal(signal.SIGINT)
        code = proc.wait(timeout=30)
    assert code == 0, err.read_text()
    assert "stopped" in err.read_text()


def test_api_http_serve_command_refuses_a_port_in_use(tmp_path: Path) -> None:
    import socket

    store_path = build_store(tmp_path / "served.duckdb")
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "detente.cli", "serve", "--db", str(store_path),
             "--port", str(port)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr


def test_api_http_store_reopens_after_a_restart(store_path: Path) -> None:
    """Shutting the app down closes the store; starting it again (as test clients and
    uvicorn reloads do) opens it again."""
    app = create_app(store_path, coder_factory=_no_coder)
    for _ in range(2):
        with TestClient(app) as test_client:
            assert get(test_client, "/api/stats")["documents"] == 10


def test_api_http_create_app_refuses_a_bad_store(tmp_path: Path) -> None:
    from detente.errors import StoreError

    not_a_store = tmp_path / "notes.duckdb"
    not_a_store.write_text("these are notes, not a database\n")
    with pytest.raises(StoreError, match=r"notes\.duckdb"):
        create_app(not_a_store)
    with pytest.raises(ValueError, match="max_upload_bytes"):
        create_app(tmp_path / "new.duckdb", max_upload_bytes=0)


@pytest.mark.slow
def test_api_http_demo_serve_codes_the_corpus_then_serves_it(tmp_path: Path) -> None:
    err, out = tmp_path / "stderr.txt", tmp_path / "stdout.txt"
    with err.open("w") as stderr, out.open("w") as stdout:
        proc = subprocess.Popen(
            [sys.executable, "-m", "detente.cli", "demo", "--serve", "--db",
             str(tmp_path / "demo.duckdb"), "--port", "0"], stdout=stdout, stderr=stderr,
            env={**os.environ, "DETENTE_TOKEN": "from-the-environment"})
    try:
        address = _wait_for(lambda: re.search(r"http://127\.0\.0\.1:\d+/", err.read_text()), 120)
        assert address, err.read_text()
        with urllib.request.urlopen(address.group(0) + "api/dyad?a=RUS&b=JPN&freq=year",
                                    timeout=10) as reply:
            dyad = json.load(reply)
        assert sum(row["events"] for row in dyad["series"]) > 50
    finally:
        proc.send_signal(signal.SIGINT)
        code = proc.wait(timeout=30)
    assert code == 0, err.read_text()
    assert "coded 55 document(s)" in err.read_text()
    assert "the value of DETENTE_TOKEN" in err.read_text()
    assert "from-the-environment" not in err.read_text()
    assert "Most active dyads" in out.read_text()  # the summary comes first, as without --serve
