"""Actors: the time-aware knowledge base of countries, bodies, sector words and officeholders."""

from detente.actors.kb import (
    COLUMNS,
    ELITE_SECTOR,
    KINDS,
    ROLES,
    ActorEntry,
    ActorKB,
    default_table_path,
    load_petrarch_actors,
    phrase_key,
    read_table,
    write_table,
)

__all__ = [
    "COLUMNS",
    "ELITE_SECTOR",
    "KINDS",
    "ROLES",
    "ActorEntry",
    "ActorKB",
    "default_table_path",
    "load_petrarch_actors",
    "phrase_key",
    "read_table",
    "write_table",
]
