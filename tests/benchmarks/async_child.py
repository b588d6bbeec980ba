"""One concurrent workload in a process of its own: many DescribeCluster calls in flight.

``python tests/benchmarks/async_child.py WORKLOAD`` reads its settings as JSON
on stdin and writes its results as JSON on stdout. It runs by path, with
whichever interpreter has the SDK it measures (aiobotocore lives in a
virtual environment of its own), and imports nothing from the suite: what a
child holds in memory is the interpreter, its one client library and the
workload.

Workloads, each ``calls`` DescribeCluster calls with ``concurrency`` in flight
after one untimed warm-up call (which also checks the answer):

* ``emrk-async``: one ``emrk.AsyncSession().eks()`` client with
  ``Config(max_pool_connections=concurrency)``; ``asyncio.gather`` of every
  call, each holding a slot of an ``asyncio.Semaphore(concurrency)``;
* ``aiobotocore``: one ``AioSession().create_client("eks")`` client with
  ``AioConfig(max_pool_connections=concurrency)``, the same pattern;
* ``emrk-threads``: the sync ``emrk.Session().eks()`` client with
  ``Config(max_pool_connections=threads)`` shared by a pool of ``threads``
  threads;
* ``aiohttp``: the floor, a bare ``aiohttp.ClientSession`` with a
  ``TCPConnector(limit=concurrency)`` sending the same GET (headers signed
  once, in advance, by the parent) and reading each body, nothing parsed.

Credentials and region come from the environment (``AWS_ACCESS_KEY_ID``,
``AWS_SECRET_ACCESS_KEY``, ``AWS_REGION``). Every answer is checked after
the timed part. The results: ``wall_ns`` of the timed calls, and the
process's peak RSS (``VmHWM``) in KiB at the end.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

_Settings = dict[str, Any]


async def _gather(
    call: Callable[[], Awaitable[Any]], calls: int, concurrency: int
) -> tuple[float, list[Any]]:
    """Nanoseconds for ``calls`` calls with at most ``concurrency`` in flight, and the answers."""
    slots = asyncio.Semaphore(concurrency)

    async def one() -> Any:
        async with slots:
            return await call()

    start = time.perf_counter_ns()
    answers = await asyncio.gather(*(one() for _ in range(calls)))
    return float(time.perf_counter_ns() - start), list(answers)


def _check(names: list[Any], expected: str, calls: int) -> None:
    wrong = [name for name in names if name != expected]
    if len(names) != calls or wrong:
        raise RuntimeError(f"{len(wrong)} of {len(names)} answers did not parse to {expected!r}")


async def _emrk_async(settings: _Settings) -> float:
    import emrk

    config = emrk.Config(max_pool_connections=settings["concurrency"])
    cluster = settings["cluster"]
    async with emrk.AsyncSession().eks(endpoint_url=settings["url"], config=config) as eks:

        def call() -> Awaitable[Any]:
            return eks.describe_cluster(name=cluster)

        _check([(await call()).cluster.name], cluster, 1)
        wall, answers = await _gather(call, settings["calls"], settings["concurrency"])
    _check([answer.cluster.name for answer in answers], cluster, settings["calls"])
    return wall


async def _aiobotocore(settings: _Settings) -> float:
    from aiobotocore.config import AioConfig  # type: ignore[import-not-found]
    from aiobotocore.session import AioSession  # type: ignore[import-not-found]

    config = AioConfig(max_pool_connections=settings["concurrency"])
    cluster = settings["cluster"]
    async with AioSession().create_client(
        "eks", endpoint_url=settings["url"], config=config
    ) as eks:

        def call() -> Awaitable[Any]:
            return eks.describe_cluster(name=cluster)  # type: ignore[no-any-return]

        _check([(await call())["cluster"]["name"]], cluster, 1)
        wall, answers = await _gather(call, settings["calls"], settings["concurrency"])
    _check([answer["cluster"]["name"] for answer in answers], cluster, settings["calls"])
    return wall


async def _aiohttp(settings: _Settings) -> float:
    import aiohttp

    url = f"{settings['url']}/clusters/{settings['cluster']}"
    headers = settings["headers"]
    connector = aiohttp.TCPConnector(limit=settings["concurrency"])
    async with aiohttp.ClientSession(connector=connector) as session:

        async def call() -> bytes:
            async with session.get(url, headers=headers) as response:
                return await response.read()

        first = await call()
        expected = len(first)
        _check([json.loads(first)["cluster"]["name"]], settings["cluster"], 1)
        wall, answers = await _gather(call, settings["calls"], settings["concurrency"])
    if any(len(answer) != expected for answer in answers):
        raise RuntimeError("an answer of the bare aiohttp floor was cut short")
    return wall


def _emrk_threads(settings: _Settings) -> float:
    from concurrent.futures import ThreadPoolExecutor

    import emrk

    threads = settings["threads"]
    cluster = settings["cluster"]
    eks = emrk.Session().eks(
        endpoint_url=settings["url"], config=emrk.Config(max_pool_connections=threads)
    )

    def call(_: int) -> Any:
        return eks.describe_cluster(name=cluster)

    _check([call(0).cluster.name], cluster, 1)
    with ThreadPoolExecutor(max_workers=threads) as pool:
        start = time.perf_counter_ns()
        answers = list(pool.map(call, range(settings["calls"])))
        wall = float(time.perf_counter_ns() - start)
    _check([answer.cluster.name for answer in answers], cluster, settings["calls"])
    eks.close()
    return wall


_ASYNC: dict[str, Callable[[_Settings], Coroutine[Any, Any, float]]] = {
    "emrk-async": _emrk_async,
    "aiobotocore": _aiobotocore,
    "aiohttp": _aiohttp,
}


def _peak_kib() -> float:
    """The process's own peak RSS (``ru_maxrss`` would carry the parent's across exec)."""
    try:
        with open("/proc/self/status") as status:
            return float(next(line.split()[1] for line in status if line.startswith("VmHWM:")))
    except (OSError, StopIteration):
        import resource

        return float(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def main(argv: list[str]) -> int:
    """Run the workload ``argv[0]``; print ``wall_ns`` and ``rss_kib`` as JSON."""
    (workload,) = argv
    settings: _Settings = json.load(sys.stdin)
    if workload == "emrk-threads":
        wall = _emrk_threads(settings)
    else:
        wall = asyncio.run(_ASYNC[workload](settings))
    json.dump({"wall_ns": wall, "rss_kib": _peak_kib()}, sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
