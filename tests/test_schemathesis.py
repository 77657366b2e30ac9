"""Property-based tests of the HTTP API from its own OpenAPI schema (schemathesis, in process
through ASGI): whatever parameters and bodies the schema allows, or nearly allows, the API
answers without a server error (no 5xx) and, for reads, with a body that matches the schema.

Examples per operation are bounded (MAX_EXAMPLES) so the run stays short; writes carry the
token so that the validation of POST and DELETE bodies is reached, not only the 401.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance, status_code_conformance

from detente.api import create_app
from detente.pipeline import Coder
from test_api_http import AUTH, TOKEN, build_store

MAX_EXAMPLES = 20


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory, coder: Coder) -> Any:
    path = build_store(tmp_path_factory.mktemp("schemathesis") / "events.duckdb")
    app = create_app(path, token=TOKEN, coder_factory=lambda: coder, max_upload_bytes=50_000)
    return schemathesis.openapi.from_asgi("/openapi.json", app)


# Every operation of the API; test_schemathesis_covers_every_operation keeps this list whole.
# (schemathesis' own pytest plugin does not run under pytest 9, so each operation's Hypothesis
# strategy is driven here.)
OPERATIONS = [
    ("GET", "/api/stats"), ("GET", "/api/actors"), ("GET", "/api/documents"),
    ("POST", "/api/documents"), ("GET", "/api/documents/{doc_id}"),
    ("DELETE", "/api/documents/{doc_id}"), ("GET", "/api/events"), ("GET", "/api/dyad"),
    ("GET", "/api/network"),
]


@pytest.mark.parametrize(("method", "path"), OPERATIONS)
def test_schemathesis_no_server_errors(api_schema: Any, method: str, path: str) -> None:
    operation = api_schema[path][method]
    checks = [not_a_server_error, status_code_conformance]
    if method == "GET":  # reads must match their response models too
        checks.append(response_schema_conformance)

    @given(case=operation.as_strategy())
    @settings(max_examples=MAX_EXAMPLES, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    def run(case: Any) -> None:
        case.call_and_validate(headers=AUTH, checks=checks)

    run()


def test_schemathesis_covers_every_operation(api_schema: Any) -> None:
    operations = {(op.ok().method.upper(), op.ok().path)
                  for op in api_schema.get_all_operations()}
    assert operations == set(OPERATIONS)


def test_schemathesis_store_path_is_a_file(tmp_path: Path) -> None:
    """build_store writes a DuckDB file the API can open (a guard for the fixture above)."""
    assert build_store(tmp_path / "x.duckdb").is_file()
