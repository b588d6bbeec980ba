"""Cancellation and closing, against a real local server.

* Cancelling a call (``task.cancel()``, ``asyncio.timeout``, ``wait_for``)
  while it waits for a slow server propagates the cancellation, closes that
  call's connection (a half-read connection never goes back to the pool)
  and leaves the client usable: a client allowed one connection still makes
  calls after several cancellations, so no cancelled call keeps its slot.
* Cancelling during a retry's backoff or a waiter's pause works the same.
* ``close()`` twice is fine; any call on a closed client (a plain call, a
  paginator, a waiter, a call in flight when the client closed) raises
  :class:`emrk.ClientClosedError`; ``async with`` closes; a closed client
  leaves no unclosed aiohttp session behind.

Nothing here measures time: the server holds its slow answers for 30 s
(far longer than any test), and each test waits for events (the server
received the request, the sleep was entered) before it cancels.
"""

from __future__ import annotations

import asyncio
import gc
import sys
import warnings
from collections.abc import Awaitable, Callable

import pytest

import emrk
from emrk.eks import AsyncEKSClient
from emrk.pcs import AsyncPCSClient
from tests.reliability._server import Reply

from ._helpers import AsyncCapturingTransport, AsyncSleepRecorder, ok
from ._servers import FaultServerPlus
from .conftest import Serve

SLOW = Reply(delay=30)
CLUSTERS = Reply(body=b'{"clusters": ["a", "b"]}')
#: A guard, not a measurement: a leaked pool slot would make the next call wait for ever.
GUARD = 10.0


async def received(server: FaultServerPlus, count: int) -> None:
    """Wait until the server has received ``count`` requests."""
    while len(server.requests) < count:
        await asyncio.sleep(0.005)


def one_connection(session: emrk.AsyncSession, url: str, **kwargs: object) -> AsyncEKSClient:
    config = emrk.Config(max_pool_connections=1, retries={"max_attempts": 1})
    return AsyncEKSClient(session=session, endpoint_url=url, config=config, **kwargs)  # type: ignore[arg-type]


async def test_task_cancel_releases_the_connection(
    asession: emrk.AsyncSession, serve: Serve
) -> None:
    server = serve(*[SLOW] * 5, CLUSTERS)
    async with one_connection(asession, server.url) as eks:
        for n in range(1, 6):
            task = asyncio.create_task(eks.list_clusters())
            await received(server, n)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
        answer = await asyncio.wait_for(eks.list_clusters(), GUARD)
    assert answer.clusters == ["a", "b"]
    assert len(server.requests) == 6
    # Each cancelled call closed its connection; the last call needed a new one.
    assert server.connections == 6


@pytest.mark.skipif(sys.version_info < (3, 11), reason="asyncio.timeout is new in 3.11")
async def test_asyncio_timeout_cancels_and_the_client_goes_on(
    asession: emrk.AsyncSession, serve: Serve
) -> None:
    server = serve(SLOW, SLOW, CLUSTERS)
    async with one_connection(asession, server.url) as eks:
        for _ in range(2):
            with pytest.raises(TimeoutError):
                async with asyncio.timeout(0.2):
                    await eks.list_clusters()
        answer = await asyncio.wait_for(eks.list_clusters(), GUARD)
    assert answer.clusters == ["a", "b"]
    assert server.connections == 3


async def test_wait_for_timeout_is_not_a_transport_error(
    asession: emrk.AsyncSession, serve: Serve
) -> None:
    """The caller's own timeout stays the caller's: asyncio's, not an emrk TransportError."""
    server = serve(SLOW, CLUSTERS)
    async with one_connection(asession, server.url) as eks:
        with pytest.raises(asyncio.TimeoutError) as info:
            await asyncio.wait_for(eks.list_clusters(), 0.2)
        assert not isinstance(info.value, emrk.EmrkError)
        assert (await asyncio.wait_for(eks.list_clusters(), GUARD)).clusters == ["a", "b"]


async def test_cancelling_some_of_many_calls_leaves_the_others_alone(
    asession: emrk.AsyncSession, serve: Serve
) -> None:
    """Ten calls share two connections; five are cancelled while queued or in flight."""

    def respond(seen: object) -> Reply:
        target = getattr(seen, "target", "")
        return SLOW if "slow" in target else Reply(body=b'{"cluster": {"name": "fast"}}')

    server = serve(respond=respond)
    config = emrk.Config(max_pool_connections=2, retries={"max_attempts": 1})
    async with AsyncEKSClient(session=asession, endpoint_url=server.url, config=config) as eks:
        slow = [asyncio.create_task(eks.describe_cluster(name=f"slow-{n}")) for n in range(5)]
        await received(server, 2)  # two slow calls hold both connections; three wait for one
        fast = [asyncio.create_task(eks.describe_cluster(name=f"fast-{n}")) for n in range(5)]
        for task in slow:
            task.cancel()
        results = await asyncio.wait_for(asyncio.gather(*fast), GUARD)
        outcomes = await asyncio.gather(*slow, return_exceptions=True)
    assert [r.cluster.name for r in results if r.cluster] == ["fast"] * 5
    assert all(isinstance(o, asyncio.CancelledError) for o in outcomes)


async def test_cancelling_during_a_retry_backoff(asession: emrk.AsyncSession, serve: Serve) -> None:
    entered = asyncio.Event()

    async def stuck(_seconds: float) -> None:
        entered.set()
        await asyncio.Event().wait()  # for ever, until cancelled

    server = serve(Reply(status=503, body=b""), CLUSTERS)
    async with AsyncEKSClient(session=asession, endpoint_url=server.url, sleep=stuck) as eks:
        task = asyncio.create_task(eks.list_clusters())
        await entered.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert (await asyncio.wait_for(eks.list_clusters(), GUARD)).clusters == ["a", "b"]
    assert len(server.requests) == 2


async def test_cancelling_a_waiter_between_polls(asession: emrk.AsyncSession) -> None:
    entered = asyncio.Event()

    async def stuck(_seconds: float) -> None:
        entered.set()
        await asyncio.Event().wait()

    transport = AsyncCapturingTransport([ok(b'{"cluster": {"status": "CREATING"}}')])
    eks = AsyncEKSClient(session=asession, transport=transport, sleep=stuck)
    async with eks:
        task = asyncio.create_task(eks.wait_until_cluster_active(name="prod"))
        await entered.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    assert len(transport.requests) == 1


# -- closing ----------------------------------------------------------------------


async def test_close_twice_is_fine(asession: emrk.AsyncSession, serve: Serve) -> None:
    server = serve(CLUSTERS)
    eks = AsyncEKSClient(session=asession, endpoint_url=server.url)
    await eks.list_clusters()
    await eks.close()
    await eks.close()


async def test_close_before_any_call_is_fine(asession: emrk.AsyncSession) -> None:
    eks = AsyncEKSClient(session=asession)
    await eks.close()
    await eks.close()


async def test_close_reaches_a_custom_transport_once(asession: emrk.AsyncSession) -> None:
    transport = AsyncCapturingTransport()
    eks = AsyncEKSClient(session=asession, transport=transport)
    await eks.close()
    await eks.close()
    assert transport.closed == 1


ClosedCall = Callable[[AsyncEKSClient], Awaitable[object]]


async def _paginate(eks: AsyncEKSClient) -> object:
    return [name async for name in eks.paginate_list_clusters()]


async def _pages(eks: AsyncEKSClient) -> object:
    return [page async for page in eks.paginate_list_clusters().pages()]


CLOSED_CALLS: dict[str, ClosedCall] = {
    "operation": lambda eks: eks.list_clusters(),
    "paginator": _paginate,
    "pages": _pages,
    "waiter": lambda eks: eks.wait_until_cluster_active(name="prod"),
    "deleted-waiter": lambda eks: eks.wait_until_cluster_deleted(name="prod"),
}


@pytest.mark.parametrize("use", CLOSED_CALLS.values(), ids=CLOSED_CALLS.keys())
async def test_a_closed_client_raises_client_closed_error(
    asession: emrk.AsyncSession, use: ClosedCall
) -> None:
    transport = AsyncCapturingTransport()
    eks = AsyncEKSClient(session=asession, transport=transport, sleep=AsyncSleepRecorder())
    await eks.close()
    with pytest.raises(emrk.ClientClosedError, match="AsyncEKSClient is closed") as info:
        await use(eks)
    assert isinstance(info.value, emrk.EmrkError)
    assert transport.requests == []


async def test_async_with_closes(asession: emrk.AsyncSession, serve: Serve) -> None:
    server = serve(Reply(body=b'{"clusters": []}'))
    async with AsyncPCSClient(session=asession, endpoint_url=server.url) as pcs:
        assert (await pcs.list_clusters()).clusters == []
    with pytest.raises(emrk.ClientClosedError):
        await pcs.list_clusters()
    assert len(server.requests) == 1


async def test_async_with_closes_when_the_block_raises(asession: emrk.AsyncSession) -> None:
    transport = AsyncCapturingTransport()
    with pytest.raises(KeyError):
        async with AsyncEKSClient(session=asession, transport=transport):
            raise KeyError("boom")
    assert transport.closed == 1


async def test_a_call_in_flight_when_the_client_closes_does_not_reopen_it(
    asession: emrk.AsyncSession, serve: Serve
) -> None:
    """Closing breaks the call's connection; its retry must not open a new pool."""
    server = serve(SLOW, CLUSTERS)
    gc.collect()
    eks = AsyncEKSClient(session=asession, endpoint_url=server.url, sleep=AsyncSleepRecorder())
    task = asyncio.create_task(eks.list_clusters())
    await received(server, 1)
    await eks.close()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with pytest.raises(emrk.ClientClosedError):
            await asyncio.wait_for(task, GUARD)
        del task, eks
        gc.collect()
    assert len(server.requests) == 1
    assert not [w for w in caught if issubclass(w.category, ResourceWarning)]


async def test_a_closed_client_leaves_no_unclosed_session(
    asession: emrk.AsyncSession, serve: Serve
) -> None:
    server = serve(CLUSTERS)
    gc.collect()  # what earlier tests left behind is not this test's business
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        async with AsyncEKSClient(session=asession, endpoint_url=server.url) as eks:
            await eks.list_clusters()
        del eks
        gc.collect()
    assert not [w for w in caught if issubclass(w.category, ResourceWarning)]
