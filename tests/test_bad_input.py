"""Bad inputs in a batch: each is reported once on stderr, the rest is still coded, exit 1."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from detente.cli import main
from detente.pipeline import Coder

pytestmark = pytest.mark.slow

GOOD = "Japan imposed sanctions on Russia on Friday.\n"
RUSSIAN = (
    "Президент России встретился с премьер-министром Японии в Москве в четверг. "
    "Стороны обсудили мирный договор и совместную хозяйственную деятельность на островах, "
    "но не договорились о сроках следующей встречи.\n"
)
FRENCH = (
    "Le Japon a imposé de nouvelles sanctions à la Russie vendredi. Le ministre des Affaires "
    "étrangères a déclaré que Tokyo restait ouvert au dialogue avec Moscou sur les îles.\n"
)
GOOD_RECORD = json.dumps({"id": "ok-1", "text": "Putin and Abe met in Moscow on Thursday.",
                          "date": "2017-04-28"})


def _write(name: str, data: bytes) -> Callable[[Path], tuple[Path, str]]:
    def make(tmp: Path) -> tuple[Path, str]:
        path = tmp / name
        path.write_bytes(data)
        return path, str(path)
    return make


def _missing(tmp: Path) -> tuple[Path, str]:
    path = tmp / "gone" / "missing.txt"
    return path, str(path)


# name -> (builder of the bad input returning (path, expected origin), extra CLI args, words
# expected in the reason)
CASES: dict[str, tuple[Callable[[Path], tuple[Path, str]], list[str], str]] = {
    "empty": (_write("empty.txt", b""), [], "empty"),
    "binary": (_write("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"),
               [], "binary"),
    "latin1": (_write("latin.txt", "Le président a rencontré Poutine à Moscou.".encode("latin-1")),
               [], "UTF-8"),
    "too-big": (_write("big.txt", (GOOD * 120).encode()), ["--max-bytes", "1000"], "limit"),
    "russian": (_write("russian.txt", RUSSIAN.encode()), [], "English"),
    "french": (_write("french.txt", FRENCH.encode()), [], "English"),
    "missing": (_missing, [], "no such file"),
}


def _jsonl_case(bad_line: str) -> Callable[[Path], tuple[Path, str]]:
    def make(tmp: Path) -> tuple[Path, str]:
        path = tmp / "wire.jsonl"
        path.write_text(GOOD_RECORD + "\n" + bad_line + "\n", encoding="utf-8")
        return path, f"{path}:2"
    return make


CASES["jsonl-not-json"] = (_jsonl_case("{'id': 2, text: broken"), [], "not JSON")
CASES["jsonl-no-text"] = (_jsonl_case(json.dumps({"id": "x", "title": "Tokyo talks"})), [],
                          "text")
CASES["truncated-html"] = (_write("cut.html", b"<html><body><p>Jap"), [], "")


def _errors(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("detente: error: ")]


def _code(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(["code", *argv], stdout=out), out.getvalue()


@pytest.fixture
def good(tmp_path: Path, coder: Coder) -> Path:
    # `coder` loads the pipeline once; the CLI's own Coder then reuses the cached pipeline.
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


def _params() -> list[object]:
    return [pytest.param(name, id=name) for name in CASES]


@pytest.mark.parametrize("case", _params())
def test_bad_input_is_reported_once_and_the_batch_goes_on(
    case: str, good: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make, extra, reason = CASES[case]
    path, origin = make(tmp_path)
    status, out = _code(str(good), str(path), "--date", "2017-04-28", *extra)
    err = capsys.readouterr().err

    errors = _errors(err)
    assert len(errors) == 1, err
    assert errors[0].startswith(f"detente: error: {origin}: ")
    assert reason in errors[0]
    assert "Traceback" not in err
    assert status == 1

    events = [json.loads(line) for line in out.splitlines()]  # stdout is only JSONL data
    assert any(e["cameo"] == "163" and e["source"]["code"] == "JPN" for e in events)
    if case.startswith("jsonl"):  # the good record of the same file is coded too
        assert any(e["doc_id"] == "ok-1" for e in events)
    assert "1 input(s) failed" in err


def test_bad_input_all_at_once(good: Path, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    origins = []
    for name, (make, extra, _) in CASES.items():
        if extra or name in {"truncated-html"} or name.startswith("jsonl"):
            continue
        origins.append(make(tmp_path)[1])
    status, out = _code(*origins, str(good))
    err = capsys.readouterr().err
    errors = _errors(err)
    assert len(errors) == len(origins)
    for origin, line in zip(origins, errors, strict=True):  # reported in input order
        assert line.startswith(f"detente: error: {origin}: ")
    assert status == 1
    assert len([json.loads(line) for line in out.splitlines()]) == 1


def test_bad_input_50_megabytes_refused_by_default_limit(
    good: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    huge = tmp_path / "huge.txt"
    block = (GOOD * 1000).encode()
    with huge.open("wb") as handle:
        while handle.tell() < 50_000_000:
            handle.write(block)
    status, out = _code(str(huge), str(good))
    err = capsys.readouterr().err
    errors = _errors(err)
    assert len(errors) == 1
    assert errors[0].startswith(f"detente: error: {huge}: ")
    assert "limit" in errors[0] and "--max-bytes" in errors[0]
    assert status == 1
    assert len(out.splitlines()) == 1


def test_bad_input_subprocess_exit_status_and_no_traceback(good: Path, tmp_path: Path) -> None:
    binary, _ = CASES["binary"][0](tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "detente.cli", "code", str(binary), str(good), "--date",
         "2017-04-28"],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert len(_errors(result.stderr)) == 1
    assert str(binary) in result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert [e["cameo"] for e in events] == ["163"]
