"""The CAMEO event codebook: names, roots, quad classes, Goldstein values and PLOVER types.

The table is built by scripts/build_cameo.py into the packaged data/cameo.tsv: GDELT's 311 codes
and GDELT's Goldstein values (the data users compare with), plus 1213 from the icews package, and
the PLOVER event type of each code from PLOVER's CAMEO2PLOVER-2021 table (empty for the roots 01
and 02, which PLOVER dropped). It is read once and cached.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from detente.errors import DictionaryError, UnknownCodeError

QUAD_NAMES: dict[int, str] = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}

_CODE = re.compile(r"\d{2,4}")
_COLUMNS = ("code", "name", "root", "quad_class", "goldstein", "plover")


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str  # "042"
    name: str  # "Make a visit"
    root: str  # "04"
    quad_class: int  # 1..4, see QUAD_NAMES
    goldstein: float  # -10..+10, GDELT's table
    plover: str | None  # PLOVER event type such as "CONSULT"; None where PLOVER has none


def _parse_row(fields: list[str], where: str) -> CameoCode:
    if len(fields) != len(_COLUMNS):
        raise DictionaryError(f"{where}: expected {len(_COLUMNS)} fields, got {fields!r}")
    code, name, root, quad, goldstein, plover = fields
    if not _CODE.fullmatch(code) or root != code[:2]:
        raise DictionaryError(f"{where}: bad code/root {code!r}/{root!r}")
    try:
        return CameoCode(code, name, root, int(quad), float(goldstein), plover or None)
    except ValueError as exc:
        raise DictionaryError(f"{where}: bad number in {fields!r}: {exc}") from exc


@cache
def _table() -> dict[str, CameoCode]:
    resource = resources.files("detente") / "data" / "cameo.tsv"
    lines = resource.read_text(encoding="utf-8").splitlines()
    if not lines or tuple(lines[0].split("\t")) != _COLUMNS:
        raise DictionaryError(f"data/cameo.tsv:1: header must be the columns {_COLUMNS}")
    table: dict[str, CameoCode] = {}
    for lineno, line in enumerate(lines[1:], start=2):
        if line:
            entry = _parse_row(line.split("\t"), f"data/cameo.tsv:{lineno}")
            table[entry.code] = entry
    return table


def lookup(code: str) -> CameoCode:
    """The codebook entry of a CAMEO event code such as "042"; UnknownCodeError if none."""
    entry = _table().get(code)
    if entry is None:
        raise UnknownCodeError(
            f"unknown CAMEO event code {code!r}; codes are 2-4 digits such as '042'"
        )
    return entry


def all_codes() -> tuple[CameoCode, ...]:
    """Every code of the codebook, in code order."""
    return tuple(_table().values())


def is_code(code: str) -> bool:
    """True if `code` is a CAMEO event code of the codebook."""
    return code in _table()
