"""The CAMEO codebook (detente.cameo, data/cameo.tsv)."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente import cameo
from detente.errors import UnknownCodeError
from scripts_loader import load_script

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not available")
    return SHARED


def test_cameo_codebook_has_all_20_roots() -> None:
    roots = {c.root for c in cameo.all_codes()}
    assert roots == {f"{n:02d}" for n in range(1, 21)}
    for n in range(1, 21):
        assert cameo.is_code(f"{n:02d}")


@pytest.mark.parametrize(
    ("code", "quad"),
    [("05", 1), ("057", 1), ("06", 2), ("061", 2), ("08", 2), ("0871", 2), ("09", 3),
     ("13", 3), ("139", 3), ("14", 4), ("145", 4), ("20", 4), ("2042", 4)],
)
def test_cameo_quad_class_at_the_boundaries(code: str, quad: int) -> None:
    assert cameo.lookup(code).quad_class == quad


def test_cameo_every_entry_is_consistent() -> None:
    codes = cameo.all_codes()
    assert len(codes) == 312  # GDELT's 311 and 1213
    for c in codes:
        assert c.root == c.code[:2]
        assert c.quad_class in cameo.QUAD_NAMES
        assert -10.0 <= c.goldstein <= 10.0
        assert c.plover is None or c.plover.isupper()
    assert [c.code for c in codes] == sorted(c.code for c in codes)


def test_cameo_goldstein_is_gdelts() -> None:
    assert cameo.lookup("042").goldstein == pytest.approx(1.9)
    assert cameo.lookup("190").goldstein == pytest.approx(-10.0)
    # the four codes where the icews package differs keep GDELT's value
    assert cameo.lookup("016").goldstein == pytest.approx(-2.0)
    assert cameo.lookup("022").goldstein == pytest.approx(3.2)
    assert cameo.lookup("164").goldstein == pytest.approx(-7.0)
    assert cameo.lookup("165").goldstein == pytest.approx(-6.5)


def test_cameo_1213_comes_from_the_icews_table() -> None:
    entry = cameo.lookup("1213")
    assert entry.name == "Reject judicial cooperation"
    assert entry.goldstein == pytest.approx(-4.0)
    assert entry.quad_class == 3


def test_cameo_plover_types() -> None:
    assert cameo.lookup("042").plover == "CONSULT"
    assert cameo.lookup("163").plover == "COERCE"  # the table's own line beats the root's
    assert cameo.lookup("080").plover == "CONCEDE"
    assert cameo.lookup("0871").plover == "RETREAT"
    assert cameo.lookup("010").plover is None  # PLOVER dropped statements
    assert cameo.lookup("020").plover is None  # and appeals


def test_cameo_quad_names() -> None:
    assert cameo.QUAD_NAMES == {1: "verbal cooperation", 2: "material cooperation",
                                3: "verbal conflict", 4: "material conflict"}


def test_cameo_unknown_code_error_names_the_code() -> None:
    with pytest.raises(UnknownCodeError) as info:
        cameo.lookup("999")
    assert str(info.value) == "unknown CAMEO event code '999'; codes are 2-4 digits such as '042'"
    assert isinstance(info.value, KeyError)
    assert not cameo.is_code("999")
    assert not cameo.is_code("42")


@pytest.mark.shared
def test_cameo_table_matches_gdelt_goldstein_file(shared_dir: Path) -> None:
    path = shared_dir / "data" / "cameo" / "CAMEO.goldsteinscale.txt"
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()[1:]]
    assert len(rows) == 311
    for code, value in rows:
        assert cameo.lookup(code).goldstein == pytest.approx(float(value)), code


@pytest.mark.shared
def test_cameo_build_script_reproduces_the_packaged_table(
    shared_dir: Path, tmp_path: Path
) -> None:
    build = load_script("build_cameo")
    out = tmp_path / "cameo.tsv"
    build.write_rows(build.build_rows(shared_dir), out)
    packaged = REPO / "src" / "detente" / "data" / "cameo.tsv"
    assert out.read_text(encoding="utf-8") == packaged.read_text(encoding="utf-8")
