"""The async clients send the sync clients' bytes and make the same of every answer.

For every operation of every service in botocore's models (116 with the
pinned botocore) and several generated inputs per operation, the sync client
and its async twin each call the operation through a recording transport
(``transport=``, the seam both drive) that gives both the same canned
:class:`~emrk.core.http.RawResponse`. Then:

* the requests are identical: method, URL (path and query), every header
  except ``X-Amz-Date``, ``Authorization`` and ``amz-sdk-invocation-id``,
  and the body bytes; an idempotency token a client generated is the one
  thing allowed to differ, and only where the token travels;
* the answers parse to equal models with equal response metadata, or raise
  the same error class with the same code, message, status, request id and
  modeled members.

Each variant walks every operation in one test and counts them, so an
operation missing from an async client fails as loudly as a wrong byte.
:func:`test_the_sockets_see_the_same_requests` then checks the same thing one
level down: what the real ``RequestsTransport`` and ``AiohttpTransport`` put
on a socket (``Host``, ``Content-Length``, ``Accept-Encoding`` included).
"""

from __future__ import annotations

import json
import socketserver
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from botocore.model import OperationModel

import emrk
from emrk.core.http import HttpRequest, RawResponse
from tests.conformance._botocore_model import (
    INPUT_VARIANTS,
    OUTPUT_VARIANTS,
    SERVICES,
    InputVariant,
    OutputVariant,
    Service,
    all_operations,
    emrk_kwargs,
    generate_body,
    generate_params,
    method_name,
)
from tests.core._server import Seen, _Handler
from tests.reliability._server import FaultServer

from ._helpers import async_client_class, ok
from ._pairs import (
    KEY_ID,
    PER_CALL_HEADERS,
    REGION,
    SECRET,
    Outcome,
    Pair,
    assert_same_outcome,
    assert_same_request,
)

#: The operations in botocore's models for emrk's services, as pinned by constraints.txt.
BOTOCORE_OPERATIONS = 116
_REQUIRED = next(v for v in INPUT_VARIANTS if v.name == "required")


@attrs.define
class Walk:
    """Counts what a walk covered and collects every mismatch (so one run shows them all)."""

    operations: int = 0
    pairs: int = 0
    failures: list[str] = attrs.field(factory=list)

    def check(self, label: str, compare: Callable[..., None], *args: Any) -> None:
        self.pairs += 1
        try:
            compare(*args)
        except AssertionError as exc:
            self.failures.append(f"{label}: {exc}")

    def assert_complete(self) -> None:
        shown = "\n".join(self.failures[:20])
        assert not self.failures, f"{len(self.failures)} of {self.pairs} differ:\n{shown}"
        assert self.operations == len(all_operations()) == BOTOCORE_OPERATIONS


def kwargs_for(service: Service, op: OperationModel, variant: InputVariant) -> dict[str, Any]:
    params = generate_params(op, variant)
    return emrk_kwargs(service, op.input_shape, params, variant.enums_as_str)  # type: ignore[no-any-return]


# -- requests: every operation, every input variant ---------------------------------


@pytest.mark.parametrize("variant", INPUT_VARIANTS, ids=lambda v: v.name)
async def test_every_operation_sends_the_same_request(variant: InputVariant) -> None:
    walk = Walk()
    for service in SERVICES:
        pair = Pair(service)
        for operation in service.operation_names:
            op = service.operation(operation)
            theirs, ours = await pair.call(operation, kwargs_for(service, op, variant))
            walk.operations += 1
            (sync_sent,) = pair.sync_transport.requests
            (async_sent,) = pair.async_transport.requests
            label = f"{service}:{operation}"
            walk.check(label, assert_same_request, sync_sent, async_sent, variant.tokens)
            walk.check(label, assert_same_outcome, theirs, ours)
    walk.assert_complete()


# -- answers: every operation, every generated response body ------------------------


@pytest.mark.parametrize("variant", OUTPUT_VARIANTS, ids=lambda v: v.name)
async def test_every_answer_parses_to_equal_models(variant: OutputVariant) -> None:
    walk = Walk()
    for service in SERVICES:
        pair = Pair(service)
        for operation in service.operation_names:
            op = service.operation(operation)
            body = json.dumps(generate_body(op.output_shape, variant)).encode()
            answer = ok(body, **{"Content-Type": "application/json"})
            theirs, ours = await pair.call(operation, kwargs_for(service, op, _REQUIRED), answer)
            walk.operations += 1
            walk.check(f"{service}:{operation}", _parsed, theirs, ours)
    walk.assert_complete()


def _parsed(theirs: Outcome, ours: Outcome) -> None:
    assert theirs.error is None, f"sync raised {theirs.error!r}"
    assert_same_outcome(theirs, ours)


# -- errors: every modeled error of every operation, and answers nobody models ------


def error_answer(service: Service, code: str, status: int, members: dict[str, Any]) -> RawResponse:
    """An error as the service's protocol writes it (rest-json: the code in a header)."""
    if service.protocol == "rest-json":
        body = members
        return ok(json.dumps(body).encode(), status, **{"x-amzn-ErrorType": code})
    body = {"__type": f"com.amazonaws.example#{code}", **members}
    return ok(json.dumps(body).encode(), status)


def error_answers(service: Service, op: OperationModel) -> list[tuple[str, RawResponse]]:
    """Each modeled error of ``op`` with every member set, plus four unmodeled answers."""
    answers = []
    for shape in op.error_shapes:
        code = shape.metadata.get("error", {}).get("code", shape.name)
        status = int(shape.metadata.get("error", {}).get("httpStatusCode", 400))
        members = generate_body(shape, OutputVariant("error"))
        answers.append((shape.name, error_answer(service, code, status, members)))
    answers += [
        ("unknown-code", error_answer(service, "SomeBrandNewException", 418, {"message": "new"})),
        ("html-502", ok(b"<html><body>Bad Gateway</body></html>", 502)),
        ("empty-503", ok(b"", 503)),
        ("unreadable-200", ok(b'{"not json', 200)),
    ]
    return answers


async def test_every_error_raises_the_same_class() -> None:
    walk = Walk()
    modeled = 0
    for service in SERVICES:
        pair = Pair(service)
        for operation in service.operation_names:
            op = service.operation(operation)
            kwargs = kwargs_for(service, op, _REQUIRED)
            for label, answer in error_answers(service, op):
                theirs, ours = await pair.call(operation, kwargs, answer)
                assert theirs.error is not None, f"{service}:{operation}:{label} did not fail"
                walk.check(f"{service}:{operation}:{label}", assert_same_outcome, theirs, ours)
            modeled += len(op.error_shapes)
            walk.operations += 1
    walk.assert_complete()
    assert modeled > 3 * BOTOCORE_OPERATIONS  # every operation models a few errors


async def test_retries_resend_the_same_request() -> None:
    """A 503 then a 200: both clients send two attempts, byte for byte alike, and sleep once."""
    walk = Walk()
    for service in SERVICES:
        pair = Pair(service, max_attempts=3)
        for operation in service.operation_names:
            op = service.operation(operation)
            busy = ok(b"", 503)
            theirs, ours = await pair.call(operation, kwargs_for(service, op, _REQUIRED), busy)
            walk.operations += 1
            sync_sent, async_sent = pair.sync_transport.requests, pair.async_transport.requests
            label = f"{service}:{operation}"
            walk.check(label, _retried, pair, theirs, ours, sync_sent, async_sent)
            pair.sync_sleeps.delays.clear()
            pair.async_sleeps.delays.clear()
    walk.assert_complete()


def _retried(
    pair: Pair,
    theirs: Outcome,
    ours: Outcome,
    sync_sent: list[HttpRequest],
    async_sent: list[HttpRequest],
) -> None:
    assert len(sync_sent) == len(async_sent) == 2
    for first, second in zip(sync_sent, async_sent, strict=True):
        assert_same_request(first, second, tokens_given=False)
    for sent in (sync_sent, async_sent):
        assert (sent[0].url, sent[0].body) == (sent[1].url, sent[1].body)  # the same token
        assert sent[1].headers["amz-sdk-request"] == "attempt=2; max=3"
        assert sent[0].headers["amz-sdk-invocation-id"] == sent[1].headers["amz-sdk-invocation-id"]
    assert_same_outcome(theirs, ours)
    assert ours.result.response_metadata.retry_attempts == 1
    assert len(pair.sync_sleeps.delays) == len(pair.async_sleeps.delays) == 1


def test_the_walk_covers_every_operation_of_botocores_models() -> None:
    """116 with the pinned botocore; a new botocore with more operations fails here first."""
    counted = sum(len(s.model.operation_names) for s in SERVICES if s.only is None)
    counted += sum(len(s.only) for s in SERVICES if s.only is not None)
    assert len(all_operations()) == counted == BOTOCORE_OPERATIONS


# -- on the socket: the real transports agree ---------------------------------------


class _RawHandler(_Handler):
    """The scripted handler, also keeping each request's header lines as they arrived."""

    def _read_request(self, connection: int) -> Seen | None:
        try:
            line = self.rfile.readline(65537)
        except (OSError, ValueError):
            return None
        if not line.strip():
            return None
        method, target, version = line.decode("latin-1").rstrip("\r\n").split(" ", 2)
        pairs: list[tuple[str, str]] = []
        while True:
            raw = self.rfile.readline(65537).decode("latin-1").rstrip("\r\n")
            if not raw:
                break
            name, _, value = raw.partition(":")
            pairs.append((name.strip(), value.strip()))
        length = int(next((v for k, v in pairs if k.lower() == "content-length"), 0))
        body = self.rfile.read(length) if length else b""
        server: Any = self.server.script
        server.lines.append((version, pairs))
        return Seen(method, target, dict(pairs), body, connection)


class RawServer(FaultServer):
    def __init__(self) -> None:
        super().__init__()
        self.lines: list[tuple[str, list[tuple[str, str]]]] = []
        handler: type[socketserver.BaseRequestHandler] = _RawHandler
        self._server.RequestHandlerClass = handler


def _wire_headers(pairs: list[tuple[str, str]]) -> dict[str, str]:
    names = [name.lower() for name, _ in pairs]
    assert len(names) == len(set(names)), f"a header sent twice: {sorted(names)}"
    return {name.lower(): value for name, value in pairs if name.lower() not in PER_CALL_HEADERS}


async def test_the_sockets_see_the_same_requests() -> None:
    """Every operation once from each client over real HTTP: same request line, headers, body."""
    walk = Walk()
    with RawServer() as server:
        for service in SERVICES:
            sync = service.client_class(
                session=emrk.Session(KEY_ID, SECRET, region_name=REGION),
                endpoint_url=server.url,
                config=emrk.Config(retries={"max_attempts": 1}),
            )
            async with async_client_class(service.client_class)(
                session=emrk.AsyncSession(KEY_ID, SECRET, region_name=REGION),
                endpoint_url=server.url,
                config=emrk.Config(retries={"max_attempts": 1}),
            ) as async_client:
                for operation in service.operation_names:
                    op = service.operation(operation)
                    kwargs = kwargs_for(
                        service, op, INPUT_VARIANTS[0]
                    )  # every member, tokens given
                    method = method_name(operation)
                    getattr(sync, method)(**kwargs)
                    await getattr(async_client, method)(**kwargs)
                    walk.operations += 1
                    (theirs, ours) = server.requests[-2:]
                    (their_lines, our_lines) = server.lines[-2:]
                    label = f"{service}:{operation}"
                    walk.check(label, _same_on_the_wire, theirs, ours, their_lines, our_lines)
            sync.close()
    walk.assert_complete()
    assert len(server.requests) == 2 * BOTOCORE_OPERATIONS


def _same_on_the_wire(
    theirs: Seen,
    ours: Seen,
    their_lines: tuple[str, list[tuple[str, str]]],
    our_lines: tuple[str, list[tuple[str, str]]],
) -> None:
    assert (ours.method, ours.target, ours.body) == (theirs.method, theirs.target, theirs.body)
    assert our_lines[0] == their_lines[0] == "HTTP/1.1"
    sent, expected = _wire_headers(our_lines[1]), _wire_headers(their_lines[1])
    assert sent == expected
    assert {"host", "accept-encoding", "user-agent"} <= set(sent)
    if ours.body or ours.method not in ("GET", "HEAD"):
        assert sent["content-length"] == str(len(ours.body))
    else:
        assert "content-length" not in sent
