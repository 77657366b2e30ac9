"""The CAMEO event codebook: names, roots, quad classes, Goldstein values and PLOVER types.

The table is built by scripts/build_cameo.py into the packaged data/cameo.tsv: GDELT's 311 codes
and GDELT's Goldstein values (the data users compare with), plus 1213 from the icews package, and
the PLOVER event type of each code from PLOVER's CAMEO2PLOVER-2021 table (empty for the roots 01
and 02, which PLOVER dropped). It is read once and cached.

USER CODES. A PETRARCH-format verb dictionary that a user brings may define codes of its own
("345", "903", "174L": 2-4 digits and an optional letter). `user_codes` makes their entries and
the lexicon read from that dictionary carries them (detente.coding.lexicon.VerbLexicon
.user_codes), so a Coder built with it keeps events with them (`Codebook`), while every other
coder in the process, and this module's `lookup` and `is_code`, know CAMEO's codes only. Their
entries are marked `user=True` and named after the dictionary; they have no PLOVER type and no
Goldstein value of their own (0.0, neutral, is written so that sums and means stay defined;
filter on `user` or on the rule's "user code" mark to leave them out). Their quad class is the
CAMEO root's when the first two digits are a CAMEO root ("174L" -> 4), else 0. `is_cameo` says
whether a code is CAMEO's own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
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
_USER_CODE = re.compile(r"\d{2,4}[A-Za-z]?")
_COLUMNS = ("code", "name", "root", "quad_class", "goldstein", "plover")


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str  # "042"
    name: str  # "Make a visit"
    root: str  # "04"
    quad_class: int  # 1..4, see QUAD_NAMES
    goldstein: float  # -10..+10, GDELT's table
    plover: str | None  # PLOVER event type such as "CONSULT"; None where PLOVER has none
    user: bool = False  # defined by a user's dictionary, not by CAMEO (see the module doc)


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


def user_codes(codes: Iterable[str], origin: str) -> dict[str, CameoCode]:
    """Entries for the `codes` that CAMEO lacks, as user codes of the dictionary `origin`
    (CAMEO's own codes are left out); a malformed code raises UnknownCodeError."""
    table = _table()
    found: dict[str, CameoCode] = {}
    for code in codes:
        if code in table:
            continue
        if not _USER_CODE.fullmatch(code):
            raise UnknownCodeError(
                f"{origin}: user event code {code!r} must be 2-4 digits and an optional letter"
            )
        root = table.get(code[:2])
        found[code] = CameoCode(code, f"user code from {origin}", code[:2],
                                root.quad_class if root is not None else 0, 0.0, None, True)
    return found


@dataclass(frozen=True, slots=True)
class Codebook:
    """CAMEO's codes and the `user` codes of one verb dictionary (see the module docstring)."""

    user: Mapping[str, CameoCode] = field(default_factory=dict)

    def lookup(self, code: str) -> CameoCode:
        """The entry of an event code such as "042"; UnknownCodeError if none."""
        entry = _table().get(code) or self.user.get(code)
        if entry is None:
            raise UnknownCodeError(
                f"unknown CAMEO event code {code!r}; codes are 2-4 digits such as '042'"
            )
        return entry

    def is_code(self, code: str) -> bool:
        """True if `code` is a CAMEO event code or one of this codebook's user codes."""
        return code in _table() or code in self.user


CAMEO = Codebook()
lookup = CAMEO.lookup
is_code = CAMEO.is_code


def all_codes() -> tuple[CameoCode, ...]:
    """Every code of the codebook, in code order."""
    return tuple(_table().values())


def is_cameo(code: str) -> bool:
    """True if `code` is one of CAMEO's own codes (user codes excluded)."""
    return code in _table()
