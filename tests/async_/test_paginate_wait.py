"""Every paginator and waiter of every async client behaves exactly as its sync twin.

Driven by botocore's own paginator and waiter configs (as in
``tests/conformance/test_paginators_waiters.py``), each sync/async pair gets
the same scripted answers through recording transports:

* paginators: ``async for`` items and ``.pages()`` equal the sync ones, with
  the same requests (the second carrying the first page's token); a
  ``max_items`` that stops mid-page gives the same ``resume_token`` on both,
  and a new paginator started from it continues identically;
* waiters: one answer per acceptor (plus an unknown state and an unexpected
  error) reaches the same state, returns the same response or raises the
  same :class:`emrk.WaiterError`; polling until success sleeps the same
  delays through the injected sleep; running out of attempts fails alike.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest

import emrk
from emrk.core.paginate import AsyncPaginator, Paginator
from emrk.core.wait import WaiterAttempt
from tests.conformance._botocore_model import (
    INPUT_VARIANTS,
    SERVICES,
    Service,
    attr_name,
    emrk_kwargs,
    generate_params,
    method_name,
)
from tests.conformance.test_paginators_waiters import _pages, _probes

from ._helpers import async_client_class, ok
from ._pairs import Pair, assert_same_request

_REQUIRED = next(v for v in INPUT_VARIANTS if v.name == "required")
PAGINATORS = [pytest.param(s, op, id=f"{s}:{op}") for s in SERVICES for op in sorted(s.paginators)]
WAITERS = [pytest.param(s, w, id=f"{s}:{w}") for s in SERVICES for w in sorted(s.waiters)]


def _kwargs(service: Service, operation: str, drop: str | None = None) -> dict[str, Any]:
    op = service.operation(operation)
    kwargs = emrk_kwargs(service, op.input_shape, generate_params(op, _REQUIRED), False)
    if drop is not None:
        kwargs.pop(attr_name(drop), None)
    return kwargs  # type: ignore[no-any-return]


async def _collect(iterator: AsyncIterator[Any]) -> list[Any]:
    return [item async for item in iterator]


def _same_requests(pair: Pair) -> None:
    sync, async_ = pair.sync_transport.requests, pair.async_transport.requests
    assert len(sync) == len(async_)
    for theirs, ours in zip(sync, async_, strict=True):
        assert_same_request(theirs, ours, tokens_given=True)


# -- paginators ------------------------------------------------------------------


def test_every_paginator_is_walked() -> None:
    assert len(PAGINATORS) == sum(len(s.paginators) for s in SERVICES) >= 20


@pytest.mark.parametrize(("service", "operation"), PAGINATORS)
async def test_paginator_items_and_pages(service: Service, operation: str) -> None:
    config = service.paginators[operation]
    pages = [ok(body) for body in _pages(service, operation)]
    kwargs = _kwargs(service, operation, drop=config["input_token"])
    pair = Pair(service)
    method = f"paginate_{method_name(operation)}"
    sync_paginator = getattr(pair.sync, method)(**kwargs)
    async_paginator = getattr(pair.async_, method)(**kwargs)
    assert isinstance(sync_paginator, Paginator)
    assert isinstance(async_paginator, AsyncPaginator)

    pair.answer_with(*pages)
    items = list(sync_paginator)
    async_items = await _collect(async_paginator.__aiter__())
    assert async_items == items and len(items) == 3
    _same_requests(pair)
    assert len(pair.async_transport.requests) == 2

    pair.answer_with(*pages)
    sync_pages = list(sync_paginator.pages())  # a paginator iterates again from the start
    async_pages = await _collect(async_paginator.pages())
    assert async_pages == sync_pages and len(sync_pages) == 2
    _same_requests(pair)


@pytest.mark.parametrize(("service", "operation"), PAGINATORS)
async def test_max_items_and_resume_tokens(service: Service, operation: str) -> None:
    """Stop after one item (mid-page), then resume from the token: the same on both sides."""
    config = service.paginators[operation]
    pages = [ok(body) for body in _pages(service, operation)]
    kwargs = _kwargs(service, operation, drop=config["input_token"])
    pair = Pair(service)
    method = f"paginate_{method_name(operation)}"

    pair.answer_with(pages[0])
    head = getattr(pair.sync, method)(**kwargs, max_items=1)
    async_head = getattr(pair.async_, method)(**kwargs, max_items=1)
    assert async_head.resume_token is None and head.resume_token is None  # nothing read yet
    first = list(head)
    assert await _collect(async_head.__aiter__()) == first and len(first) == 1
    assert async_head.resume_token == head.resume_token is not None
    _same_requests(pair)

    pair.answer_with(*pages)
    rest = getattr(pair.sync, method)(**kwargs, starting_token=head.resume_token)
    async_rest = getattr(pair.async_, method)(**kwargs, starting_token=async_head.resume_token)
    remaining = list(rest.pages())
    assert await _collect(async_rest.pages()) == remaining
    assert sum(len(getattr(p, attr_name(config["result_key"])) or []) for p in remaining) == 2
    assert async_rest.resume_token == rest.resume_token is None  # the listing is exhausted
    _same_requests(pair)


async def test_a_paginator_stopped_early_resumes_where_it_stopped() -> None:
    """Breaking out of ``async for`` leaves a resume token, as breaking out of ``for`` does."""
    service = next(s for s in SERVICES if s.name == "eks")
    pages = [ok(body) for body in _pages(service, "ListClusters")]
    pair = Pair(service)
    pair.answer_with(*pages)
    sync_paginator = pair.sync.paginate_list_clusters()
    for n, _name in enumerate(sync_paginator):
        if n == 1:
            break
    async_paginator = pair.async_.paginate_list_clusters()
    n = 0
    async for _name in async_paginator:
        if n == 1:
            break
        n += 1
    assert async_paginator.resume_token == sync_paginator.resume_token is not None


# -- waiters ---------------------------------------------------------------------


def test_every_waiter_is_walked() -> None:
    assert len(WAITERS) == sum(len(s.waiters) for s in SERVICES) >= 9


async def _wait_both(
    pair: Pair, waiter: str, kwargs: dict[str, Any], **options: Any
) -> tuple[tuple[Any, list[WaiterAttempt]], tuple[Any, list[WaiterAttempt]]]:
    method = f"wait_until_{method_name(waiter)}"
    sync_seen: list[WaiterAttempt] = []
    async_seen: list[WaiterAttempt] = []
    try:
        theirs: Any = getattr(pair.sync, method)(**kwargs, on_attempt=sync_seen.append, **options)
    except emrk.WaiterError as exc:
        theirs = exc
    try:
        ours: Any = await getattr(pair.async_, method)(
            **kwargs, on_attempt=async_seen.append, **options
        )
    except emrk.WaiterError as exc:
        ours = exc
    return (theirs, sync_seen), (ours, async_seen)


def _same_end(theirs: Any, ours: Any) -> None:
    assert type(ours) is type(theirs)
    if isinstance(theirs, emrk.WaiterError):
        assert (ours.name, ours.reason, ours.attempts) == (
            theirs.name,
            theirs.reason,
            theirs.attempts,
        )
        assert str(ours) == str(theirs)
        assert ours.last_response == theirs.last_response
        assert type(ours.last_error) is type(theirs.last_error)
    else:
        assert ours == theirs


def _same_attempts(theirs: list[WaiterAttempt], ours: list[WaiterAttempt]) -> None:
    assert [(a.waiter, a.attempt, a.max_attempts, a.state, a.response) for a in ours] == [
        (a.waiter, a.attempt, a.max_attempts, a.state, a.response) for a in theirs
    ]
    assert [type(a.error) for a in ours] == [type(a.error) for a in theirs]


@pytest.mark.parametrize(("service", "waiter"), WAITERS)
async def test_waiter_reaches_the_same_state(service: Service, waiter: str) -> None:
    config = service.waiters[waiter]
    kwargs = _kwargs(service, config["operation"])
    pair = Pair(service)
    probes = _probes(service, config)
    for _label, reply in probes:
        pair.answer_with(ok(reply.body, reply.status))
        (theirs, sync_seen), (ours, async_seen) = await _wait_both(
            pair, waiter, kwargs, delay=0, max_attempts=1
        )
        _same_end(theirs, ours)
        _same_attempts(sync_seen, async_seen)
        _same_requests(pair)
    states = {a.state for a in async_seen}
    assert states <= {"success", "failure", "retry", None}


@pytest.mark.parametrize(("service", "waiter"), WAITERS)
async def test_waiter_polls_with_the_injected_sleep(service: Service, waiter: str) -> None:
    """Two unmatched answers then success: two pauses of ``delay``, on both sides."""
    config = service.waiters[waiter]
    kwargs = _kwargs(service, config["operation"])
    pair = Pair(service)
    probes = dict(_probes(service, config))
    retry = probes.get("unknown state")
    if retry is None:
        pytest.skip("every answer this waiter can get matches an acceptor")
    success = None
    for reply in probes.values():
        pair.answer_with(ok(reply.body, reply.status))
        (_theirs, seen), _ = await _wait_both(pair, waiter, kwargs, delay=0, max_attempts=1)
        if seen[0].state == "success":
            success = reply
            break
    assert success is not None, "no answer makes this waiter succeed"
    answers = [ok(retry.body), ok(retry.body), ok(success.body, success.status)]
    pair.answer_with(*answers)
    (theirs, sync_seen), (ours, async_seen) = await _wait_both(pair, waiter, kwargs, delay=7)
    _same_end(theirs, ours)
    _same_attempts(sync_seen, async_seen)
    assert [a.state for a in async_seen] == [None, None, "success"]
    assert pair.async_sleeps.delays == pair.sync_sleeps.delays == [7, 7]
    _same_requests(pair)

    pair.answer_with(*[ok(retry.body)] * 3)
    (theirs, _), (ours, _) = await _wait_both(pair, waiter, kwargs, delay=2, max_attempts=3)
    _same_end(theirs, ours)
    assert isinstance(ours, emrk.WaiterError) and ours.reason == "max attempts exceeded"
    assert ours.attempts == 3
    assert pair.async_sleeps.delays == pair.sync_sleeps.delays == [2, 2]


async def test_a_waiter_waits_the_default_delay() -> None:
    """Without ``delay=``, the waiter's own default pause goes to the injected sleep."""
    service = next(s for s in SERVICES if s.name == "eks")
    pair = Pair(service)
    creating = ok(json.dumps({"cluster": {"status": "CREATING"}}).encode())
    active = ok(json.dumps({"cluster": {"status": "ACTIVE"}}).encode())
    pair.answer_with(creating, active)
    response = await pair.async_.wait_until_cluster_active(name="prod")
    assert response.cluster is not None and response.cluster.status == "ACTIVE"
    assert pair.async_sleeps.delays == [30]


# -- the async twin has every method, with the same arguments -----------------------


@pytest.mark.parametrize("service", SERVICES, ids=str)
def test_every_method_has_an_async_twin_with_the_same_arguments(service: Service) -> None:
    """Operations and waiters become coroutines, paginators stay plain, arguments are identical."""
    sync_cls = service.client_class
    async_cls = async_client_class(sync_cls)
    names = [n for n in dir(sync_cls) if not n.startswith("_") and callable(getattr(sync_cls, n))]
    assert [n for n in dir(async_cls) if not n.startswith("_")] == sorted(
        n for n in dir(sync_cls) if not n.startswith("_")
    )
    operations = {method_name(op) for op in service.operation_names}
    for name in names:
        theirs = inspect.signature(getattr(sync_cls, name))
        ours = inspect.signature(getattr(async_cls, name))
        assert [(p.name, p.kind, p.default) for p in ours.parameters.values()] == [
            (p.name, p.kind, p.default) for p in theirs.parameters.values()
        ], name
        coroutine = inspect.iscoroutinefunction(getattr(async_cls, name))
        if name in operations or name.startswith("wait_until_") or name == "close":
            assert coroutine, name
        if name.startswith("paginate_"):
            assert not coroutine, name
