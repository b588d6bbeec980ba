"""Fuzzing: whatever comes back, every operation raises only emrk's own errors.

For every operation of every service (walked from the ``operations``
modules, called through the client method with minimal valid arguments built
from the request model's plan), hypothesis feeds answers with random status
codes and headers and either JSON values (shape-aware for the operation's
output, or anything) or arbitrary bytes. The contract checked:

* a 2xx gives the output model, or :class:`emrk.ResponseParseError`;
* anything else gives a :class:`emrk.ServiceError` carrying that status;
* a 204 or 304 with a body (which HTTP forbids) is a
  :class:`emrk.TransportError`;
* nothing else escapes: no ``KeyError``, ``TypeError``, ``ValueError``,
  ``JSONDecodeError``, cattrs or ``requests`` exception; ``repr`` and ``str``
  of whatever comes out work.

``responses`` answers in-process, so thousands of cases run in seconds. The
``ci`` profile (default) runs 15 cases per operation and body kind; run
``pytest tests/reliability --hypothesis-profile=long`` for 600.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import requests
import responses
from hypothesis import given

import emrk
from emrk.core.client import BaseClient
from emrk.core.operation import Operation
from tests.reliability._fuzz import FUZZ_CASES, answer_headers, byte_answer, json_answer, statuses
from tests.reliability._services import Arguments, Service, all_operations, method_name

ENDPOINT = "https://fuzz.test"
_NO_CONTENT = (204, 304)
CASES = [pytest.param(s, op, id=f"{s.package}.{op.name}") for s, op in all_operations()]


class _Answer:
    """The answer the mock sends next; each hypothesis example replaces it."""

    status = 200
    headers: dict[str, str] = {}
    body = b"{}"

    def __call__(self, _request: requests.PreparedRequest) -> tuple[int, dict[str, str], bytes]:
        return self.status, self.headers, self.body


@pytest.fixture
def answer() -> Iterator[_Answer]:
    """Route every request to ``https://fuzz.test`` to one mutable answer."""
    current = _Answer()
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        for method in ("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD"):
            mock.add_callback(method, re.compile(re.escape(ENDPOINT) + ".*"), callback=current)
        yield current


def _caller(session: emrk.Session, service: Service, op: Operation[Any, Any]) -> Callable[[], Any]:
    # Two attempts, so a retryable answer also goes through the retry decision
    # (retry-after headers, modeled retry members); backoff is never slept.
    client: BaseClient = service.client(session, ENDPOINT, retries={"max_attempts": 2})
    method = getattr(client, method_name(op))
    kwargs = Arguments().for_operation(op)
    return lambda: method(**kwargs)


def _check(call: Callable[[], Any], op: Operation[Any, Any], status: int, body: bytes) -> None:
    try:
        result = call()
    except emrk.TransportError as error:
        # A 204 or 304 must not have a body; urllib3 refuses the framing.
        assert status in _NO_CONTENT and body, f"a {status} answer raised {error!r}"
    except emrk.ServiceError as error:
        assert status >= 300, f"a {status} answer raised {error!r}"
        assert error.status_code == status
        assert repr(error) and str(error)
    except emrk.ResponseParseError as error:
        assert status < 300, f"a {status} answer raised {error!r}"
        assert error.status_code == status
        assert str(error)
    else:
        assert status < 300, f"a {status} answer parsed"
        assert isinstance(result, op.output)
        assert repr(result)


def _codes(service: Service) -> list[str]:
    errors = __import__(f"emrk.{service.package}.errors", fromlist=["ERRORS"])
    return sorted(errors.ERRORS)


@pytest.mark.parametrize(("service", "op"), CASES)
def test_any_json_answer_raises_only_emrk_errors(
    session: emrk.Session, answer: _Answer, service: Service, op: Operation[Any, Any]
) -> None:
    call = _caller(session, service, op)

    @given(status=statuses, headers=answer_headers(_codes(service)), body=json_answer(op.output))
    def run(status: int, headers: dict[str, str], body: bytes) -> None:
        FUZZ_CASES["json"] = FUZZ_CASES.get("json", 0) + 1
        answer.status, answer.headers, answer.body = status, headers, body
        _check(call, op, status, body)

    run()


@pytest.mark.parametrize(("service", "op"), CASES)
def test_any_byte_answer_raises_only_emrk_errors(
    session: emrk.Session, answer: _Answer, service: Service, op: Operation[Any, Any]
) -> None:
    call = _caller(session, service, op)

    @given(status=statuses, headers=answer_headers(_codes(service)), body=byte_answer(op.output))
    def run(status: int, headers: dict[str, str], body: bytes) -> None:
        FUZZ_CASES["bytes"] = FUZZ_CASES.get("bytes", 0) + 1
        answer.status, answer.headers, answer.body = status, headers, body
        _check(call, op, status, body)

    run()


def test_every_service_is_fuzzed() -> None:
    """The walk reaches every operation of the five services."""
    seen = {(s.package, op.name) for s, op in all_operations()}
    per_service = {p: sum(1 for s, _ in seen if s == p) for p, _ in seen}
    assert set(per_service) == {"emr_containers", "eks", "eks_auth", "pcs", "emr"}
    assert per_service["eks_auth"] == 1 and per_service["emr"] == 1
    assert len(seen) >= 100
