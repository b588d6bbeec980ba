"""Idempotency tokens: one per call, the same on every retry of that call.

Every operation with an idempotency-token member (``clientToken``,
``clientRequestToken``; walked from the models, so a new one is covered
automatically) is answered 503, 503, then 200: all three attempts carry the
same token, a UUID4 when the caller gave none, the caller's own otherwise.
That is what makes a retried create safe: the service sees one request sent
three times, not three requests. botocore fills tokens the same way (once per
call, before the retry loop).

On the real local server the retries include a reset connection, so the
token also survives a retry after a transport error.
"""

from __future__ import annotations

import json
import re
import uuid
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
import responses

import emrk
from emrk.core.model import plan_of
from emrk.core.operation import Operation
from tests.reliability._server import Reply, Seen
from tests.reliability._services import (
    Arguments,
    Service,
    all_operations,
    has_token,
    method_name,
)
from tests.reliability.conftest import Serve

ENDPOINT = "https://tokens.test"
WITH_TOKENS = [(s, op) for s, op in all_operations() if has_token(op)]
TOKEN_OPS = [pytest.param(s, op, id=f"{s.package}.{op.name}") for s, op in WITH_TOKENS]


def _token_member(op: Operation[Any, Any]) -> tuple[str, str, str]:
    """(attribute, wire name, location) of the operation's token member."""
    f = next(f for f in plan_of(op.input).fields if f.spec.idempotency_token)
    return f.name, f.spec.wire, f.spec.location


def _sent_token(op: Operation[Any, Any], target: str, body: bytes | str | None) -> str:
    _name, wire, location = _token_member(op)
    if location == "querystring":
        return parse_qs(urlsplit(target).query)[wire][0]
    assert body, "the token travels in the body"
    return str(json.loads(body)[wire])


def _three_attempts(service: Service, op: Operation[Any, Any], **extra: Any) -> list[str]:
    """Call ``op`` against 503, 503, 200 and return the token each attempt carried."""
    answers = [503, 503, 200]
    tokens: list[str] = []

    def answer(request: requests.PreparedRequest) -> tuple[int, dict[str, str], str]:
        tokens.append(_sent_token(op, request.url or "", request.body))
        status = answers.pop(0)
        return status, {"x-amzn-RequestId": "r"}, "{}" if status == 200 else '{"message": "busy"}'

    session = emrk.Session(aws_access_key_id="AKIDTOKENS", aws_secret_access_key="s3cr3t")
    client = service.client(session, ENDPOINT)
    kwargs = {**Arguments().for_operation(op), **extra}
    with responses.RequestsMock() as mock:
        mock.add_callback(op.http_method, re.compile(re.escape(ENDPOINT) + ".*"), callback=answer)
        getattr(client, method_name(op))(**kwargs)
    return tokens


def test_the_walk_finds_token_operations_in_each_service_that_has_them() -> None:
    assert {s.package for s, _op in WITH_TOKENS} == {"emr_containers", "eks", "pcs"}
    assert len(WITH_TOKENS) >= 25


@pytest.mark.parametrize(("service", "op"), TOKEN_OPS)
def test_a_generated_token_is_the_same_on_every_attempt(
    service: Service, op: Operation[Any, Any]
) -> None:
    tokens = _three_attempts(service, op)
    assert len(tokens) == 3
    assert len(set(tokens)) == 1
    assert uuid.UUID(tokens[0]).version == 4


@pytest.mark.parametrize(("service", "op"), TOKEN_OPS)
def test_a_given_token_is_sent_unchanged_on_every_attempt(
    service: Service, op: Operation[Any, Any]
) -> None:
    name, _wire, _location = _token_member(op)
    tokens = _three_attempts(service, op, **{name: "my-own-token-0001"})
    assert tokens == ["my-own-token-0001"] * 3


@pytest.mark.parametrize(("service", "op"), TOKEN_OPS[:1] + TOKEN_OPS[-1:])
def test_each_call_gets_its_own_token(service: Service, op: Operation[Any, Any]) -> None:
    first, second = _three_attempts(service, op)[0], _three_attempts(service, op)[0]
    assert first != second


#: One creating operation per service that has tokens, for the real-server test.
CREATE_OPS = {"emr_containers": "StartJobRun", "eks": "CreateCluster", "pcs": "CreateCluster"}


@pytest.mark.parametrize(
    ("service", "op"),
    [
        pytest.param(s, op, id=f"{s.package}.{op.name}")
        for s, op in WITH_TOKENS
        if CREATE_OPS.get(s.package) == op.name
    ],
)
def test_the_token_survives_a_reset_connection_and_a_500(
    session: emrk.Session, serve: Serve, service: Service, op: Operation[Any, Any]
) -> None:
    server = serve(
        Reply(action="reset"),
        Reply(status=500, body=b'{"message": "oops"}'),
        Reply(status=200, body=b"{}"),
    )
    client = service.client(session, server.url)
    getattr(client, method_name(op))(**Arguments().for_operation(op))
    seen: list[Seen] = server.requests
    tokens = [_sent_token(op, s.target, s.body) for s in seen]
    assert len(tokens) == 3 and len(set(tokens)) == 1
    attempts = [s.headers.get("amz-sdk-request", "") for s in seen]
    assert [a.split(";")[0] for a in attempts] == ["attempt=1", "attempt=2", "attempt=3"]
    assert len({s.headers.get("amz-sdk-invocation-id") for s in seen}) == 1
