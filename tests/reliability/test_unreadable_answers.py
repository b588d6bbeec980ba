"""Answers emrk cannot read, from a real local server, for every service.

A 2xx whose body is cut short, HTML (a proxy's page), a JSON array, string or
number instead of an object, or has members of the wrong JSON type raises
:class:`emrk.ResponseParseError` with the status and request id, and is not
retried. An error status with such a body raises the service's base
:class:`emrk.ServiceError` with status and request id (the code is the
status, as botocore's parsers fall back to it). Never ``KeyError``,
``TypeError``, ``ValueError``, ``JSONDecodeError`` or a cattrs exception:
``pytest.raises`` below names the exact class expected.

An empty 2xx body reads as ``{}`` (every member ``None``), as botocore reads it.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

import emrk
from emrk.core.model import plan_of
from tests.reliability._server import Reply
from tests.reliability._services import REQUEST_ID, SERVICE_IDS, SERVICES, Service
from tests.reliability.conftest import Serve

services = pytest.mark.parametrize("service", SERVICES, ids=SERVICE_IDS)
HTML = b"<html><head><title>502 Bad Gateway</title></head><body><h1>nginx</h1></body></html>"


def _reply(status: int, body: bytes, content_type: str = "application/json") -> Reply:
    return Reply(
        status=status,
        headers={"Content-Type": content_type, "x-amzn-RequestId": REQUEST_ID},
        body=body,
    )


def _wrong_type(service: Service) -> bytes:
    """The service's good answer with the identifier member sent as a number."""
    return json.dumps(service.answer("IDENT")).replace('"IDENT"', "12345").encode()


def _truncated(service: Service) -> bytes:
    whole = json.dumps(service.answer("ident-1")).encode()
    return whole[: len(whole) // 2]


UNREADABLE_2XX: dict[str, Callable[[Service], bytes]] = {
    "truncated": _truncated,
    "html": lambda _s: HTML,
    "array": lambda _s: b'[{"id": "x"}]',
    "string": lambda _s: b'"a string"',
    "number": lambda _s: b"42",
    "null": lambda _s: b"null",
    "wrong-member-type": _wrong_type,
    "not-utf8": lambda _s: b"\xff\xfe\xfd{",
}


@services
@pytest.mark.parametrize("kind", list(UNREADABLE_2XX))
def test_unreadable_2xx_raises_response_parse_error(
    session: emrk.Session, serve: Serve, service: Service, kind: str
) -> None:
    body = UNREADABLE_2XX[kind](service)
    server = serve(_reply(200, body, "text/html" if kind == "html" else "application/json"))
    with pytest.raises(emrk.ResponseParseError) as info:
        service.call(service.client(session, server.url))
    assert len(server.requests) == 1  # not retried: the answer will not improve
    error = info.value
    assert (error.status_code, error.request_id) == (200, REQUEST_ID)
    assert error.__cause__ is None  # no JSONDecodeError or cattrs error chained


@services
def test_a_wrong_member_type_names_the_member(
    session: emrk.Session, serve: Serve, service: Service
) -> None:
    server = serve(_reply(200, _wrong_type(service)))
    with pytest.raises(emrk.ResponseParseError) as info:
        service.call(service.client(session, server.url))
    assert "expected a string, got number" in info.value.reason
    assert "." in info.value.reason  # Response.member.path


@services
def test_an_empty_2xx_body_is_an_empty_response(
    session: emrk.Session, serve: Serve, service: Service
) -> None:
    server = serve(_reply(200, b""))
    result = service.call(service.client(session, server.url))
    assert all(getattr(result, f.name) is None for f in plan_of(type(result)).fields)
    assert result.response_metadata.request_id == REQUEST_ID


UNREADABLE_ERRORS = {
    "html": HTML,
    "empty": b"",
    "truncated": b'{"message": "half',
    "array": b'["ValidationException"]',
    "string": b'"ValidationException"',
    "not-utf8": b"\xff\xfe",
}


@services
@pytest.mark.parametrize("status", [400, 404, 500, 502])
@pytest.mark.parametrize("kind", list(UNREADABLE_ERRORS))
def test_unreadable_error_bodies_raise_the_service_error(
    session: emrk.Session, serve: Serve, service: Service, status: int, kind: str
) -> None:
    server = serve(_reply(status, UNREADABLE_ERRORS[kind]))
    client = service.client(session, server.url, retries={"max_attempts": 1})
    with pytest.raises(service.base_error) as info:
        service.call(client)
    error = info.value
    assert type(error) is service.base_error
    assert (error.status_code, error.request_id, error.code) == (status, REQUEST_ID, str(status))
    assert error.__cause__ is None


@services
def test_a_proxys_502_page_is_retried_then_raised(
    session: emrk.Session, serve: Serve, service: Service
) -> None:
    server = serve(_reply(502, HTML, "text/html"))
    with pytest.raises(service.base_error) as info:
        service.call(service.client(session, server.url))
    assert len(server.requests) == 3
    assert info.value.status_code == 502
    assert "Bad Gateway" in str(info.value)
