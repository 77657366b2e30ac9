"""Shared fixtures: one spaCy-backed Coder per test session, and the ../shared directory."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.pipeline import Coder

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def coder() -> Coder:
    """The real coder with the default spaCy pipeline, loaded once for the whole session.

    The pipeline itself is cached per process (detente.nlp.load_pipeline), so the Coder that
    `detente.code` or the CLI build after this fixture has run reuse it instead of reloading.
    """
    return Coder()


@pytest.fixture(scope="session")
def statement_coder() -> Coder:
    """The real coder that also codes plain statements (010), as CAMEO and PETRARCH do."""
    return Coder(statements=True)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared (read-only source material); skips the test when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is absent")
    return SHARED
