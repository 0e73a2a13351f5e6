"""Fixtures of the team tests: several Rapport processes on one store."""
from __future__ import annotations

import pytest

from app.models.db import open_store


@pytest.fixture
def two(store_at):
    """Two separate engines on one store, as two Rapport processes would have."""
    url = store_at()
    first, second = open_store(url), open_store(url)
    yield first, second
    first.kw["bind"].dispose()
    second.kw["bind"].dispose()
