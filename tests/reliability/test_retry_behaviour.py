"""Retries against a real local server, for every service (rest-json and awsJson alike).

What is retried mirrors botocore's ``standard`` mode (``retries/standard.py``):
HTTP 500/502/503/504, the transient and throttling error codes, with backoff
``rand(0, 1) * min(base * 2 ** (attempt - 1), 20 s)`` (base 50 ms, or 1 s
for throttling) and a 500-unit retry quota per client. emrk goes further in
one place, on purpose: **any** HTTP 429 is throttling, whatever its code.
Client errors (validation, not found) are never retried. ``max_attempts``
counts total attempts, from ``emrk.Config`` or ``AWS_MAX_ATTEMPTS``.

Backoff sleeps go to a list (the clients' ``sleep=``), so nothing here sleeps.
"""

from __future__ import annotations

from typing import Any

import pytest

import emrk
from tests.reliability._services import (
    REQUEST_ID,
    SERVICE_IDS,
    SERVICES,
    Service,
    error_reply,
    ok_reply,
)
from tests.reliability.conftest import Serve

MAX_BACKOFF = 20.0
TRANSIENT_BASE = 0.05
THROTTLING_BASE = 1.0

#: Throttling codes botocore's standard mode knows, as any service may send them.
BOTOCORE_THROTTLING = ["ThrottlingException", "TooManyRequestsException", "RequestLimitExceeded"]
#: Modeled throttling errors each service declares beyond botocore's list.
MODELED_THROTTLING = {
    "emr_containers": ["EKSRequestThrottledException", "RequestThrottledException"],
    "pcs": ["ThrottlingException"],
    "eks": ["ThrottlingException"],
    "eks_auth": ["ThrottlingException"],
    "emr": [],
}

services = pytest.mark.parametrize("service", SERVICES, ids=SERVICE_IDS)


def _within_bounds(sleeps: list[float], base: float) -> None:
    """Each sleep is in ``[0, min(base * 2 ** (n - 1), 20)]`` for the n-th retry."""
    for n, delay in enumerate(sleeps, start=1):
        assert 0.0 <= delay <= min(base * 2 ** (n - 1), MAX_BACKOFF), (n, delay)


@services
@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_transient_statuses_are_retried_until_the_server_recovers(
    session: emrk.Session, serve: Serve, service: Service, status: int
) -> None:
    failure = error_reply(service, status, service.server_error)
    server = serve(failure, failure, ok_reply(service, "vc-ok"))
    sleeps: list[float] = []
    result = service.call(service.client(session, server.url, sleeps), "vc-ok")
    assert service.ident_parsed(result) == "vc-ok"
    assert result.response_metadata.retry_attempts == 2
    assert len(server.requests) == 3
    assert [service.ident_sent(seen) for seen in server.requests] == ["vc-ok"] * 3
    assert len(sleeps) == 2
    _within_bounds(sleeps, TRANSIENT_BASE)


def _throttling_cases() -> list[Any]:
    return [
        pytest.param(service, code, id=f"{service.package}-{code}")
        for service in SERVICES
        for code in sorted(set(BOTOCORE_THROTTLING + MODELED_THROTTLING[service.package]))
    ]


@pytest.mark.parametrize(("service", "code"), _throttling_cases())
def test_throttling_codes_are_retried_with_the_throttling_backoff(
    session: emrk.Session, serve: Serve, service: Service, code: str
) -> None:
    throttled = error_reply(service, 400, code, "slow down")
    server = serve(throttled, throttled, ok_reply(service))
    sleeps: list[float] = []
    result = service.call(service.client(session, server.url, sleeps))
    assert service.ident_parsed(result) == "ident-1"
    assert len(server.requests) == 3
    _within_bounds(sleeps, THROTTLING_BASE)


@services
def test_any_429_is_throttling(session: emrk.Session, serve: Serve, service: Service) -> None:
    """Deliberately beyond botocore: a 429 is retried even under a non-throttling code."""
    _status, code = service.client_error
    too_many = error_reply(service, 429, code, "rate exceeded")
    server = serve(too_many, too_many, ok_reply(service))
    sleeps: list[float] = []
    result = service.call(service.client(session, server.url, sleeps))
    assert service.ident_parsed(result) == "ident-1"
    assert len(server.requests) == 3
    _within_bounds(sleeps, THROTTLING_BASE)


def _client_error_cases() -> list[Any]:
    cases: list[Any] = []
    for service in SERVICES:
        for kind, error in (("invalid", service.client_error), ("not-found", service.not_found)):
            if error is not None:
                cases.append(pytest.param(service, *error, id=f"{service.package}-{kind}"))
    return cases


@pytest.mark.parametrize(("service", "status", "code"), _client_error_cases())
def test_client_errors_are_not_retried(
    session: emrk.Session, serve: Serve, service: Service, status: int, code: str
) -> None:
    server = serve(error_reply(service, status, code, "no such thing"), ok_reply(service))
    sleeps: list[float] = []
    with pytest.raises(service.error_class(code)) as info:
        service.call(service.client(session, server.url, sleeps))
    assert len(server.requests) == 1
    assert sleeps == []
    error = info.value
    assert (error.code, error.status_code, error.request_id) == (code, status, REQUEST_ID)
    assert error.message == "no such thing"


@services
@pytest.mark.parametrize("source", ["config", "environment"])
def test_attempts_stop_at_max_attempts_and_the_last_error_is_typed(
    session: emrk.Session,
    serve: Serve,
    monkeypatch: pytest.MonkeyPatch,
    service: Service,
    source: str,
) -> None:
    server = serve(error_reply(service, 500, service.server_error, "still broken"))
    sleeps: list[float] = []
    if source == "config":
        client = service.client(session, server.url, sleeps, retries={"max_attempts": 4})
    else:
        monkeypatch.setenv("AWS_MAX_ATTEMPTS", "4")
        client = service.client(session, server.url, sleeps)
    with pytest.raises(service.error_class(service.server_error)) as info:
        service.call(client)
    assert len(server.requests) == 4
    assert len(sleeps) == 3
    _within_bounds(sleeps, TRANSIENT_BASE)
    assert info.value.status_code == 500
    assert info.value.request_id == REQUEST_ID
    assert info.value.message == "still broken"
    attempts = [seen.headers.get("amz-sdk-request") for seen in server.requests]
    assert attempts == [f"attempt={n}; max=4" for n in range(1, 5)]


@services
def test_max_attempts_one_means_no_retry(
    session: emrk.Session, serve: Serve, service: Service
) -> None:
    server = serve(error_reply(service, 503, service.server_error))
    with pytest.raises(service.base_error):
        service.call(service.client(session, server.url, retries={"max_attempts": 1}))
    assert len(server.requests) == 1


@services
def test_backoff_doubles_within_the_cap_over_many_attempts(
    session: emrk.Session, serve: Serve, service: Service
) -> None:
    """Ten throttled attempts: every delay stays under ``min(2 ** (n - 1), 20)`` seconds."""
    server = serve(error_reply(service, 400, "ThrottlingException"))
    sleeps: list[float] = []
    client = service.client(session, server.url, sleeps, retries={"max_attempts": 10})
    with pytest.raises(service.base_error):
        service.call(client)
    assert len(sleeps) == 9
    _within_bounds(sleeps, THROTTLING_BASE)


@services
def test_the_retry_quota_stops_a_retry_storm(
    session: emrk.Session, serve: Serve, service: Service
) -> None:
    """A server failing every request drains the 500-unit quota; then calls stop retrying.

    Each transient retry costs 14 units (botocore's numbers): 17 calls of 3
    attempts take 476, the 18th call gets one retry (10 units left), and from
    then on each call makes a single attempt. A success gives 1 unit back, so
    four successes buy exactly one more retry (14), and three do not (13).
    """
    failing = error_reply(service, 500, service.server_error)
    server = serve(failing)
    client = service.client(session, server.url, retries={"max_attempts": 3})

    def attempts() -> int:
        server.replies[:] = [failing]
        before = len(server.requests)
        with pytest.raises(service.error_class(service.server_error)):
            service.call(client)
        return len(server.requests) - before

    def succeed(times: int) -> None:
        server.replies[:] = [ok_reply(service)]
        for _ in range(times):
            service.call(client)

    assert [attempts() for _ in range(20)] == [3] * 17 + [2, 1, 1]  # 10 units left
    succeed(3)
    assert attempts() == 1  # 13 units: not enough for a retry
    succeed(1)
    assert [attempts(), attempts()] == [2, 1]  # 14 units: exactly one retry
