"""Fixtures of the async client tests.

* ``serve`` / ``serve_tls``: fault servers on 127.0.0.1 (see
  ``tests/reliability/_server.py``), plus :class:`ResetMidBody` replies;
  every server started is stopped at teardown (and stops by itself anyway).
* ``asleeps``: an async ``sleep=`` recorder, so retries and waiters never wait.
* ``asession``: an :class:`emrk.AsyncSession` with the suite's fake keys.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import emrk
from tests.conftest import FAKE_KEY_ID, FAKE_SECRET
from tests.reliability._server import Reply, self_signed_tls

from ._helpers import AsyncSleepRecorder
from ._servers import FaultServerPlus

Serve = Callable[..., FaultServerPlus]


@pytest.fixture
def serve() -> Iterator[Serve]:
    """Start fault servers: ``serve(Reply(...), ..., respond=None, tls=None)``."""
    started: list[FaultServerPlus] = []

    def start(*replies: Reply, respond: Any = None, tls: Any = None) -> FaultServerPlus:
        server = FaultServerPlus(replies, respond=respond, tls=tls)
        server.__enter__()
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture
def serve_tls(serve: Serve, tmp_path: Path) -> Callable[..., tuple[FaultServerPlus, str]]:
    """Start an HTTPS fault server; returns it with the path of its certificate."""

    def start(*replies: Reply, respond: Any = None) -> tuple[FaultServerPlus, str]:
        context, cert_path = self_signed_tls(tmp_path)
        return serve(*replies, respond=respond, tls=context), cert_path

    return start


@pytest.fixture
def asleeps() -> AsyncSleepRecorder:
    """What the async clients below would have slept."""
    return AsyncSleepRecorder()


@pytest.fixture
def asession() -> emrk.AsyncSession:
    """An async session with explicit fake keys in us-east-1."""
    return emrk.AsyncSession(
        aws_access_key_id=FAKE_KEY_ID, aws_secret_access_key=FAKE_SECRET, region_name="us-east-1"
    )
