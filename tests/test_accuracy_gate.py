"""The accuracy gate: the coder must not fall below the floors pinned in bench/accuracy_floors.json.

For each gold file the floors file pins its sha256 and a floor per metric. The gate fails when
the gold file changed (re-pin it deliberately), when a score is under its floor, or when a floor
went down compared with the committed file without ALLOW_LOWER_FLOORS=1. Each evaluation runs
once per session. Gold files under ../shared, and gold files whose sentences are read from
stories there, skip when ../shared is absent. See docs/EVALUATION.md.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from detente.evaluation import TextsMissing
from detente.gold_formats import FORMATS, GoldRun, evaluate_file, sha256_file

ROOT = Path(__file__).resolve().parents[1]
FLOORS_FILE = ROOT / "bench" / "accuracy_floors.json"
FLOORS_REL = "bench/accuracy_floors.json"


def _golds() -> dict[str, dict[str, Any]]:
    golds: dict[str, dict[str, Any]] = json.loads(FLOORS_FILE.read_text(encoding="utf-8"))[
        "golds"]
    return golds


GOLDS = _golds()


def _params() -> list[Any]:
    params = []
    for name in GOLDS:
        marks = [pytest.mark.shared] if name.startswith("../shared/") else []
        params.append(pytest.param(name, marks=marks, id=Path(name).name))
    return params


def _gold_path(name: str) -> Path:
    path = ROOT / name
    if name.startswith("../shared/") and not (ROOT.parent / "shared").is_dir():
        pytest.skip("../shared is absent")
    return path


@pytest.fixture(scope="module")
def measure() -> Callable[[str], GoldRun]:
    """Evaluates a gold file once per session (one default Coder shared by the others)."""
    runs: dict[str, GoldRun] = {}
    coders: dict[str, Any] = {}

    def run(name: str) -> GoldRun:
        if name not in runs:
            fmt = GOLDS[name]["format"]
            coder = None
            if fmt != "petrarch":  # the PETRARCH suite brings its own dictionaries
                if "default" not in coders:
                    from detente.pipeline import Coder

                    coders["default"] = Coder()
                coder = coders["default"]
            try:
                runs[name] = evaluate_file(_gold_path(name), fmt=fmt, coder=coder)
            except TextsMissing as exc:  # real-news gold whose stories stay in ../shared
                pytest.skip(str(exc))
        return runs[name]

    return run


def test_accuracy_gate_floors_file_is_well_formed() -> None:
    assert GOLDS, "no gold files pinned"
    for name, spec in GOLDS.items():
        assert spec["format"] in FORMATS, name
        assert re.fullmatch(r"[0-9a-f]{64}", spec["sha256"]), f"{name}: bad sha256"
        assert spec["floors"], f"{name}: no floors"
        for metric, floor in spec["floors"].items():
            assert isinstance(floor, float | int) and 0.0 <= floor <= 1.0, (name, metric)


@pytest.mark.parametrize("name", _params())
def test_accuracy_gate_gold_file_is_the_pinned_one(name: str) -> None:
    path = _gold_path(name)
    digest = sha256_file(path)
    assert digest == GOLDS[name]["sha256"], (
        f"{name} changed (sha256 {digest}). If the change is deliberate, re-pin it: "
        f"scripts/raise_floors.py --write --repin, and check the floors.")


@pytest.mark.slow
@pytest.mark.parametrize("name", _params())
def test_accuracy_gate_scores_stay_above_floors(name: str,
                                                measure: Callable[[str], GoldRun]) -> None:
    metrics = measure(name).metrics()
    floors = GOLDS[name]["floors"]
    shown = ", ".join(f"{m} {metrics[m]:.4f} (floor {f:.2f})" for m, f in floors.items())
    print(f"\naccuracy gate: {name}: {shown}")
    below = {m: (metrics[m], f) for m, f in floors.items() if metrics[m] < f}
    assert not below, f"{name}: below floor: {below}"


def _committed_floors() -> dict[str, dict[str, Any]] | None:
    git = shutil.which("git")
    if git is None:
        return None
    done = subprocess.run([git, "show", f"HEAD:{FLOORS_REL}"], cwd=ROOT, capture_output=True,
                          text=True, check=False)
    if done.returncode != 0:
        return None
    golds: dict[str, dict[str, Any]] = json.loads(done.stdout)["golds"]
    return golds


def lowered_floors(old: dict[str, dict[str, Any]],
                   new: dict[str, dict[str, Any]]) -> list[str]:
    """Floors in `old` that `new` lowers or drops, as 'gold: metric old -> new' lines."""
    out = []
    for name, spec in old.items():
        for metric, floor in spec.get("floors", {}).items():
            now = new.get(name, {}).get("floors", {}).get(metric)
            if now is None or now < floor:
                out.append(f"{name}: {metric} {floor} -> {now}")
    return out


def test_accuracy_gate_lowered_floors_detected() -> None:
    old = {"g": {"floors": {"f1": 0.5, "exact": 0.3}}, "h": {"floors": {"f1": 0.2}}}
    assert lowered_floors(old, old) == []
    raised = {"g": {"floors": {"f1": 0.6, "exact": 0.3}}, "h": {"floors": {"f1": 0.2}}}
    assert lowered_floors(old, raised) == []
    lowered = {"g": {"floors": {"f1": 0.49}}}
    assert lowered_floors(old, lowered) == ["g: f1 0.5 -> 0.49", "g: exact 0.3 -> None",
                                            "h: f1 0.2 -> None"]


def test_accuracy_gate_floors_never_lowered_without_permission() -> None:
    committed = _committed_floors()
    if committed is None:
        pytest.skip(f"no committed {FLOORS_REL} to compare with (or no git)")
    lowered = lowered_floors(committed, GOLDS)
    if lowered and os.environ.get("ALLOW_LOWER_FLOORS") == "1":
        pytest.skip("floors lowered with ALLOW_LOWER_FLOORS=1: " + "; ".join(lowered))
    assert not lowered, ("floors went down; set ALLOW_LOWER_FLOORS=1 and give the reason in "
                         "the commit message: " + "; ".join(lowered))
