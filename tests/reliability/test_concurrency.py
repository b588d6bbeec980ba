"""One client shared by 16 threads, 200 calls each, against the real local server.

Each call names its own identifier; the server answers with the identifier
it received, so a response delivered to the wrong caller, or a request sent
with another call's arguments, shows as a mismatch. Some answers are 503s, so
retries (and the shared retry quota) run concurrently too.

Credentials come from botocore's chain as refreshable credentials on a fake
clock. A third of the way through, the clock jumps past their expiry: every
thread then needs fresh keys at once, and botocore's lock (which emrk relies
on, as boto3 does) lets exactly one of them refresh while the others wait
for its result. Requests signed after that carry the new key.
"""

from __future__ import annotations

import datetime
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import botocore.session
import pytest
from botocore.credentials import CredentialProvider, RefreshableCredentials

import emrk
from tests.reliability._server import Reply, Seen
from tests.reliability._services import SERVICES, Service, error_reply, ok_reply
from tests.reliability.conftest import Serve

THREADS = 16
CALLS = 200
OLD_KEY, NEW_KEY = "AKIDBEFOREREFRESH001", "AKIDAFTERREFRESH0002"
#: One rest-json and one awsJson service.
PROTOCOLS = [s for s in SERVICES if s.package in ("emr_containers", "pcs")]


class _FakeClock:
    """The time botocore's refreshable credentials see; a test moves it forward."""

    def __init__(self) -> None:
        self.now = datetime.datetime.now(datetime.timezone.utc)
        self._lock = threading.Lock()

    def __call__(self) -> datetime.datetime:
        return self.now

    def jump(self, hours: float) -> None:
        with self._lock:
            self.now += datetime.timedelta(hours=hours)


class _Provider(CredentialProvider):  # type: ignore[misc]
    """A credential source in botocore's chain that hands out refreshable credentials."""

    METHOD = "reliability-test"
    CANONICAL_NAME = "reliability-test"

    def __init__(self, clock: _FakeClock, refreshes: list[str]) -> None:
        super().__init__()
        self.clock = clock
        self.refreshes = refreshes

    def load(self) -> RefreshableCredentials:
        return RefreshableCredentials(
            access_key=OLD_KEY,
            secret_key="old-secret",
            token="old-token",
            expiry_time=self.clock() + datetime.timedelta(hours=1),
            refresh_using=self._refresh,
            method=self.METHOD,
            time_fetcher=self.clock,
        )

    def _refresh(self) -> dict[str, Any]:
        self.refreshes.append(threading.current_thread().name)
        time.sleep(0.05)  # a slow STS call: other threads pile up meanwhile
        expiry = self.clock() + datetime.timedelta(hours=1)
        return {
            "access_key": NEW_KEY,
            "secret_key": "new-secret",
            "token": "new-token",
            "expiry_time": expiry.isoformat(),
        }


def _refreshing_session(clock: _FakeClock, refreshes: list[str]) -> emrk.Session:
    core = botocore.session.Session()
    resolver = core.get_component("credential_provider")
    resolver.insert_before("env", _Provider(clock, refreshes))
    return emrk.Session(botocore_session=core, region_name="us-east-1")


def _echo(service: Service) -> Callable[[Seen], Reply]:
    count = iter(range(10**9))
    lock = threading.Lock()

    def respond(seen: Seen) -> Reply:
        with lock:
            n = next(count)
        if n % 41 == 7:
            return error_reply(service, 503, service.server_error)
        return ok_reply(service, service.ident_sent(seen))

    return respond


@pytest.mark.parametrize("service", PROTOCOLS, ids=lambda s: f"{s.package}-{s.protocol}")
def test_one_client_shared_by_sixteen_threads(serve: Serve, service: Service) -> None:
    clock, refreshes = _FakeClock(), list[str]()
    server = serve(respond=_echo(service))
    session = _refreshing_session(clock, refreshes)
    client = service.client(session, server.url, max_pool_connections=THREADS)
    done = iter(range(THREADS * CALLS))
    done_lock = threading.Lock()

    def worker(thread: int) -> list[str]:
        wrong = []
        for call in range(CALLS):
            ident = f"t{thread:02d}-c{call:03d}"
            result = service.call(client, ident)
            if service.ident_parsed(result) != ident:
                wrong.append(f"{ident} got {service.ident_parsed(result)}")
            with done_lock:
                if next(done) == THREADS * CALLS // 3:
                    clock.jump(hours=2)  # the credentials expire mid-run
        return wrong

    with ThreadPoolExecutor(THREADS) as pool:
        mismatches = [m for found in pool.map(worker, range(THREADS)) for m in found]

    assert mismatches == []
    received = [service.ident_sent(seen) for seen in server.requests]
    expected = {f"t{t:02d}-c{c:03d}" for t in range(THREADS) for c in range(CALLS)}
    assert set(received) == expected
    assert len(received) > THREADS * CALLS  # the 503s were retried
    assert refreshes and len(refreshes) == 1, refreshes
    keys = [seen.headers["Authorization"].split("Credential=")[1][:20] for seen in server.requests]
    assert set(keys) == {OLD_KEY, NEW_KEY}
    assert keys[-1] == NEW_KEY
