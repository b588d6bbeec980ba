"""Fixtures of the reliability and security suites, and the fuzzing profiles.

* ``serve``: start a :class:`~tests.reliability._server.FaultServer` (a real
  HTTP/1.1 server on 127.0.0.1, threaded, keep-alive, stopping by itself after
  its lifetime) scripted for the test; every server started is stopped at
  teardown.
* ``serve_tls``: the same over HTTPS with a self-signed certificate made for
  the test; gives the server and the certificate's path (a CA bundle).
* The number of fuzz cases run is printed at the end of the session (the
  Hypothesis profiles ``ci`` and ``long`` are registered in ``tests/conftest.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from tests.reliability._fuzz import FUZZ_CASES
from tests.reliability._server import FaultServer, Reply, self_signed_tls

Serve = Callable[..., FaultServer]


@pytest.fixture
def serve() -> Iterator[Serve]:
    """Start fault servers: ``serve(Reply(...), ..., respond=None, tls=None)``."""
    started: list[FaultServer] = []

    def start(*replies: Reply, respond: Any = None, tls: Any = None) -> FaultServer:
        server = FaultServer(replies, respond=respond, tls=tls)
        server.__enter__()
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture
def serve_tls(serve: Serve, tmp_path: Path) -> Callable[..., tuple[FaultServer, str]]:
    """Start an HTTPS fault server; returns it with the path of its certificate."""

    def start(*replies: Reply, respond: Any = None) -> tuple[FaultServer, str]:
        context, cert_path = self_signed_tls(tmp_path)
        return serve(*replies, respond=respond, tls=context), cert_path

    return start


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Say how many fuzz cases ran, and under which profile."""
    if FUZZ_CASES:
        total = sum(FUZZ_CASES.values())
        detail = ", ".join(f"{k}: {v}" for k, v in sorted(FUZZ_CASES.items()))
        profile = settings.get_current_profile_name()
        terminalreporter.write_line(
            f"emrk fuzzing: {total} cases ({detail}) under hypothesis profile {profile!r}"
        )
