"""One workload for one SDK, in a process of its own.

``python -m tests.benchmarks.child WORKLOAD SDK`` reads its settings as JSON
on stdin and writes its results as JSON on stdout. Running each SDK in its
own process keeps one SDK's imports, caches and garbage from helping or
hurting the other; the server lives in the parent, which only waits, so the
two cores are the client's and the server's.

Workloads:

* ``creation``: client creation from an existing session and with a new one;
* ``calls``: per-call time of DescribeCluster, DescribeJobRun and GetCluster,
  interleaved with the transport floor;
* ``paginate``: wall time of a full 10,000-name ListClusters listing,
  interleaved with the same GETs on plain ``requests``;
* ``pagemem``: peak traced memory while listing 10,000 and 30,000 names.
"""

from __future__ import annotations

import functools
import gc
import json
import sys
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

from tests.benchmarks.sdks import OPERATIONS, SERVICES, Sdk, sdk_named
from tests.benchmarks.timing import interleaved_calls, median

__all__ = ["main"]

_Settings = dict[str, Any]


def _creation(sdk: Sdk, settings: _Settings) -> dict[str, Any]:
    url = settings["url"]
    quick = settings["quick"]
    existing = sdk.new_session()
    for _ in range(3):  # warm caches: model files, endpoint rules, lazy imports
        for service in SERVICES:
            sdk.close(sdk.client(existing, service, url))
    per_service: dict[str, dict[str, float]] = {}
    for service in SERVICES:

        def from_existing(service: str = service) -> Any:
            return sdk.client(existing, service, url)

        def with_new_session(service: str = service) -> Any:
            return sdk.client(sdk.new_session(), service, url)

        per_service[service] = {
            "existing_session_ns": median(_creations(from_existing, sdk, 60 if quick else 150)),
            "new_session_ns": median(_creations(with_new_session, sdk, 5 if quick else 15)),
        }
    return {
        "existing_session_ns": _mean(v["existing_session_ns"] for v in per_service.values()),
        "new_session_ns": _mean(v["new_session_ns"] for v in per_service.values()),
        "per_service": per_service,
    }


def _creations(make: Callable[[], Any], sdk: Sdk, count: int) -> list[float]:
    """Nanoseconds per ``make()``; each client is closed outside the timed part."""
    samples = []
    for _ in range(count):
        start = time.perf_counter_ns()
        client = make()
        samples.append(float(time.perf_counter_ns() - start))
        sdk.close(client)
    return samples


def _calls(sdk: Sdk, settings: _Settings) -> dict[str, Any]:
    import requests

    session = sdk.new_session()
    transport = requests.Session()
    out: dict[str, Any] = {}
    for operation, service in OPERATIONS.items():
        client = sdk.client(session, service, settings["url"])
        sdk.check(client, operation)
        call = sdk.call(operation)
        fns: dict[str, Callable[[], object]] = {
            "sdk": functools.partial(call, client),
            "floor": _floor_call(transport, settings["floor"][operation]),
            "send": _bare_send(transport, settings["floor"][operation]),
        }
        interleaved_calls(fns, per_block=10, blocks=10)  # warm-up
        walls, cpus = interleaved_calls(fns, per_block=10, blocks=20)
        out[operation] = {**_summary(walls, cpus), "send_ns": median(walls["send"])}
        sdk.close(client)
    return out


def _floor_call(transport: Any, request: dict[str, Any]) -> Callable[[], object]:
    url, headers = request["url"], request["headers"]
    if request["method"] == "GET":
        return lambda: transport.get(url, headers=headers).content
    body = request["body"].encode()
    return lambda: transport.post(url, data=body, headers=headers).content


def _bare_send(transport: Any, request: dict[str, Any]) -> Callable[[], object]:
    """The same request prepared once and re-sent with ``Session.send``.

    Proxies are passed in (none), as an SDK that resolved them once would;
    this skips ``Session.request`` (environment proxy scan, ``.netrc``,
    cookie merging): about the least an SDK on ``requests`` pays per call.
    """
    import requests

    prepared = requests.Request(
        request["method"],
        request["url"],
        headers=request["headers"],
        data=request["body"].encode() or None,
    ).prepare()
    return lambda: transport.send(prepared, allow_redirects=False, proxies={}).content


def _paginate(sdk: Sdk, settings: _Settings) -> dict[str, Any]:
    import requests

    quick = settings["quick"]
    client = sdk.client(sdk.new_session(), "eks", settings["url"])
    count = sdk.count_items(client)  # warm-up, and proof the listing is complete
    if count != settings["total_items"]:
        raise RuntimeError(f"{sdk.name} listed {count} names, expected {settings['total_items']}")
    transport = requests.Session()
    urls = settings["listing_urls"]
    headers = settings["floor"]["ListClusters"]["headers"]

    def floor() -> None:
        for url in urls:
            transport.get(url, headers=headers).content  # noqa: B018 - read the body

    walls, cpus = interleaved_calls(
        {"sdk": lambda: sdk.count_items(client), "floor": floor},
        per_block=1,
        blocks=4 if quick else 3,
    )
    return {**_summary(walls, cpus), "items": count}


def _summary(walls: dict[str, list[float]], cpus: dict[str, list[float]]) -> dict[str, float]:
    return {
        "sdk_ns": median(walls["sdk"]),
        "floor_ns": median(walls["floor"]),
        "sdk_cpu_ns": median(cpus["sdk"]),
        "floor_cpu_ns": median(cpus["floor"]),
    }


def _pagemem(sdk: Sdk, settings: _Settings) -> dict[str, Any]:
    session = sdk.new_session()
    clients = {
        size: sdk.client(session, "eks", url) for size, url in settings["memory_urls"].items()
    }
    expected = settings["memory_items"]
    peaks: dict[str, list[float]] = {"small": [], "large": []}
    # Trace from before the warm-up: bounded caches (the stdlib's URL-split
    # cache, say) are then full of traced entries when measuring starts, so
    # evicting one frees what adding one costs instead of looking like growth.
    tracemalloc.start()
    try:
        for client in clients.values():
            sdk.count_items(client)
        for _ in range(1 if settings["quick"] else 3):
            for size, client in clients.items():
                gc.collect()
                tracemalloc.reset_peak()
                base = tracemalloc.get_traced_memory()[0]
                count = sdk.count_items(client)
                peaks[size].append(float(tracemalloc.get_traced_memory()[1] - base))
                if count != expected[size]:
                    raise RuntimeError(f"{sdk.name} listed {count}, expected {expected[size]}")
    finally:
        tracemalloc.stop()
    return {
        "small_peak_bytes": median(peaks["small"]),
        "large_peak_bytes": median(peaks["large"]),
        "small_items": expected["small"],
        "large_items": expected["large"],
    }


def _mean(values: Any) -> float:
    items = list(values)
    return float(sum(items) / len(items))


_WORKLOADS: dict[str, Callable[[Sdk, _Settings], dict[str, Any]]] = {
    "creation": _creation,
    "calls": _calls,
    "paginate": _paginate,
    "pagemem": _pagemem,
}


def main(argv: list[str]) -> int:
    """Run ``argv[0]`` (a workload) with ``argv[1]`` (an SDK); print JSON results."""
    workload, sdk_name = argv
    settings = json.load(sys.stdin)
    result = _WORKLOADS[workload](sdk_named(sdk_name), settings)
    json.dump(result, sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
