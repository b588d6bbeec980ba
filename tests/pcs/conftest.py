"""Fixtures for the PCS tests: a client with recorded sleeps and a scripted endpoint."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import responses

import emrk
from emrk.pcs import PCSClient

from .fakes import FakePCS


@pytest.fixture
def sleeps() -> list[float]:
    """Every delay the client asked to sleep for (retries and waiters), in order."""
    return []


@pytest.fixture
def pcs(session: emrk.Session, sleeps: list[float]) -> PCSClient:
    """A PCS client in us-east-1 that records sleeps instead of sleeping."""
    return PCSClient(session=session, sleep=sleeps.append)


@pytest.fixture
def fake() -> Iterator[FakePCS]:
    """The scripted PCS endpoint, intercepting every request the client sends."""
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        yield FakePCS(mock)
