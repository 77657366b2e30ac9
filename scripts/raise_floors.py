"""Measure the coder on every pinned gold file and raise bench/accuracy_floors.json to match.

    .venv/bin/python scripts/raise_floors.py            # print measured scores and new floors
    .venv/bin/python scripts/raise_floors.py --write    # raise the floors in the file
    .venv/bin/python scripts/raise_floors.py --write --repin   # also re-pin changed gold hashes
    .venv/bin/python scripts/raise_floors.py --write --reset   # set floors afresh, even lower

A floor is the measured score rounded down to 2 decimals, minus 0.01 (room for noise). This
script only RAISES a floor unless --reset; lowering one is deliberate, see docs/EVALUATION.md.
Gold files under ../shared that are absent are left alone. Without --repin, a gold file whose
hash changed is reported and not touched.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FLOORS = ROOT / "bench" / "accuracy_floors.json"

# What a fresh file pins: gold path (relative to the repository root) -> format, metrics.
DEFAULT_GOLDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "tests/golden/sentences.jsonl": ("jsonl", ("root_f1", "code_f1")),
    "tests/golden/heldout.jsonl": ("jsonl", ("root_f1", "code_f1")),
    "tests/golden/news.jsonl": ("jsonl", ("root_f1", "code_f1")),
    "tests/golden/heldout_news.jsonl": ("jsonl", ("root_f1", "code_f1")),
    "tests/golden/dev3.jsonl": ("jsonl", ("root_f1", "code_f1")),
    "tests/golden/dev4.jsonl": ("jsonl", ("root_f1", "code_f1")),
    "tests/golden/dev5.jsonl": ("jsonl", ("root_f1", "code_f1")),
    "tests/golden/dev6.jsonl": ("jsonl", ("root_f1", "code_f1")),
    "tests/golden/dev7.jsonl": ("jsonl", ("root_f1", "code_f1")),
    "tests/golden/voa.jsonl": ("jsonl", ("root_f1", "code_f1")),
    "tests/golden/heldout_voa.jsonl": ("jsonl", ("root_f1", "code_f1")),
    "../shared/peers/petrarch2/from-UniversalPetrarch/"
    "PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml": ("petrarch", ("exact_rate",)),
    "../shared/data/plover/PLOVER_GSR_CAMEO.txt": ("plover", ("type_accuracy",)),
}


ABOUT = ("Floors of the accuracy gate (tests/test_accuracy_gate.py; docs/EVALUATION.md). Paths are "
         "relative to the repository root. floor = measured score rounded down to 2 decimals, "
         "minus 0.01. The coder is being improved, so scores move up: raise floors with "
         "scripts/raise_floors.py --write. Lowering one needs ALLOW_LOWER_FLOORS=1 and a reason "
         "in the commit message.")


def floor_for(measured: float) -> float:
    """Rounded down to 2 decimals, minus 0.01, never below 0."""
    return max(0.0, round(math.floor(round(measured * 100, 6)) / 100 - 0.01, 2))


def load() -> dict[str, Any]:
    """The floors file, with a zero floor for each gold of DEFAULT_GOLDS it does not pin yet
    (a new gold set is pinned by the first --write)."""
    data: dict[str, Any] = (json.loads(FLOORS.read_text(encoding="utf-8")) if FLOORS.is_file()
                            else {"about": ABOUT, "golds": {}})
    for name, (fmt, metrics) in DEFAULT_GOLDS.items():
        data["golds"].setdefault(
            name, {"format": fmt, "sha256": "", "floors": dict.fromkeys(metrics, 0.0)})
    return data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help="write raised floors to the file")
    parser.add_argument("--repin", action="store_true", help="re-pin gold hashes that changed")
    parser.add_argument("--reset", action="store_true",
                        help="set every floor from this measurement, lowering too (the gate "
                             "then needs ALLOW_LOWER_FLOORS=1 and a reason in the commit)")
    args = parser.parse_args(argv)

    from detente.evaluation import TextsMissing
    from detente.gold_formats import evaluate_file, sha256_file
    from detente.pipeline import Coder

    data = load()
    coder = None
    for name, spec in data["golds"].items():
        path = ROOT / name
        if not path.is_file():
            print(f"{name}: absent, left alone")
            continue
        digest = sha256_file(path)
        if spec.get("sha256") and spec["sha256"] != digest and not args.repin:
            print(f"{name}: gold changed (sha256 {digest}); rerun with --repin to re-pin")
            continue
        if spec["format"] != "petrarch" and coder is None:
            coder = Coder()
        try:
            run = evaluate_file(path, fmt=spec["format"],
                                coder=None if spec["format"] == "petrarch" else coder)
        except TextsMissing as exc:
            print(f"{name}: {exc.reason}; left alone")
            continue
        spec["sha256"] = digest
        metrics = run.metrics()
        spec["measured"] = {k: metrics[k] for k in spec["floors"]}
        spec["measured_on"] = date.today().isoformat()
        for metric, old in spec["floors"].items():
            new = floor_for(metrics[metric])
            if new > old or args.reset:
                spec["floors"][metric] = new
            print(f"{name}: {metric} measured {metrics[metric]:.4f}, floor {old:.2f} -> "
                  f"{spec['floors'][metric]:.2f}")
    if args.write:
        FLOORS.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {FLOORS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
