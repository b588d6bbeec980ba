"""Network faults against a real local server, for every service.

Connection refused, reset, hung up or cut short, connect and read timeouts
(before the headers and in the middle of the body) all end as
:class:`emrk.TransportError` once the retries are spent, with the
``requests`` exception chained as ``__cause__``; botocore's standard mode
retries the same failures (``ConnectionError``, ``ReadTimeoutError``...).
A single fault followed by a good answer is absorbed by a retry.

The time bounds are sanity bounds, generous multiples of the configured
timeouts: they prove a call does not wait for a stalled server, nothing more.
TLS: verification is on by default; ``Config(verify=<CA bundle>)`` trusts
a private CA.
"""

from __future__ import annotations

import time

import pytest
import requests

import emrk
from tests.reliability._server import Blackhole, Reply, SlowReply, refused_port
from tests.reliability._services import SERVICE_IDS, SERVICES, Service, ok_reply
from tests.reliability.conftest import Serve

services = pytest.mark.parametrize("service", SERVICES, ids=SERVICE_IDS)
#: Whatever the timeouts, a call that takes this long waited for the stalled server.
SANITY_BOUND = 10.0
TIMEOUT = 0.25


@services
def test_connection_refused(session: emrk.Session, service: Service) -> None:
    sleeps: list[float] = []
    client = service.client(session, f"http://127.0.0.1:{refused_port()}", sleeps)
    with pytest.raises(emrk.TransportError) as info:
        service.call(client)
    assert len(sleeps) == 2  # three attempts, as botocore makes
    assert isinstance(info.value.__cause__, requests.ConnectionError)


@services
@pytest.mark.parametrize("action", ["reset", "close", "truncate"])
def test_a_broken_connection_every_time(
    session: emrk.Session, serve: Serve, service: Service, action: str
) -> None:
    server = serve(Reply(action=action, body=b'{"partial": '))
    with pytest.raises(emrk.TransportError) as info:
        service.call(service.client(session, server.url))
    assert len(server.requests) == 3
    assert isinstance(info.value.__cause__, requests.RequestException)


@services
@pytest.mark.parametrize("action", ["reset", "close", "truncate"])
def test_one_broken_connection_is_absorbed_by_a_retry(
    session: emrk.Session, serve: Serve, service: Service, action: str
) -> None:
    server = serve(Reply(action=action), ok_reply(service, "after-fault"))
    result = service.call(service.client(session, server.url), "after-fault")
    assert service.ident_parsed(result) == "after-fault"
    assert result.response_metadata.retry_attempts == 1
    assert [service.ident_sent(seen) for seen in server.requests] == ["after-fault"] * 2


@services
def test_connect_timeout(session: emrk.Session, service: Service) -> None:
    with Blackhole() as hole:
        client = service.client(
            session,
            f"http://127.0.0.1:{hole.port}",
            connect_timeout=TIMEOUT,
            retries={"max_attempts": 2},
        )
        started = time.monotonic()
        with pytest.raises(emrk.TransportError) as info:
            service.call(client)
        elapsed = time.monotonic() - started
    assert isinstance(info.value.__cause__, requests.ConnectTimeout)
    assert elapsed < SANITY_BOUND


@services
def test_read_timeout_before_the_headers(
    session: emrk.Session, serve: Serve, service: Service
) -> None:
    server = serve(Reply(delay=30))
    client = service.client(session, server.url, read_timeout=TIMEOUT, retries={"max_attempts": 2})
    started = time.monotonic()
    with pytest.raises(emrk.TransportError) as info:
        service.call(client)
    elapsed = time.monotonic() - started
    assert len(server.requests) == 2
    assert isinstance(info.value.__cause__, requests.ReadTimeout)
    assert elapsed < SANITY_BOUND


@services
def test_read_timeout_in_the_middle_of_the_body(
    session: emrk.Session, serve: Serve, service: Service
) -> None:
    """The headers arrive, half the body, then nothing: a read timeout, not a hang."""
    body = ok_reply(service).body
    server = serve(SlowReply(body=body, body_delay=30))
    client = service.client(session, server.url, read_timeout=TIMEOUT, retries={"max_attempts": 2})
    started = time.monotonic()
    with pytest.raises(emrk.TransportError) as info:
        service.call(client)
    elapsed = time.monotonic() - started
    assert len(server.requests) == 2
    assert isinstance(info.value.__cause__, requests.RequestException)
    assert elapsed < SANITY_BOUND


@services
def test_a_body_that_pauses_within_the_read_timeout_is_read_whole(
    session: emrk.Session, serve: Serve, service: Service
) -> None:
    reply = ok_reply(service, "slow-but-fine")
    server = serve(SlowReply(body=reply.body, headers=reply.headers, body_delay=0.1))
    result = service.call(service.client(session, server.url, read_timeout=5), "slow-but-fine")
    assert service.ident_parsed(result) == "slow-but-fine"
    assert len(server.requests) == 1


@services
def test_tls_verification_is_on_by_default(
    session: emrk.Session, serve_tls: object, service: Service
) -> None:
    server, _ca_bundle = serve_tls(ok_reply(service))  # type: ignore[operator]
    with pytest.raises(emrk.TransportError) as info:
        service.call(service.client(session, server.url))
    assert isinstance(info.value.__cause__, requests.exceptions.SSLError)


@services
def test_tls_with_the_servers_ca_bundle(
    session: emrk.Session, serve_tls: object, service: Service
) -> None:
    server, ca_bundle = serve_tls(ok_reply(service, "over-tls"))  # type: ignore[operator]
    result = service.call(service.client(session, server.url, verify=ca_bundle), "over-tls")
    assert service.ident_parsed(result) == "over-tls"
    assert server.url.startswith("https://")
