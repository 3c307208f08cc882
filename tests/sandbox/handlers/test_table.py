"""The handler table: every business endpoint of the catalog answered, each by one domain module."""

from __future__ import annotations

import importlib
import pkgutil
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest

from ocdesk.api import catalog
from ocdesk.sandbox import handlers
from ocdesk.sandbox.core import Clock
from ocdesk.sandbox.handlers import HANDLERS
from ocdesk.sandbox.world import World


def _domain_tables() -> Iterator[tuple[str, dict[str, Any]]]:
    """Each module of the handlers package that answers endpoints, with its own table."""
    for info in pkgutil.iter_modules(handlers.__path__):
        module = importlib.import_module(f"{handlers.__name__}.{info.name}")
        if hasattr(module, "HANDLERS"):
            yield info.name, module.HANDLERS


def test_the_table_answers_every_business_endpoint_of_the_catalog_and_nothing_else() -> None:
    assert set(HANDLERS) == {e.id for e in catalog.business_endpoints()}


def test_every_domain_module_is_in_the_table_and_no_endpoint_is_claimed_twice() -> None:
    tables = dict(_domain_tables())
    claims = Counter(endpoint_id for table in tables.values() for endpoint_id in table)
    assert [endpoint_id for endpoint_id, count in claims.items() if count > 1] == []
    assert set(claims) == set(HANDLERS)
    for name, table in tables.items():
        for endpoint_id, handler in table.items():
            assert HANDLERS[endpoint_id] is handler, f"{name}: {endpoint_id}"


def test_a_world_missing_an_endpoint_refuses_to_start() -> None:
    short = {k: v for k, v in HANDLERS.items() if k != "outbound.third_party_label"}
    with pytest.raises(RuntimeError, match="outbound.third_party_label"):
        World(1, Clock(), short)
