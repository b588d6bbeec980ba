"""Many calls in flight on one async client, against a real local server.

* 120 concurrent calls share one client (its pool of 10 connections): every
  call gets the answer to its own request.
* The retry quota stays consistent when many calls fail and retry at once:
  afterwards it is exactly full again, which :func:`quota_probe` reads from
  the outside (each throttling retry costs 5 units of 500, so a full quota
  buys 50 calls of three attempts, and one unit less buys only 49).
* Adaptive mode: a throttling answer turns the client-side rate limiter on
  while 100 calls are in flight; they all complete (no deadlock), the
  limiter's waits are ``await``-ed sleeps during which other tasks run, and
  the blocking ``TokenBucket.acquire`` of the sync clients is never used.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from collections.abc import Callable

import pytest

import emrk
from emrk.core.rate_limit import TokenBucket
from emrk.eks import AsyncEKSClient, ServerException, ThrottlingException
from tests.core._server import Seen
from tests.reliability._server import Reply

from ._helpers import AsyncSleepRecorder
from .conftest import Serve

#: A guard against a deadlock, not a measurement.
GUARD = 30.0


def cluster_named_in(seen: Seen) -> Reply:
    """The answer to a DescribeCluster: the cluster named in the request's path."""
    name = seen.target.rsplit("/", 1)[-1]
    return Reply(body=json.dumps({"cluster": {"name": name, "status": "ACTIVE"}}).encode())


def error(status: int, code: str) -> Reply:
    headers = {"Content-Type": "application/json", "x-amzn-ErrorType": code}
    return Reply(status=status, headers=headers, body=b'{"message": "not now"}')


class Switchable:
    """A server's answers, until the quota probe switches them to throttling everything."""

    def __init__(self, normal: Callable[[Seen], Reply]) -> None:
        self._normal = normal
        self.throttling = False
        self.throttled = 0

    def __call__(self, seen: Seen) -> Reply:
        if not self.throttling:
            return self._normal(seen)
        self.throttled += 1
        return error(400, "ThrottlingException")


async def quota_probe(eks: AsyncEKSClient, answers: Switchable) -> list[int]:
    """Attempts per call while the server throttles everything, until a call gets no retry."""
    answers.throttling = True
    attempts: list[int] = []
    while not attempts or attempts[-1] == 3:
        before = answers.throttled
        with pytest.raises(ThrottlingException):
            await eks.describe_cluster(name="probe")
        attempts.append(answers.throttled - before)
    return attempts


async def test_120_calls_in_flight_each_get_their_own_answer(
    asession: emrk.AsyncSession, serve: Serve
) -> None:
    server = serve(respond=cluster_named_in)
    async with AsyncEKSClient(session=asession, endpoint_url=server.url) as eks:
        names = [f"cluster-{n:03d}" for n in range(120)]
        answers = await asyncio.wait_for(
            asyncio.gather(*(eks.describe_cluster(name=name) for name in names)), GUARD
        )
    assert [a.cluster.name for a in answers if a.cluster] == names
    assert len(server.requests) == 120
    assert server.connections <= 10  # the default pool size bounds the connections


async def test_a_fresh_client_has_a_full_quota(asession: emrk.AsyncSession, serve: Serve) -> None:
    """The probe's baseline: 50 calls with two throttling retries each, then none."""
    answers = Switchable(cluster_named_in)
    server = serve(respond=answers)
    eks = AsyncEKSClient(session=asession, endpoint_url=server.url, sleep=AsyncSleepRecorder())
    async with eks:
        assert await quota_probe(eks, answers) == [3] * 50 + [1]


async def test_the_quota_is_whole_again_after_concurrent_retries(
    asession: emrk.AsyncSession, serve: Serve
) -> None:
    """100 calls whose first attempt fails (a 500): retries take units, successes give them back."""

    def first_attempt_fails(seen: Seen) -> Reply:
        if seen.headers["amz-sdk-request"].startswith("attempt=1;"):
            return error(500, "ServerException")
        return cluster_named_in(seen)

    answers = Switchable(first_attempt_fails)
    server = serve(respond=answers)
    eks = AsyncEKSClient(session=asession, endpoint_url=server.url, sleep=AsyncSleepRecorder())
    async with eks:
        outcomes = await asyncio.wait_for(
            asyncio.gather(
                *(eks.describe_cluster(name=f"c{n}") for n in range(100)), return_exceptions=True
            ),
            GUARD,
        )
        succeeded = [o for o in outcomes if not isinstance(o, BaseException)]
        refused = [o for o in outcomes if isinstance(o, BaseException)]
        # A retry holds 14 units until its call succeeds: at most 35 at once, so of
        # 100 calls failing together some may get no retry; those raise the 500 itself.
        assert succeeded and all(isinstance(o, ServerException) for o in refused)
        assert len(server.requests) == 100 + len(succeeded)
        assert await quota_probe(eks, answers) == [3] * 50 + [1]


async def test_adaptive_mode_throttled_under_concurrency(
    asession: emrk.AsyncSession, serve: Serve, monkeypatch: pytest.MonkeyPatch
) -> None:
    def blocking_acquire(self: TokenBucket, amount: float = 1.0) -> None:
        raise AssertionError("the blocking TokenBucket.acquire ran on the event loop")

    monkeypatch.setattr(TokenBucket, "acquire", blocking_acquire)
    served = itertools.count()

    def first_is_throttled(seen: Seen) -> Reply:
        if next(served) == 0:
            return error(429, "ThrottlingException")
        return cluster_named_in(seen)

    events: list[str] = []

    async def sleep(seconds: float) -> None:  # really waits: the limiter's clock is real time
        events.append("sleep")
        await asyncio.sleep(seconds)
        events.append("woke")

    async def ticker() -> None:
        while True:
            events.append("tick")
            await asyncio.sleep(0.005)

    server = serve(respond=first_is_throttled)
    config = emrk.Config(retries={"mode": "adaptive"})
    eks = AsyncEKSClient(session=asession, endpoint_url=server.url, config=config, sleep=sleep)
    async with eks:
        ticking = asyncio.create_task(ticker())
        names = [f"c{n}" for n in range(100)]
        answers = await asyncio.wait_for(
            asyncio.gather(*(eks.describe_cluster(name=name) for name in names)), GUARD
        )
        ticking.cancel()
    assert sorted(a.cluster.name for a in answers if a.cluster) == sorted(names)
    assert len(server.requests) == 101
    # The loop kept running while calls slept (backoff, or waiting for the limiter's tokens).
    sleeping, ticks_while_sleeping = 0, 0
    for event in events:
        sleeping += {"sleep": 1, "woke": -1}.get(event, 0)
        ticks_while_sleeping += event == "tick" and sleeping > 0
    # At least the throttled call's backoff slept on the loop (how many calls then
    # wait for the limiter's tokens depends on how fast the machine is, so it is
    # not counted); the blocking acquire above never ran.
    assert events.count("sleep") >= 1 and ticks_while_sleeping >= 1
