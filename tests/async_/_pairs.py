"""A sync client and its async twin side by side, and how to compare what they do.

:class:`Pair` builds both clients of a service on recording transports
(``transport=``) with recorded sleeps; :func:`assert_same_request` and
:func:`assert_same_outcome` say what "the same" means: identical requests
apart from the per-call headers (``X-Amz-Date``, ``Authorization``,
``amz-sdk-invocation-id``) and a generated idempotency token's value, and
equal models or the same error class carrying the same values.
"""

from __future__ import annotations

from typing import Any

import attrs

import emrk
from emrk.core.http import HttpRequest, RawResponse
from emrk.core.model import plan_of
from tests.conformance._botocore_model import Service, is_uuid, method_name

from ._helpers import (
    AsyncCapturingTransport,
    AsyncSleepRecorder,
    CapturingTransport,
    SleepRecorder,
    async_client_class,
)

ENDPOINT = "https://wire.example.test"
REGION = "us-east-1"
KEY_ID = "AKIDWIREEQUALITY0001"
SECRET = "wire/equality/secret/not/real/00000000"
#: Headers that differ between any two calls: the signing time, the signature, the call's id.
PER_CALL_HEADERS = frozenset({"x-amz-date", "authorization", "amz-sdk-invocation-id"})


class Pair:
    """A sync client and its async twin for one service, each on a recording transport."""

    def __init__(self, service: Service, max_attempts: int = 1) -> None:
        config = emrk.Config(retries={"max_attempts": max_attempts})
        self.service = service
        self.sync_transport = CapturingTransport()
        self.async_transport = AsyncCapturingTransport()
        self.sync_sleeps = SleepRecorder()
        self.async_sleeps = AsyncSleepRecorder()
        self.sync = service.client_class(
            session=emrk.Session(KEY_ID, SECRET, region_name=REGION),
            endpoint_url=ENDPOINT,
            config=config,
            transport=self.sync_transport,
            sleep=self.sync_sleeps,
        )
        self.async_ = async_client_class(service.client_class)(
            session=emrk.AsyncSession(KEY_ID, SECRET, region_name=REGION),
            endpoint_url=ENDPOINT,
            config=config,
            transport=self.async_transport,
            sleep=self.async_sleeps,
        )

    def answer_with(self, *answers: RawResponse) -> None:
        """Forget what was sent; both clients get ``answers``, in order, from now on."""
        for transport in (self.sync_transport, self.async_transport):
            transport.requests.clear()
            transport.answers.clear()
            transport.queue(*answers)
        self.sync_sleeps.delays.clear()
        self.async_sleeps.delays.clear()

    async def call(
        self, operation: str, kwargs: dict[str, Any], *answers: RawResponse
    ) -> tuple[Outcome, Outcome]:
        """Call ``operation`` on both clients, each answered with ``answers`` in order."""
        method = method_name(operation)
        self.answer_with(*answers)
        try:
            theirs = Outcome(getattr(self.sync, method)(**kwargs), None)
        except emrk.EmrkError as exc:
            theirs = Outcome(None, exc)
        try:
            ours = Outcome(await getattr(self.async_, method)(**kwargs), None)
        except emrk.EmrkError as exc:
            ours = Outcome(None, exc)
        return theirs, ours


@attrs.frozen
class Outcome:
    result: Any
    error: emrk.EmrkError | None


def token_fields(request_model: Any) -> list[str]:
    return [f.name for f in plan_of(type(request_model)).fields if f.spec.idempotency_token]


def assert_same_request(sync: HttpRequest, async_: HttpRequest, tokens_given: bool) -> None:
    """Identical requests, apart from the per-call headers and a generated token's value."""
    assert sync.context is not None and async_.context is not None
    url, body = async_.url, async_.body
    async_input = async_.context.input
    for name in token_fields(sync.context.input):
        mine, theirs = getattr(async_input, name), getattr(sync.context.input, name)
        if tokens_given:
            assert mine == theirs, f"{name}: the given token differs"
        else:  # each call generates its own: put the sync one in its place, only there
            assert is_uuid(mine) and is_uuid(theirs) and mine != theirs, name
            assert url.count(mine) + body.count(mine.encode()) == 1, f"{name} travels once"
            url, body = url.replace(mine, theirs), body.replace(mine.encode(), theirs.encode())
            async_input = attrs.evolve(async_input, **{name: theirs})
    assert async_.method == sync.method
    assert url == sync.url
    assert body == sync.body
    assert _stable(async_.headers) == _stable(sync.headers)
    assert {h.lower() for h in async_.headers} >= PER_CALL_HEADERS
    assert {h.lower() for h in sync.headers} >= PER_CALL_HEADERS
    assert async_input == sync.context.input
    assert (async_.context.service, async_.context.operation, async_.context.attempt) == (
        sync.context.service,
        sync.context.operation,
        sync.context.attempt,
    )


def _stable(headers: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in headers.items() if k.lower() not in PER_CALL_HEADERS}


def assert_same_outcome(theirs: Outcome, ours: Outcome) -> None:
    """Equal models (and metadata), or the same error class carrying the same values."""
    if theirs.error is None:
        assert ours.error is None, f"async raised {ours.error!r}, sync returned"
        assert type(ours.result) is type(theirs.result)
        assert ours.result == theirs.result
        assert ours.result.response_metadata == theirs.result.response_metadata
        return
    assert ours.error is not None, f"sync raised {theirs.error!r}, async returned"
    assert type(ours.error) is type(theirs.error)
    assert str(ours.error) == str(theirs.error)
    assert ours.error.args == theirs.error.args
    if isinstance(theirs.error, emrk.ServiceError):
        assert isinstance(ours.error, emrk.ServiceError)
        for name in ("code", "message", "status_code", "request_id", *theirs.error.wire_members):
            assert getattr(ours.error, name) == getattr(theirs.error, name), name
    if isinstance(theirs.error, emrk.ResponseParseError):
        assert isinstance(ours.error, emrk.ResponseParseError)
        assert (ours.error.status_code, ours.error.request_id) == (
            theirs.error.status_code,
            theirs.error.request_id,
        )
