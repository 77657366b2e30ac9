"""Build src/detente/data/verbs.json, détente's verb lexicon, from PETRARCH-2's CAMEO.2.0.txt.

The parsing is detente.coding.petrarch_verbs (the same reader users call on their own
dictionaries); this script only checks the codes against détente's codebook (data/cameo.tsv,
so run scripts/build_cameo.py first) and writes the JSON, one block and one verb per line.

Codes the codebook lacks are replaced by their nearest ancestor that it has, and listed:
CAMEO.2.0 uses 176 (HACK "into computer/network": cyber attack, not in CAMEO 1.1b3 or GDELT)
-> 170, and 1952 (a PETRARCH extension of 195, employ aerial weapons) -> 195.

Source: ../shared/peers/petrarch2/dictionaries/CAMEO.2.0.txt, MIT, (c) Open Event Data Alliance.

Run:  .venv/bin/python scripts/build_verbs.py [--dictionary PATH] [--out PATH]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from detente import cameo
from detente.coding.lexicon import VerbLexicon
from detente.coding.petrarch_verbs import read_petrarch_verbs

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DICT = REPO.parent / "shared" / "peers" / "petrarch2" / "dictionaries" / "CAMEO.2.0.txt"
DEFAULT_OUT = REPO / "src" / "detente" / "data" / "verbs.json"


def nearest_code(code: str) -> str:
    """`code` if the codebook has it, else its nearest ancestor there ('1952' -> '195')."""
    candidate = code
    while not cameo.is_code(candidate):
        if len(candidate) == 4:
            candidate = candidate[:3]
        elif len(candidate) == 3 and not candidate.endswith("0"):
            candidate = candidate[:2] + "0"
        else:
            raise SystemExit(f"code {code!r} has no ancestor in the codebook")
    return candidate


def check_codes(data: dict[str, Any]) -> Counter[str]:
    """Replace codes the codebook lacks, in place; count what was replaced."""
    replaced: Counter[str] = Counter()

    def fix(code: str | None) -> str | None:
        if code is None or code == "---":
            return code
        new = nearest_code(code)
        if new != code:
            replaced[f"{code}->{new}"] += 1
        return new

    for patterns in data["blocks"].values():
        for p in patterns:
            p["code"], p["passive"] = fix(p["code"]), fix(p["passive"])
    for entry in data["verbs"].values():
        entry["code"], entry["passive"] = fix(entry["code"]), fix(entry["passive"])
    return replaced


def dump(data: dict[str, Any]) -> str:
    """JSON with one block and one verb per line, so that diffs stay readable."""
    def compact(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    lines = ["{", f'"format":{compact(data["format"])},', f'"source":{compact(data["source"])},']
    for key in ("blocks", "verbs"):
        items = sorted(data[key].items())
        lines.append(f'"{key}":{{')
        lines.extend(f"{compact(k)}:{compact(v)}{',' if i < len(items) - 1 else ''}"
                     for i, (k, v) in enumerate(items))
        lines.append("}," if key == "blocks" else "}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dictionary", type=Path, default=DEFAULT_DICT)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    data, report = read_petrarch_verbs(args.dictionary)
    replaced = check_codes(data)
    text = dump(data)
    VerbLexicon.from_data(json.loads(text), origin=str(args.out))  # it must load back
    args.out.write_text(text, encoding="utf-8")
    say = sys.stderr.write
    say(f"{report.path}: {report.blocks} blocks, {report.lemmas} verb lemmas, "
        f"{report.patterns} patterns from {report.pattern_lines} pattern lines, "
        f"{report.synsets} synsets\n")
    say(f"  lemmas in more than one block (first kept): {len(report.duplicate_lemmas)}\n")
    for note in report.notes:
        say(f"  {note}\n")
    for what, n in sorted(replaced.items()):
        say(f"  code not in the codebook, replaced {what}: {n}x\n")
    say(f"wrote {args.out} ({len(text) // 1024} KiB)\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
