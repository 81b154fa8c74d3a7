"""Fixtures for the two BRP sources: the GBA-V test set, loaded once, and a fake BRP API."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.services.brp.gba_csv import GbaCsvPersonSource
from app.services.brp.haal_centraal import HaalCentraalPersonSource
from tests.services.brp import api_persons, contract
from tests.services.brp.fake_brp_api import FakeBrpApi, running


@pytest.fixture(scope="session")
def gba() -> GbaCsvPersonSource:
    return GbaCsvPersonSource.bundled()


@pytest.fixture
def fake_api() -> Iterator[FakeBrpApi]:
    """The fake API; a test fails when its client or the fake broke the contract."""
    contract.warm_up()
    for fake in running(api_persons.everyone()):
        yield fake
        assert not fake.violations, "\n".join(fake.violations)


@pytest.fixture
def client(fake_api: FakeBrpApi) -> Iterator[HaalCentraalPersonSource]:
    with HaalCentraalPersonSource(fake_api.url, api_key=fake_api.api_key, timeout=2.0) as source:
        yield source
