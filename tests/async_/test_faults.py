"""Network faults against a real local server, through the async clients' aiohttp transport.

The async twin of ``tests/reliability/test_transport_faults.py`` and
``test_retry_behaviour.py``: every failure to get an HTTP answer (refused,
reset before or in the middle of the body, hung up, cut short, connect and
read timeouts, an untrusted certificate) ends as :class:`emrk.TransportError`
once the retries are spent, exactly as on the sync side. The aiohttp or
asyncio exception is chained as ``__cause__`` (as the sync side chains the
``requests`` one) and never escapes itself; no secret shows in a message.
Backoff goes through the injected ``sleep=``, so nothing here waits for it;
the only real waits are the 0.25 s timeouts.
"""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
import pytest

import emrk
from emrk.core.async_client import AsyncBaseClient
from tests.conftest import FAKE_SECRET
from tests.reliability._server import Blackhole, Reply, SlowReply, refused_port
from tests.reliability._services import SERVICES, Service, error_reply, ok_reply

from ._helpers import AsyncSleepRecorder, async_client_for
from ._servers import ResetMidBody
from .conftest import Serve

#: The transport knows no service: one per request shape is enough (rest-json GET,
#: rest-json POST, awsJson POST).
_SHAPES = {"eks": "rest-json GET", "eks_auth": "rest-json POST", "pcs": "awsJson POST"}
services = pytest.mark.parametrize(
    "service", [s for s in SERVICES if s.package in _SHAPES], ids=list(_SHAPES.values())
)
#: One rest-json and one awsJson service, for the faults that cost real time (timeouts).
two_protocols = pytest.mark.parametrize(
    "service", [SERVICES[1], SERVICES[3]], ids=["rest-json", "awsJson"]
)
TIMEOUT = 0.2
#: What the transport may chain as the cause: aiohttp's errors, timeouts, socket errors.
TRANSPORT_CAUSES = (aiohttp.ClientError, asyncio.TimeoutError, OSError)
SESSION_TOKEN = "FwoGZXIvYXdzEXAMPLEsessiontokenCANARY0042"


def client(
    session: emrk.AsyncSession,
    service: Service,
    endpoint: str,
    sleeps: AsyncSleepRecorder | None = None,
    **config: Any,
) -> AsyncBaseClient:
    cls = async_client_for(service.package)
    built: AsyncBaseClient = cls(
        session=session,
        endpoint_url=endpoint,
        config=emrk.Config(**config),
        sleep=sleeps if sleeps is not None else AsyncSleepRecorder(),
    )
    return built


async def call(client: AsyncBaseClient, service: Service, ident: str = "ident-1") -> Any:
    async with client:
        return await getattr(client, service.method)(**service.kwargs(ident))


def assert_transport_error(info: pytest.ExceptionInfo[emrk.TransportError]) -> BaseException:
    """Exactly TransportError, with the transport's own exception chained; returns that cause."""
    error = info.value
    assert type(error) is emrk.TransportError
    cause = error.__cause__
    assert isinstance(cause, TRANSPORT_CAUSES), repr(cause)
    assert error.__suppress_context__
    for text in (str(error), repr(error)):
        assert FAKE_SECRET not in text and SESSION_TOKEN not in text
    return cause


@services
async def test_connection_refused(
    asession: emrk.AsyncSession, asleeps: AsyncSleepRecorder, service: Service
) -> None:
    endpoint = f"http://127.0.0.1:{refused_port()}"
    with pytest.raises(emrk.TransportError) as info:
        await call(client(asession, service, endpoint, asleeps), service)
    cause = assert_transport_error(info)
    assert isinstance(cause, aiohttp.ClientConnectorError)
    assert len(asleeps.delays) == 2  # three attempts, as on the sync side


@services
@pytest.mark.parametrize("action", ["reset", "close", "truncate", "reset-mid-body"])
async def test_a_broken_connection_every_time(
    asession: emrk.AsyncSession, serve: Serve, service: Service, action: str
) -> None:
    body = ok_reply(service).body
    reply = (
        ResetMidBody(body=body) if action == "reset-mid-body" else Reply(action=action, body=body)
    )
    server = serve(reply)
    with pytest.raises(emrk.TransportError) as info:
        await call(client(asession, service, server.url), service)
    assert isinstance(assert_transport_error(info), aiohttp.ClientError)
    assert len(server.requests) == 3


@services
@pytest.mark.parametrize("action", ["reset", "close", "truncate", "reset-mid-body"])
async def test_one_broken_connection_is_absorbed_by_a_retry(
    asession: emrk.AsyncSession, serve: Serve, service: Service, action: str
) -> None:
    good = ok_reply(service, "after-fault")
    broken = ResetMidBody(body=good.body) if action == "reset-mid-body" else Reply(action=action)
    server = serve(broken, good)
    result = await call(client(asession, service, server.url), service, "after-fault")
    assert service.ident_parsed(result) == "after-fault"
    assert result.response_metadata.retry_attempts == 1
    assert [service.ident_sent(seen) for seen in server.requests] == ["after-fault"] * 2


@two_protocols
async def test_connect_timeout(asession: emrk.AsyncSession, service: Service) -> None:
    with Blackhole() as hole:
        slow = client(
            asession,
            service,
            f"http://127.0.0.1:{hole.port}",
            connect_timeout=TIMEOUT,
            retries={"max_attempts": 1},
        )
        with pytest.raises(emrk.TransportError) as info:
            await call(slow, service)
    assert isinstance(assert_transport_error(info), asyncio.TimeoutError)


@two_protocols
async def test_read_timeout_before_the_headers(
    asession: emrk.AsyncSession, serve: Serve, service: Service
) -> None:
    server = serve(Reply(delay=30))
    slow = client(asession, service, server.url, read_timeout=TIMEOUT, retries={"max_attempts": 2})
    with pytest.raises(emrk.TransportError) as info:
        await call(slow, service)
    assert isinstance(assert_transport_error(info), asyncio.TimeoutError)
    assert len(server.requests) == 2
    assert "timed out" in str(info.value) or "Timeout" in str(info.value)


@two_protocols
async def test_read_timeout_in_the_middle_of_the_body(
    asession: emrk.AsyncSession, serve: Serve, service: Service
) -> None:
    """The headers arrive, half the body, then nothing: a read timeout, not a hang."""
    server = serve(SlowReply(body=ok_reply(service).body, body_delay=30))
    slow = client(asession, service, server.url, read_timeout=TIMEOUT, retries={"max_attempts": 1})
    with pytest.raises(emrk.TransportError) as info:
        await call(slow, service)
    assert_transport_error(info)
    assert len(server.requests) == 1


@two_protocols
async def test_a_body_that_pauses_within_the_read_timeout_is_read_whole(
    asession: emrk.AsyncSession, serve: Serve, service: Service
) -> None:
    reply = ok_reply(service, "slow-but-fine")
    server = serve(SlowReply(body=reply.body, headers=reply.headers, body_delay=0.1))
    result = await call(
        client(asession, service, server.url, read_timeout=5), service, "slow-but-fine"
    )
    assert service.ident_parsed(result) == "slow-but-fine"
    assert len(server.requests) == 1


@services
@pytest.mark.parametrize("status", [500, 502, 503, 504])
async def test_5xx_is_retried_until_the_server_recovers(
    asession: emrk.AsyncSession,
    asleeps: AsyncSleepRecorder,
    serve: Serve,
    service: Service,
    status: int,
) -> None:
    failure = error_reply(service, status, service.server_error)
    server = serve(failure, failure, ok_reply(service, "recovered"))
    result = await call(client(asession, service, server.url, asleeps), service, "recovered")
    assert service.ident_parsed(result) == "recovered"
    assert result.response_metadata.retry_attempts == 2
    assert [s.headers["amz-sdk-request"] for s in server.requests] == [
        "attempt=1; max=3",
        "attempt=2; max=3",
        "attempt=3; max=3",
    ]
    assert len(asleeps.delays) == 2
    assert all(0 <= d <= 0.05 * 2**n for n, d in enumerate(asleeps.delays))  # 50 ms base


@services
async def test_5xx_every_time_raises_the_modeled_server_error(
    asession: emrk.AsyncSession, asleeps: AsyncSleepRecorder, serve: Serve, service: Service
) -> None:
    server = serve(error_reply(service, 500, service.server_error))
    with pytest.raises(emrk.ServiceError) as info:
        await call(client(asession, service, server.url, asleeps), service)
    assert type(info.value) is service.error_class(service.server_error)
    assert info.value.status_code == 500
    assert len(server.requests) == 3 and len(asleeps.delays) == 2


@services
async def test_throttling_backs_off_through_the_injected_sleep(
    asession: emrk.AsyncSession, asleeps: AsyncSleepRecorder, serve: Serve, service: Service
) -> None:
    """Throttled twice: two sleeps within the 1 s throttling backoff, then the answer."""
    throttled = error_reply(service, 400, "ThrottlingException", "Rate exceeded")
    server = serve(throttled, throttled, ok_reply(service, "let-through"))
    result = await call(client(asession, service, server.url, asleeps), service, "let-through")
    assert service.ident_parsed(result) == "let-through"
    assert len(server.requests) == 3
    assert len(asleeps.delays) == 2
    assert all(0 <= d <= 1.0 * 2**n for n, d in enumerate(asleeps.delays))


@services
async def test_retry_after_header_is_honoured(
    asession: emrk.AsyncSession, asleeps: AsyncSleepRecorder, serve: Serve, service: Service
) -> None:
    throttled = error_reply(service, 429, "ThrottlingException")
    throttled = Reply(
        status=429, headers={**throttled.headers, "x-amz-retry-after": "1500"}, body=throttled.body
    )
    server = serve(throttled, ok_reply(service))
    await call(client(asession, service, server.url, asleeps), service)
    assert asleeps.delays == [pytest.approx(1.5)]
    assert len(server.requests) == 2


@services
async def test_tls_verification_is_on_by_default(
    asession: emrk.AsyncSession, serve_tls: Any, service: Service
) -> None:
    server, _ca_bundle = serve_tls(ok_reply(service))
    with pytest.raises(emrk.TransportError) as info:
        await call(client(asession, service, server.url, retries={"max_attempts": 1}), service)
    cause = assert_transport_error(info)
    assert isinstance(cause, aiohttp.ClientSSLError)


@services
async def test_tls_with_the_servers_ca_bundle(
    asession: emrk.AsyncSession, serve_tls: Any, service: Service
) -> None:
    server, ca_bundle = serve_tls(ok_reply(service, "over-tls"))
    result = await call(
        client(asession, service, server.url, verify=ca_bundle), service, "over-tls"
    )
    assert service.ident_parsed(result) == "over-tls"
    assert server.url.startswith("https://")


async def test_tls_bundle_from_aws_ca_bundle(
    asession: emrk.AsyncSession, serve_tls: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = SERVICES[1]
    server, ca_bundle = serve_tls(ok_reply(service, "env-bundle"))
    monkeypatch.setenv("AWS_CA_BUNDLE", ca_bundle)
    result = await call(client(asession, service, server.url), service, "env-bundle")
    assert service.ident_parsed(result) == "env-bundle"


async def test_tls_verification_can_be_turned_off(
    asession: emrk.AsyncSession, serve_tls: Any
) -> None:
    service = SERVICES[3]
    server, _ca_bundle = serve_tls(ok_reply(service, "unverified"))
    result = await call(client(asession, service, server.url, verify=False), service, "unverified")
    assert service.ident_parsed(result) == "unverified"


async def test_an_unreadable_ca_bundle_is_a_parameter_error(asession: emrk.AsyncSession) -> None:
    service = SERVICES[1]
    broken = client(asession, service, "https://127.0.0.1:9", verify="/no/such/bundle.pem")
    with pytest.raises(emrk.ParamValidationError) as info:
        await call(broken, service)
    assert info.value.param == "verify"


@services
async def test_no_secret_in_a_transport_error(service: Service) -> None:
    """Keys, a session token and a proxy password never show in the error or its cause."""
    session = emrk.AsyncSession("AKIDCANARYKEY0000001", FAKE_SECRET, SESSION_TOKEN, "us-east-1")
    proxy = f"http://user:pr0xy-Pa55w0rd@127.0.0.1:{refused_port()}"
    leaky = client(
        session,
        service,
        "http://127.0.0.1:9",
        proxies={"http": proxy},
        retries={"max_attempts": 1},
    )
    with pytest.raises(emrk.TransportError) as info:
        await call(leaky, service)
    assert_transport_error(info)
    chain: BaseException | None = info.value
    while chain is not None:
        for text in (str(chain), repr(chain)):
            assert "pr0xy-Pa55w0rd" not in text
            assert FAKE_SECRET not in text and SESSION_TOKEN not in text
        chain = chain.__cause__ or chain.__context__
