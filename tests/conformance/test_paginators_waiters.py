"""Paginators and waiters behave as botocore's, driven by botocore's own configs.

A paginator is run on both SDKs against the same two canned pages: both must
send the same requests (the second carrying the first page's token) and
yield the same items. A waiter is probed with one answer per acceptor (a
response whose watched path holds the expected value, or the error it waits
for) plus answers no acceptor matches; emrk's waiter must reach the state
botocore's first matching acceptor names, and poll with the request botocore
would send.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from botocore.model import Shape, StructureShape
from botocore.waiter import SingleWaiterConfig

import emrk
from emrk.core.wait import WaiterAttempt

from ._botocore_model import (
    INPUT_VARIANTS,
    SERVICES,
    UNKNOWN_ENUM_VALUE,
    OutputVariant,
    Reply,
    RequestView,
    Service,
    attr_name,
    botocore_capture,
    emrk_client,
    emrk_kwargs,
    emrk_to_botocore,
    generate_body,
    generate_params,
    intercept,
    method_name,
    wire_name,
)
from .test_errors import botocore_error, error_status
from .test_responses import botocore_parse, expected_view

_ALL = next(v for v in INPUT_VARIANTS if v.name == "all")
_REQUIRED = next(v for v in INPUT_VARIANTS if v.name == "required")
_NEXT_TOKEN = "page 2/token+é=="

PAGINATORS = [pytest.param(s, op, id=f"{s}:{op}") for s in SERVICES for op in sorted(s.paginators)]
WAITERS = [pytest.param(s, w, id=f"{s}:{w}") for s in SERVICES for w in sorted(s.waiters)]


# -- paginators -----------------------------------------------------------------


def _pages(service: Service, operation: str) -> list[bytes]:
    """Two pages: the first with a next token, the second without."""
    config = service.paginators[operation]
    output = service.operation(operation).output_shape
    token_wire = wire_name(config["output_token"], output.members[config["output_token"]])
    first = generate_body(output, OutputVariant("page-1", size=2))
    second = generate_body(output, OutputVariant("page-2", pick=-1, size=1))
    first[token_wire] = _NEXT_TOKEN
    second.pop(token_wire, None)
    return [json.dumps(first).encode(), json.dumps(second).encode()]


@pytest.mark.parametrize(("service", "operation"), PAGINATORS)
def test_paginator_matches_botocore(service: Service, operation: str) -> None:
    config = service.paginators[operation]
    op = service.operation(operation)
    params = generate_params(op, _ALL)
    params.pop(config["input_token"], None)
    pages = _pages(service, operation)

    capture = botocore_capture(service.name)
    capture.requests.clear()
    capture.replies.clear()
    capture.replies.extend(Reply(200, body) for body in pages)
    botocore_pages = list(capture.client.get_paginator(method_name(operation)).paginate(**params))
    botocore_requests = list(capture.requests)

    kwargs = emrk_kwargs(service, op.input_shape, params, enums_as_str=False)
    paginate = getattr(emrk_client(service), f"paginate_{method_name(operation)}")
    with intercept(*(Reply(200, body) for body in pages)) as exchange:
        items = list(paginate(**kwargs))

    assert len(exchange.requests) == len(botocore_requests) == 2
    for ours, theirs in zip(exchange.requests, botocore_requests, strict=True):
        assert RequestView.sent_by_emrk(ours) == RequestView.sent_by_botocore(theirs)

    result = op.output_shape.members[config["result_key"]]
    expected = [
        expected_view(result.member, item)
        for page in botocore_pages
        for item in page[config["result_key"]]
    ]
    assert [emrk_to_botocore(result.member, item) for item in items] == expected


@pytest.mark.parametrize(("service", "operation"), PAGINATORS)
def test_paginator_pages_are_responses(service: Service, operation: str) -> None:
    config = service.paginators[operation]
    op = service.operation(operation)
    kwargs = emrk_kwargs(service, op.input_shape, generate_params(op, _REQUIRED), False)
    kwargs.pop(attr_name(config["input_token"]), None)
    paginate = getattr(emrk_client(service), f"paginate_{method_name(operation)}")
    with intercept(*(Reply(200, body) for body in _pages(service, operation))):
        pages = list(paginate(**kwargs).pages())
    assert [type(p).__name__ for p in pages] == [f"{operation}Response"] * 2
    token = attr_name(config["output_token"])
    assert [getattr(p, token) for p in pages] == [_NEXT_TOKEN, None]


# -- waiters --------------------------------------------------------------------


def _body_with_path(shape: StructureShape, path: str, value: str) -> dict[str, Any]:
    """A minimal response body whose JMESPath ``path`` (``a.b``, ``a[].b``) is ``value``."""
    head, _, rest = path.partition(".")
    many = head.endswith("[]")
    name = head.removesuffix("[]")
    member = shape.members[name]
    inner: Shape = member.member if many else member
    node: Any = _body_with_path(inner, rest, value) if rest else value
    return {wire_name(name, member): [node] if many else node}


def _probes(service: Service, config: dict[str, Any]) -> list[tuple[str, Reply]]:
    """Answers to try: one per acceptor, plus an unknown state and an unknown error."""
    output = service.operation(config["operation"]).output_shape
    probes = []
    for acceptor in config["acceptors"]:
        matcher, expected = acceptor["matcher"], acceptor["expected"]
        if matcher == "error":
            shape = service.model.shape_for(expected)
            body = json.dumps({"__type": expected, "message": "probe"}).encode()
            probes.append((f"error {expected}", Reply(error_status(shape), body)))
        elif matcher in ("path", "pathAll", "pathAny"):
            body = _body_with_path(output, acceptor["argument"], expected)
            probes.append(
                (f"{acceptor['argument']}={expected}", Reply(200, json.dumps(body).encode()))
            )
        else:
            raise AssertionError(f"unsupported matcher {matcher}")
    path_acceptors = [a for a in config["acceptors"] if a["matcher"] != "error"]
    if path_acceptors:
        body = _body_with_path(output, path_acceptors[0]["argument"], UNKNOWN_ENUM_VALUE)
        probes.append(("unknown state", Reply(200, json.dumps(body).encode())))
    body = json.dumps({"__type": "SomeUnexpectedException", "message": "probe"}).encode()
    probes.append(("unexpected error", Reply(400, body)))
    return probes


def _botocore_state(service: Service, config: dict[str, Any], reply: Reply) -> str | None:
    """The state of botocore's first matching acceptor for this answer (None: no match)."""
    waiter = SingleWaiterConfig(config)
    if reply.status >= 300:
        parsed = botocore_error(service, reply.status, {}, reply.body)
    else:
        parsed = botocore_parse(service, config["operation"], reply.body)
    for acceptor in waiter.acceptors:
        if acceptor.matcher_func(parsed):
            return str(acceptor.state)
    return None


@pytest.mark.parametrize(("service", "waiter"), WAITERS)
def test_waiter_reaches_botocores_state(service: Service, waiter: str) -> None:
    config = service.waiters[waiter]
    op = service.operation(config["operation"])
    params = generate_params(op, _ALL)
    kwargs = emrk_kwargs(service, op.input_shape, params, enums_as_str=False)
    wait = getattr(emrk_client(service), f"wait_until_{method_name(waiter)}")
    polled = RequestView.sent_by_botocore(botocore_capture(service.name).call(op.name, params))

    for label, reply in _probes(service, config):
        expected = _botocore_state(service, config, reply)
        seen: list[WaiterAttempt] = []
        with intercept(reply) as exchange:
            try:
                wait(**kwargs, delay=0, max_attempts=1, on_attempt=seen.append)
                outcome = "returned"
            except emrk.WaiterError:
                outcome = "raised"
        assert [a.state for a in seen] == [expected], label
        assert outcome == ("returned" if expected == "success" else "raised"), label
        assert [RequestView.sent_by_emrk(r) for r in exchange.requests] == [polled], label


@pytest.mark.parametrize(("service", "waiter"), WAITERS)
def test_waiter_polls_until_success(service: Service, waiter: str) -> None:
    """Unmatched answers are retried (with ``delay=0``) until an acceptor succeeds."""
    config = service.waiters[waiter]
    op = service.operation(config["operation"])
    kwargs = emrk_kwargs(service, op.input_shape, generate_params(op, _REQUIRED), False)
    probes = dict(_probes(service, config))
    success = next(
        reply
        for label, reply in probes.items()
        if _botocore_state(service, config, reply) == "success"
    )
    retry = probes.get("unknown state", Reply(200, b"{}"))
    wait = getattr(emrk_client(service), f"wait_until_{method_name(waiter)}")
    with intercept(retry, retry, success) as exchange:
        wait(**kwargs, delay=0)
    assert len(exchange.requests) == 3
