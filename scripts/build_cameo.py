"""Build src/detente/data/cameo.tsv, détente's CAMEO event codebook, from ../shared.

Sources (all under ../shared/data):
  cameo/CAMEO.eventcodes.txt      GDELT's lookup: 311 codes and names (TSV)
  cameo/CAMEO.goldsteinscale.txt  GDELT's Goldstein value for each of those codes (TSV)
  cameo/cameo-codes_icews-pkg.csv the icews R package's table (MIT, Andreas Beger): used only
                                  for code 1213, which GDELT lacks
  plover/CAMEO2PLOVER-2021.txt    CAMEO -> PLOVER event type (CC BY-SA 4.0, Open Event Data
                                  Alliance)

Choices, so that users can compare with GDELT:
  * Goldstein values are GDELT's. The icews table differs on 016 (GDELT -2.0, icews -5.0),
    022 (3.2 / 3.4), 164 (-7.0 / -6.5) and 165 (-6.5 / -7.0); we keep GDELT's.
  * 1213 "Reject judicial cooperation" exists only in the icews table; it is added with the
    icews Goldstein value (-4.0).
  * GDELT's name of 044 carries broken bytes ("Meet at a ÒhirdÓlocation"); it is repaired.
  * PLOVER: the table's own line for a code wins; a code the table leaves out falls back to its
    root's line (the PLOVER manual: reduce 3- and 4-digit codes to the cue category). Roots 01
    (statements) and 02 (appeals) were dropped by PLOVER: their codes get no PLOVER type. Root 08
    is listed twice (CONCEDE, then RETREAT): the first line wins for the bare code "08"; 080-083
    are CONCEDE and 084-087 RETREAT by their own lines.
  * PLOVER repairs (PLOVER_REPAIRS): the table files 0813 (ease curfew) and 0814 (ease state of
    emergency or martial law) at the end of its RETREAT block, under a note that their mode was
    dropped; the PLOVER manual puts them in CONCEDE (its CAMEO table: "08 YIELD (081 to 083)
    CONCEDE"; its CONCEDE section: "easing of administrative or legal restrictions ...,
    removing curfews"), so they take CONCEDE like the rest of 081.
  * quad_class follows the CAMEO convention: roots 01-05 -> 1 verbal cooperation, 06-08 -> 2
    material cooperation, 09-13 -> 3 verbal conflict, 14-20 -> 4 material conflict.

Run:  .venv/bin/python scripts/build_cameo.py [--shared ../shared] [--out PATH]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO.parent / "shared"
DEFAULT_OUT = REPO / "src" / "detente" / "data" / "cameo.tsv"

NAME_REPAIRS = {"044": "Meet at a 'third' location"}
# PLOVER types where the PLOVER manual overrules the CAMEO2PLOVER table (see the docstring):
# lifting a curfew or a state of emergency is a concession, CONCEDE, like the rest of 081.
PLOVER_REPAIRS = {"0813": "CONCEDE", "0814": "CONCEDE"}
ICEWS_ONLY = ("1213",)
PLOVER_LINE = re.compile(r"^(\d{2,4}):\s*([A-Za-z_]*)")
HEADER = ("code", "name", "root", "quad_class", "goldstein", "plover")


@dataclass(frozen=True, slots=True)
class Row:
    code: str
    name: str
    goldstein: float
    plover: str


def quad_class(root: str) -> int:
    """CAMEO's quad class of a two-digit root."""
    n = int(root)
    if not 1 <= n <= 20:
        raise ValueError(f"CAMEO root {root!r} is outside 01-20")
    if n <= 5:
        return 1
    if n <= 8:
        return 2
    if n <= 13:
        return 3
    return 4


def read_tsv_pairs(path: Path) -> dict[str, str]:
    """Two-column TSV with a header line -> {first: second}, in file order."""
    out: dict[str, str] = {}
    with path.open(encoding="utf-8") as fh:
        next(fh)
        for lineno, line in enumerate(fh, start=2):
            line = line.rstrip("\r\n")
            if not line:
                continue
            parts = line.split("\t")
            if len(parts) != 2:
                raise SystemExit(f"{path}:{lineno}: expected 2 tab-separated fields: {line!r}")
            out[parts[0].strip()] = parts[1].strip()
    return out


def read_icews(path: Path) -> dict[str, tuple[str, float]]:
    """The icews package CSV -> {code: (name, goldstein)}. Some bytes are cp1252."""
    with path.open(encoding="cp1252", errors="replace", newline="") as fh:
        return {r["code"]: (r["name"], float(r["goldstein"])) for r in csv.DictReader(fh)}


def read_plover(path: Path) -> dict[str, str]:
    """CAMEO2PLOVER table -> {code: PLOVER type or ''}; the first line for a code wins."""
    table: dict[str, str] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            m = PLOVER_LINE.match(line)
            if m:
                table.setdefault(m.group(1), m.group(2).upper())
    return table


def plover_for(code: str, table: dict[str, str]) -> str:
    if code in PLOVER_REPAIRS:
        return PLOVER_REPAIRS[code]
    if code in table:
        return table[code]
    return table.get(code[:2], "")


def build_rows(shared: Path) -> list[Row]:
    cameo = shared / "data" / "cameo"
    names = read_tsv_pairs(cameo / "CAMEO.eventcodes.txt")
    goldstein = read_tsv_pairs(cameo / "CAMEO.goldsteinscale.txt")
    if names.keys() != goldstein.keys():
        raise SystemExit("GDELT's code list and Goldstein table list different codes")
    icews = read_icews(cameo / "cameo-codes_icews-pkg.csv")
    plover = read_plover(shared / "data" / "plover" / "CAMEO2PLOVER-2021.txt")

    rows = [
        Row(code, NAME_REPAIRS.get(code, name), float(goldstein[code]), plover_for(code, plover))
        for code, name in names.items()
    ]
    for code in ICEWS_ONLY:
        name, value = icews[code]
        rows.append(Row(code, name, value, plover_for(code, plover)))
    rows.sort(key=lambda r: r.code)
    return rows


def write_rows(rows: list[Row], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as fh:
        fh.write("\t".join(HEADER) + "\n")
        for r in rows:
            root = r.code[:2]
            fields = (r.code, r.name, root, str(quad_class(root)), f"{r.goldstein:.1f}", r.plover)
            fh.write("\t".join(fields) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    rows = build_rows(args.shared)
    write_rows(rows, args.out)
    no_plover = sum(1 for r in rows if not r.plover)
    print(f"wrote {len(rows)} codes to {args.out} ({no_plover} without a PLOVER type)",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
