"""Other event datasets in and out of the store: GDELT and ICEWS imports, exports.

    import_gdelt(paths, store) -> ImportStats     GDELT 1.0 / 2.0 event files, zipped or not
    import_icews(paths, store) -> ImportStats     ICEWS .tab files
    export_events(store, fmt, ...) -> int         csv, jsonl, parquet, GDELT 2.0 TSV

The field mappings are documented in docs/INTEROP.md.
"""

from detente.interop.common import MAX_DATE, MIN_DATE, ImportStats
from detente.interop.export import EXPORT_FORMATS, export_events
from detente.interop.gdelt import import_gdelt
from detente.interop.icews import import_icews

__all__ = [
    "EXPORT_FORMATS",
    "MAX_DATE",
    "MIN_DATE",
    "ImportStats",
    "export_events",
    "import_gdelt",
    "import_icews",
]
