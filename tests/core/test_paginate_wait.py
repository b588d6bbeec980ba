"""Paginators (lazy, loop-proof) and waiters (acceptors, errors, pacing), end to end."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import responses

import emrk
from emrk.core.errors import ServiceError
from emrk.core.wait import Acceptor, WaiterAttempt, WaiterSpec, run_waiter, wait_for
from tests.core._fake_service import (
    ENDPOINT,
    THING_ACTIVE,
    FakeClient,
    NotFoundException,
    ThingState,
    ValidationException,
)

THINGS_URL = f"{ENDPOINT}/things"
THING_URL = f"{ENDPOINT}/things/t1"


def _client(session: emrk.Session, sleeps: list[float] | None = None) -> FakeClient:
    return FakeClient(
        session=session, sleep=sleeps.append if sleeps is not None else (lambda _s: None)
    )


def _page(things: list[str] | None, token: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {}
    if things is not None:
        body["things"] = things
    if token is not None:
        body["nextToken"] = token
    return {"json": body}


def _tokens_sent() -> list[str | None]:
    sent = []
    for call in responses.calls:
        query = parse_qs(urlsplit(str(call.request.url)).query)
        sent.append(query.get("nextToken", [None])[0])
    return sent


# -- paginators --------------------------------------------------------------


@responses.activate
def test_iteration_is_lazy_one_request_per_page(session: emrk.Session) -> None:
    responses.add(responses.GET, THINGS_URL, **_page(["a", "b"], "t1"))
    responses.add(responses.GET, THINGS_URL, **_page(["c"], "t2"))
    responses.add(responses.GET, THINGS_URL, **_page(["d"]))
    paginator = _client(session).paginate_list_things(max_results=2)
    assert len(responses.calls) == 0  # creating it sends nothing
    items = iter(paginator)
    assert len(responses.calls) == 0  # nor does starting to iterate
    assert next(items) == "a"
    assert len(responses.calls) == 1
    assert next(items) == "b"
    assert len(responses.calls) == 1  # page 1 still has items: no request
    assert next(items) == "c"
    assert len(responses.calls) == 2
    assert list(items) == ["d"]
    assert len(responses.calls) == 3
    assert _tokens_sent() == [None, "t1", "t2"]
    for call in responses.calls:
        assert parse_qs(urlsplit(str(call.request.url)).query)["maxResults"] == ["2"]


@responses.activate
def test_pages_yields_response_models(session: emrk.Session) -> None:
    responses.add(responses.GET, THINGS_URL, **_page(["a"], "t1"))
    responses.add(responses.GET, THINGS_URL, **_page(["b"]))
    pages = list(_client(session).paginate_list_things().pages())
    assert [p.things for p in pages] == [["a"], ["b"]]
    assert [p.next_token for p in pages] == ["t1", None]
    assert all(p.response_metadata is not None for p in pages)


@responses.activate
@pytest.mark.parametrize("last_token", [None, ""])
def test_stops_when_the_token_is_missing_or_empty(
    session: emrk.Session, last_token: str | None
) -> None:
    responses.add(responses.GET, THINGS_URL, **_page(["a"], "t1"))
    responses.add(responses.GET, THINGS_URL, **_page(["b"], last_token))
    assert list(_client(session).paginate_list_things()) == ["a", "b"]
    assert len(responses.calls) == 2


@responses.activate
def test_a_repeated_token_raises_instead_of_looping(session: emrk.Session) -> None:
    responses.add(responses.GET, THINGS_URL, **_page(["a"], "t1"))
    responses.add(responses.GET, THINGS_URL, **_page(["b"], "t2"))
    responses.add(responses.GET, THINGS_URL, **_page(["c"], "t1"))
    responses.add(responses.GET, THINGS_URL, **_page(["never"]))
    seen: list[str] = []
    with pytest.raises(emrk.ResponseParseError, match="pagination token"):
        for item in _client(session).paginate_list_things():
            seen.append(item)
    assert seen == ["a", "b", "c"]
    assert len(responses.calls) == 3


@responses.activate
def test_a_token_repeated_at_once_raises(session: emrk.Session) -> None:
    responses.add(responses.GET, THINGS_URL, **_page(["a"], "same"))
    responses.add(responses.GET, THINGS_URL, **_page(["b"], "same"))
    with pytest.raises(emrk.ResponseParseError):
        list(_client(session).paginate_list_things().pages())
    assert len(responses.calls) == 2


@responses.activate
def test_empty_pages_are_skipped_over(session: emrk.Session) -> None:
    responses.add(responses.GET, THINGS_URL, **_page([], "t1"))
    responses.add(responses.GET, THINGS_URL, **_page(None, "t2"))
    responses.add(responses.GET, THINGS_URL, **_page(["a"], "t3"))
    responses.add(responses.GET, THINGS_URL, **_page([]))
    assert list(_client(session).paginate_list_things()) == ["a"]
    assert len(responses.calls) == 4


@responses.activate
def test_an_empty_listing(session: emrk.Session) -> None:
    responses.add(responses.GET, THINGS_URL, **_page(None))
    assert list(_client(session).paginate_list_things()) == []
    assert len(list(_client(session).paginate_list_things().pages())) == 1


@responses.activate
def test_each_iteration_starts_over(session: emrk.Session) -> None:
    for _ in range(2):
        responses.add(responses.GET, THINGS_URL, **_page(["a"], "t1"))
        responses.add(responses.GET, THINGS_URL, **_page(["b"]))
    paginator = _client(session).paginate_list_things()
    assert list(paginator) == ["a", "b"]
    assert list(paginator) == ["a", "b"]
    assert _tokens_sent() == [None, "t1", None, "t1"]


@responses.activate
def test_an_error_on_a_later_page_is_raised_typed(session: emrk.Session) -> None:
    responses.add(responses.GET, THINGS_URL, **_page(["a"], "t1"))
    responses.add(
        responses.GET,
        THINGS_URL,
        status=400,
        json={"message": "bad token"},
        headers={"x-amzn-ErrorType": "ValidationException"},
    )
    items = iter(_client(session).paginate_list_things())
    assert next(items) == "a"
    with pytest.raises(ValidationException, match="bad token"):
        next(items)


def test_paginator_with_a_starting_token() -> None:
    fetched: list[str | None] = []

    def fetch(token: str | None) -> dict[str, Any]:
        fetched.append(token)
        return {"items": [token], "next": None}

    paginator: emrk.Paginator[dict[str, Any], Any] = emrk.Paginator(
        fetch, lambda p: p["items"], lambda p: p["next"], starting_token="resume-here"
    )
    assert list(paginator) == ["resume-here"]
    assert fetched == ["resume-here"]


# -- waiters -----------------------------------------------------------------


def _state(state: str) -> dict[str, Any]:
    return {"json": {"state": state}}


def _not_found() -> dict[str, Any]:
    return {
        "status": 404,
        "json": {"message": "no such thing"},
        "headers": {"x-amzn-ErrorType": "NotFoundException"},
    }


@responses.activate
def test_waiter_success_after_retries(session: emrk.Session) -> None:
    for state in ("CREATING", "CREATING", "ACTIVE"):
        responses.add(responses.GET, THING_URL, **_state(state))
    sleeps: list[float] = []
    result = _client(session, sleeps).wait_until_thing_active(name="t1")
    assert result.state is ThingState.ACTIVE
    assert len(responses.calls) == 3
    assert sleeps == [THING_ACTIVE.delay, THING_ACTIVE.delay]


@responses.activate
def test_waiter_failure_state(session: emrk.Session) -> None:
    responses.add(responses.GET, THING_URL, **_state("CREATING"))
    responses.add(responses.GET, THING_URL, **_state("FAILED"))
    with pytest.raises(emrk.WaiterError) as info:
        _client(session).wait_until_thing_active(name="t1")
    error = info.value
    assert error.reason == "the thing failed"
    assert error.attempts == 2
    assert error.last_response.state is ThingState.FAILED
    assert error.last_error is None
    assert "ThingActive" in str(error)


@responses.activate
def test_waiter_retries_on_a_matched_error(session: emrk.Session) -> None:
    responses.add(responses.GET, THING_URL, **_not_found())
    responses.add(responses.GET, THING_URL, **_state("ACTIVE"))
    result = _client(session).wait_until_thing_active(name="t1", delay=0)
    assert result.state is ThingState.ACTIVE


@responses.activate
def test_waiter_unexpected_error(session: emrk.Session) -> None:
    responses.add(responses.GET, THING_URL, **_state("CREATING"))
    responses.add(
        responses.GET,
        THING_URL,
        status=400,
        json={"message": "nope"},
        headers={"x-amzn-ErrorType": "ValidationException"},
    )
    with pytest.raises(emrk.WaiterError) as info:
        _client(session).wait_until_thing_active(name="t1", delay=0)
    error = info.value
    assert isinstance(error.last_error, ValidationException)
    assert error.__cause__ is error.last_error
    assert error.last_response.state is ThingState.CREATING
    assert error.attempts == 2


@responses.activate
def test_waiter_runs_out_of_attempts(session: emrk.Session) -> None:
    responses.add(responses.GET, THING_URL, **_state("CREATING"))
    sleeps: list[float] = []
    with pytest.raises(emrk.WaiterError, match="max attempts") as info:
        _client(session, sleeps).wait_until_thing_active(name="t1", max_attempts=3, delay=0)
    assert info.value.attempts == 3
    assert info.value.last_response.state is ThingState.CREATING
    assert len(responses.calls) == 3
    assert sleeps == [0, 0]  # no sleep after the last attempt


@responses.activate
def test_waiter_keeps_polling_an_unknown_state(session: emrk.Session) -> None:
    """A state this client does not know yet matches no acceptor: poll again."""
    responses.add(responses.GET, THING_URL, **_state("UPGRADING_SOMEHOW"))
    responses.add(responses.GET, THING_URL, **_state("ACTIVE"))
    assert _client(session).wait_until_thing_active(name="t1", delay=0).state == "ACTIVE"


@responses.activate
def test_waiter_on_attempt_callback(session: emrk.Session) -> None:
    responses.add(responses.GET, THING_URL, **_not_found())
    responses.add(responses.GET, THING_URL, **_state("CREATING"))
    responses.add(responses.GET, THING_URL, **_state("ACTIVE"))
    seen: list[WaiterAttempt] = []
    _client(session).wait_until_thing_active(name="t1", delay=0, on_attempt=seen.append)
    assert [a.attempt for a in seen] == [1, 2, 3]
    assert [a.state for a in seen] == ["retry", None, "success"]
    assert {a.waiter for a in seen} == {"ThingActive"}
    assert {a.max_attempts for a in seen} == {THING_ACTIVE.max_attempts}
    assert isinstance(seen[0].error, NotFoundException) and seen[0].response is None
    assert seen[2].response.state is ThingState.ACTIVE and seen[2].error is None


@responses.activate
def test_waiter_delay_and_attempt_overrides(session: emrk.Session) -> None:
    responses.add(responses.GET, THING_URL, **_state("CREATING"))
    sleeps: list[float] = []
    with pytest.raises(emrk.WaiterError):
        _client(session, sleeps).wait_until_thing_active(name="t1", delay=1.5, max_attempts=2)
    assert sleeps == [1.5]
    assert len(responses.calls) == 2


@responses.activate
@pytest.mark.parametrize("attempts", [0, -1])
def test_waiter_rejects_fewer_than_one_attempt(session: emrk.Session, attempts: int) -> None:
    with pytest.raises(emrk.ParamValidationError) as info:
        _client(session).wait_until_thing_active(name="t1", max_attempts=attempts)
    assert info.value.param == "max_attempts"
    assert len(responses.calls) == 0


def test_success_on_error_returns_none_and_wait_for_rejects_it() -> None:
    spec: WaiterSpec[Any] = WaiterSpec(
        name="ThingGone", delay=0, max_attempts=2, acceptors=(Acceptor("success", error="Gone"),)
    )

    def call() -> Any:
        raise ServiceError("gone", code="Gone")

    assert run_waiter(spec, call, sleep=lambda _s: None) is None
    with pytest.raises(emrk.WaiterError, match="without a response"):
        wait_for(spec, call, sleep=lambda _s: None)


def test_an_acceptor_that_cannot_read_the_response_does_not_match() -> None:
    spec: WaiterSpec[Any] = WaiterSpec(
        name="Odd",
        delay=0,
        max_attempts=1,
        acceptors=(
            Acceptor("failure", lambda r: r.missing.attribute == "x"),
            Acceptor("success", lambda r: r["ok"]),
        ),
    )
    assert wait_for(spec, lambda: {"ok": True}, sleep=lambda _s: None) == {"ok": True}


def test_error_acceptor_matches_class_name_too() -> None:
    spec: WaiterSpec[Any] = WaiterSpec(
        name="ByClass",
        delay=0,
        max_attempts=3,
        acceptors=(
            Acceptor("retry", error="NotFoundException"),
            Acceptor("success", lambda r: r == "done"),
        ),
    )
    answers: list[Any] = [NotFoundException("x", code="SomethingElse"), "done"]

    def call() -> Any:
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    assert wait_for(spec, call, sleep=lambda _s: None) == "done"


def test_waiter_error_carries_the_last_error_after_exhaustion() -> None:
    spec: WaiterSpec[Any] = WaiterSpec(
        name="Flappy", delay=0, max_attempts=2, acceptors=(Acceptor("retry", error="Busy"),)
    )

    def call() -> Any:
        raise ServiceError(json.dumps({"why": "busy"}), code="Busy")

    with pytest.raises(emrk.WaiterError) as info:
        wait_for(spec, call, sleep=lambda _s: None)
    assert isinstance(info.value.last_error, ServiceError)
    assert info.value.last_error.code == "Busy"
    assert info.value.last_response is None
