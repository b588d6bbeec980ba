"""Event hooks on every wire protocol, sync and async.

Each scenario runs on the three protocols (rest-json: EKS, awsJson 1.0: PCS,
awsJson 1.1: EMR) and both drivers, through a scripted transport that keeps
every request as it was sent: signed, with whatever the hooks added.
"""

from __future__ import annotations

import asyncio
import json
import warnings
from collections.abc import Awaitable
from typing import Any
from urllib.parse import urlsplit

import pytest
import responses

import emrk
from emrk.core.hooks import ResponseInfo
from emrk.core.http import HttpRequest
from tests.core._server import Reply, ScriptedServer
from tests.observability._scripted import (
    PROTOCOL_IDS,
    PROTOCOLS,
    Answer,
    Protocol,
    SyncTransport,
    not_found,
    run,
    session,
    sync_client,
    throttled,
)
from tests.observability.conftest import Make


class HookFailed(Exception):
    """A hook's own exception: must reach the caller as it is."""


def _config(**hooks: list[Any]) -> emrk.Config:
    return emrk.Config(event_hooks=hooks)  # type: ignore[arg-type]


# -- request hooks ----------------------------------------------------------------


async def test_a_header_added_by_a_request_hook_is_sent_and_signed(
    make: Make, protocol: Protocol
) -> None:
    def add_header(operation: str, request: HttpRequest) -> None:
        request.headers["x-team"] = "data-platform"

    client, script = make(Answer(body=protocol.ok), config=_config(request=[add_header]))
    await run(protocol.call(client))
    (sent,) = script.sent
    assert sent.headers["x-team"] == "data-platform"
    assert "x-team" in sent.signed_headers


async def test_a_request_hook_sees_the_operation_and_the_unsigned_request(
    make: Make, protocol: Protocol
) -> None:
    seen: list[tuple[str, str, str, dict[str, str], Any]] = []

    def look(operation: str, request: HttpRequest) -> None:
        seen.append(
            (operation, request.method, request.url, dict(request.headers), request.context)
        )

    client, script = make(Answer(body=protocol.ok), config=_config(request=[look]))
    await run(protocol.call(client))
    ((operation, method, url, headers, context),) = seen
    assert operation == protocol.operation
    assert method == protocol.method
    assert url == script.sent[0].url
    assert urlsplit(url).path == protocol.path
    assert not {"authorization", "x-amz-security-token", "x-amz-date"} & {
        h.lower() for h in headers
    }
    assert context.service == protocol.service
    assert context.operation == protocol.operation
    assert context.attempt == 1


async def test_request_hooks_run_again_on_each_retry_with_fresh_headers(
    make: Make, protocol: Protocol
) -> None:
    attempts: list[int] = []

    def stamp(operation: str, request: HttpRequest) -> None:
        assert "x-attempt" not in request.headers  # a retry starts from the call's own headers
        assert request.context is not None
        attempts.append(request.context.attempt)
        request.headers["x-attempt"] = str(request.context.attempt)

    client, script = make(throttled(), Answer(body=protocol.ok), config=_config(request=[stamp]))
    await run(protocol.call(client))
    assert attempts == [1, 2]
    assert [s.headers["x-attempt"] for s in script.sent] == ["1", "2"]
    assert all("x-attempt" in s.signed_headers for s in script.sent)


async def test_request_hooks_run_in_order(make: Make, protocol: Protocol) -> None:
    def first(operation: str, request: HttpRequest) -> None:
        request.headers["x-order"] = "first"

    def second(operation: str, request: HttpRequest) -> None:
        request.headers["x-order"] += ",second"

    client, script = make(Answer(body=protocol.ok), config=_config(request=[first, second]))
    await run(protocol.call(client))
    assert script.sent[0].headers["x-order"] == "first,second"


async def test_a_raising_request_hook_aborts_the_call_with_its_exception_and_sends_nothing(
    make: Make, protocol: Protocol
) -> None:
    error = HookFailed("no calls on Sundays")

    def refuse(operation: str, request: HttpRequest) -> None:
        raise error

    client, script = make(Answer(body=protocol.ok), config=_config(request=[refuse]))
    with pytest.raises(HookFailed) as caught:
        await run(protocol.call(client))
    assert caught.value is error
    assert script.sent == []


async def test_an_emrk_error_raised_by_a_hook_is_not_retried(
    make: Make, protocol: Protocol
) -> None:
    """Even an exception the retry loop knows (TransportError) is the hook's: no retry."""
    error = emrk.TransportError("raised by a hook")
    calls: list[str] = []

    def refuse(operation: str, request: HttpRequest) -> None:
        calls.append(operation)
        raise error

    client, script = make(Answer(body=protocol.ok), config=_config(request=[refuse]))
    with pytest.raises(emrk.TransportError) as caught:
        await run(protocol.call(client))
    assert caught.value is error
    assert calls == [protocol.operation]
    assert script.sent == []


# -- response hooks ---------------------------------------------------------------


async def test_response_hooks_see_every_attempt_including_retried_ones(
    make: Make, protocol: Protocol
) -> None:
    seen: list[tuple[str, ResponseInfo]] = []

    def record(operation: str, info: ResponseInfo) -> None:
        seen.append((operation, info))

    client, _ = make(
        throttled(),
        Answer(body=protocol.ok, headers={"x-amzn-RequestId": "final-id", "x-custom": "yes"}),
        config=_config(response=[record]),
    )
    await run(protocol.call(client))
    assert [op for op, _ in seen] == [protocol.operation] * 2
    first, second = (info for _, info in seen)
    assert (first.service, first.operation) == (protocol.service, protocol.operation)
    assert (first.attempt, first.status_code, first.request_id) == (1, 400, "req-1")
    assert (second.attempt, second.status_code, second.request_id) == (2, 200, "final-id")
    assert second.headers["x-custom"] == "yes"
    assert all(info.elapsed_seconds >= 0 for _, info in seen)


async def test_response_hooks_see_a_final_error_answer(make: Make, protocol: Protocol) -> None:
    statuses: list[int] = []

    def record(operation: str, info: ResponseInfo) -> None:
        statuses.append(info.status_code)

    client, _ = make(not_found(), config=_config(response=[record]))
    with pytest.raises(emrk.ServiceError):
        await run(protocol.call(client))
    assert statuses == [404]


async def test_a_response_hook_cannot_change_the_answer_headers(
    make: Make, protocol: Protocol
) -> None:
    def tamper(operation: str, info: ResponseInfo) -> None:
        info.headers["x-amzn-RequestId"] = "forged"  # type: ignore[index]

    client, _ = make(Answer(body=protocol.ok), config=_config(response=[tamper]))
    with pytest.raises(TypeError):
        await run(protocol.call(client))


async def test_a_raising_response_hook_aborts_the_call_without_retrying(
    make: Make, protocol: Protocol
) -> None:
    error = HookFailed("stop here")

    def refuse(operation: str, info: ResponseInfo) -> None:
        raise error

    client, script = make(throttled(), Answer(body=protocol.ok), config=_config(response=[refuse]))
    with pytest.raises(HookFailed) as caught:
        await run(protocol.call(client))
    assert caught.value is error
    assert len(script.sent) == 1  # the retryable answer was not retried


async def test_no_hooks_sends_exactly_what_it_sent_before(make: Make, protocol: Protocol) -> None:
    """Empty hook lists change nothing on the wire."""
    plain, plain_script = make(Answer(body=protocol.ok))
    hooked, hooked_script = make(Answer(body=protocol.ok), config=_config(request=[], response=[]))
    await run(protocol.call(plain))
    await run(protocol.call(hooked))
    volatile = {"authorization", "x-amz-date", "amz-sdk-invocation-id"}

    def stable(headers: dict[str, str]) -> dict[str, str]:
        return {k: v for k, v in headers.items() if k.lower() not in volatile}

    assert stable(plain_script.sent[0].headers) == stable(hooked_script.sent[0].headers)


# -- async hooks -------------------------------------------------------------------


@pytest.mark.parametrize("driver", ["async"])
async def test_async_clients_await_coroutine_hooks_in_order(make: Make, protocol: Protocol) -> None:
    events: list[str] = []

    async def fetch_tag(operation: str, request: HttpRequest) -> None:
        await asyncio.sleep(0)
        request.headers["x-tag"] = "from-a-coroutine"
        events.append("async request hook")

    def check_tag(operation: str, request: HttpRequest) -> None:
        events.append(f"sync request hook saw {request.headers.get('x-tag')}")

    async def on_response(operation: str, info: ResponseInfo) -> None:
        await asyncio.sleep(0)
        events.append(f"async response hook {info.status_code}")

    client, script = make(
        Answer(body=protocol.ok),
        config=_config(request=[fetch_tag, check_tag], response=[on_response]),
    )
    await run(protocol.call(client))
    assert events == [
        "async request hook",
        "sync request hook saw from-a-coroutine",
        "async response hook 200",
    ]
    assert "x-tag" in script.sent[0].signed_headers


@pytest.mark.parametrize("driver", ["async"])
async def test_a_raising_coroutine_hook_aborts_an_async_call(
    make: Make, protocol: Protocol
) -> None:
    error = HookFailed("async refusal")

    async def refuse(operation: str, request: HttpRequest) -> None:
        await asyncio.sleep(0)
        raise error

    client, script = make(Answer(body=protocol.ok), config=_config(request=[refuse]))
    with pytest.raises(HookFailed) as caught:
        await run(protocol.call(client))
    assert caught.value is error
    assert script.sent == []


@pytest.mark.parametrize("protocol", PROTOCOLS, ids=PROTOCOL_IDS)
def test_sync_clients_refuse_coroutine_hooks_when_built(protocol: Protocol) -> None:
    async def hook(operation: str, request: HttpRequest) -> None:
        return None

    with pytest.raises(emrk.ParamValidationError) as caught:
        sync_client(protocol, SyncTransport(), _config(request=[hook]))
    assert caught.value.param == "event_hooks.request[0]"
    assert "coroutine" in caught.value.problem


def test_sync_clients_refuse_coroutine_callable_objects_too() -> None:
    class Hook:
        async def __call__(self, operation: str, info: ResponseInfo) -> None:
            return None

    with pytest.raises(emrk.ParamValidationError, match=r"event_hooks\.response\[0\]"):
        sync_client(PROTOCOLS[0], SyncTransport(), _config(response=[Hook()]))


def test_a_sync_hook_returning_an_awaitable_fails_cleanly_and_sends_nothing() -> None:
    """A function that hides a coroutine is caught at the call; no "never awaited" warning."""

    async def later() -> None:
        return None

    def sneaky(operation: str, request: HttpRequest) -> Awaitable[None]:
        return later()

    protocol = PROTOCOLS[0]
    script = SyncTransport(Answer(body=protocol.ok))
    client = sync_client(protocol, script, _config(request=[sneaky]))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(TypeError, match="cannot await"):
            protocol.call(client)
    assert script.sent == []


# -- the real transports -------------------------------------------------------------


@responses.activate
def test_a_hook_header_reaches_the_wire_through_requests() -> None:
    """The default ``requests`` transport sends the hook's header, signed."""
    responses.add(
        responses.GET,
        "https://eks.us-west-2.amazonaws.com/clusters/prod",
        json={"cluster": {"name": "prod"}},
    )

    def add_header(operation: str, request: HttpRequest) -> None:
        request.headers["x-team"] = "data-platform"

    eks = session().eks(config=emrk.Config(event_hooks={"request": [add_header]}))
    eks.describe_cluster(name="prod")
    (call,) = responses.calls
    assert call.request.headers["x-team"] == "data-platform"
    assert "x-team" in str(call.request.headers["Authorization"])


@pytest.mark.parametrize("protocol", PROTOCOLS, ids=PROTOCOL_IDS)
async def test_hooks_on_the_real_transports_of_both_clients(
    protocol: Protocol, driver: str
) -> None:
    """requests and aiohttp send the hook's header, signed; the response hook sees the answer."""
    seen: list[ResponseInfo] = []

    def add_header(operation: str, request: HttpRequest) -> None:
        request.headers["x-team"] = "data-platform"

    def record(operation: str, info: ResponseInfo) -> None:
        seen.append(info)

    reply = Reply(
        headers={"Content-Type": "application/json", "x-amzn-RequestId": "wire-1"},
        body=json.dumps(protocol.ok).encode(),
    )
    config = emrk.Config(event_hooks={"request": [add_header], "response": [record]})
    with ScriptedServer([reply]) as server:
        if driver == "sync":
            with protocol.sync_client(
                session=session(), endpoint_url=server.url, config=config
            ) as client:
                protocol.call(client)
        else:
            async with protocol.async_client(  # type: ignore[call-arg]
                session=session(), endpoint_url=server.url, config=config
            ) as client:
                await protocol.call(client)
    (request,) = server.requests
    headers = {k.lower(): v for k, v in request.headers.items()}
    assert headers["x-team"] == "data-platform"
    assert "x-team" in headers["authorization"]
    (info,) = seen
    assert (info.status_code, info.request_id, info.headers["X-AMZN-REQUESTID"]) == (
        200,
        "wire-1",
        "wire-1",
    )


# -- Config -------------------------------------------------------------------------


def _hook(operation: str, request: HttpRequest) -> None:
    return None


def _on_response(operation: str, info: ResponseInfo) -> None:
    return None


@pytest.mark.parametrize(
    ("event_hooks", "param", "problem"),
    [
        ({"requests": [_hook]}, "event_hooks", "unknown events ['requests']"),
        ({"request": _hook}, "event_hooks.request", "must be a list of functions"),
        ({"request": "_hook"}, "event_hooks.request", "must be a list of functions"),
        ({"request": 3}, "event_hooks.request", "must be a list of functions"),
        ({"response": [_on_response, "not callable"]}, "event_hooks.response[1]", "callable"),
        ([_hook], "event_hooks", "expected a dict"),
    ],
)
def test_config_resolve_refuses_bad_event_hooks(event_hooks: Any, param: str, problem: str) -> None:
    with pytest.raises(emrk.ParamValidationError) as caught:
        emrk.Config(event_hooks=event_hooks).resolve()
    assert caught.value.param == param
    assert problem in caught.value.problem


def test_config_resolve_keeps_hooks_in_order() -> None:
    resolved = emrk.Config(
        event_hooks={"request": [_hook, _hook], "response": (_on_response,)}
    ).resolve()
    assert resolved.request_hooks == (_hook, _hook)
    assert resolved.response_hooks == (_on_response,)
    assert emrk.Config().resolve().request_hooks == ()


def test_config_repr_names_the_hooks() -> None:
    class Timer:
        def __call__(self, operation: str, info: ResponseInfo) -> None:
            return None

    config = emrk.Config(event_hooks={"request": [_hook], "response": [Timer()]})
    text = repr(config)
    assert "event_hooks={'request': [_hook], 'response': [<" in text
    assert "Timer object>]}" in text
    assert " at 0x" not in text
    assert "request_hooks=[_hook]" in repr(config.resolve())
