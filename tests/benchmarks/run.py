"""The benchmark command: ``python -m tests.benchmarks [--quick] [--no-write] [--json FILE]``.

Starts the local servers, measures every workload for boto3 and emrk side by
side (cold starts in fresh processes, the rest in child processes of one SDK
and one workload each), then the cost of tracing (``tracing.py``) and the
async section against aiobotocore (``async_suite.py``), prints the tables,
rewrites ``docs/performance.md`` and ``docs/performance.png`` unless told
not to, and exits with status 1 when a ratio misses its target (2 when the
suite itself cannot run). Rows whose optional requirements are missing
(aiohttp, the OpenTelemetry SDK, aiobotocore's environment) are skipped,
with the reason, and do not fail the run.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.util
import json
import os
import platform
import sys
import time
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from tests.benchmarks import tracing
from tests.benchmarks.async_suite import measure_async
from tests.benchmarks.floor import floor_requests, listing_urls
from tests.benchmarks.processes import REPO, child_env, measure_cold_starts, run_child
from tests.benchmarks.report import (
    ASYNC_HEADER,
    async_rows,
    bare_send_rows,
    build_rows,
    cpu_rows,
    markdown_document,
    table,
)
from tests.benchmarks.server import serving
from tests.benchmarks.timing import median

__all__ = ["main"]

_TOTAL_ITEMS = 10_000
_SMALL_ITEMS = 1_000
# The memory check lists 10,000 and then 30,000 names: both runs go past the
# point where bounded caches of the stdlib and requests (the 128-entry URL
# split cache, keyed by the per-page URL) are full, so what is left to grow
# is what the paginator itself keeps.
_MEMORY_ITEMS = 30_000
_WORKLOADS = ("creation", "calls", "paginate", "pagemem")
_DOCS = REPO / "docs"
# Timing-sensitive workloads run in several rounds of fresh children, the SDKs
# alternating, so a busy stretch of the machine cannot land on one SDK only.
_TIMED_ROUNDS = {"calls": 5, "paginate": 5}
#: Fresh processes of the tracing row (traced and untraced blocks alternating in each).
_TRACING_ROUNDS = {"full": (5, 400, 1500), "quick": (2, 200, 600)}
#: Rounds of the async section (every client once per round).
_ASYNC_ROUNDS = {"full": 5, "quick": 1}


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m tests.benchmarks",
        description="Benchmark emrk against boto3 on a local keep-alive server.",
    )
    parser.add_argument(
        "--quick", action="store_true", help="fewer rounds and samples (about 60 s, noisier)"
    )
    parser.add_argument(
        "--no-write",
        action="store_true",
        help="do not rewrite docs/performance.md and docs/performance.png",
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="also save the raw results")
    return parser.parse_args(argv)


def _cold_rounds(quick: bool) -> int:
    return 5 if quick else 11


def _missing_dependencies(need_chart: bool) -> list[str]:
    wanted = ["boto3", *(["matplotlib"] if need_chart else [])]
    return [name for name in wanted if importlib.util.find_spec(name) is None]


class _Progress:
    """Status lines on stderr, with the time since the run began."""

    def __init__(self) -> None:
        self.started = time.perf_counter_ns()

    @property
    def seconds(self) -> float:
        return (time.perf_counter_ns() - self.started) / 1e9

    def __call__(self, message: str) -> None:
        print(f"[{self.seconds:6.1f} s] {message}", file=sys.stderr, flush=True)


def _measure(quick: bool, progress: _Progress) -> dict[str, Any]:
    results: dict[str, Any] = {}
    with (
        serving(_TOTAL_ITEMS) as large,
        serving(_SMALL_ITEMS) as small,
        serving(_MEMORY_ITEMS) as longest,
    ):
        settings = {
            "url": large.url,
            "small_url": small.url,
            "memory_urls": {"small": large.url, "large": longest.url},
            "memory_items": {"small": _TOTAL_ITEMS, "large": _MEMORY_ITEMS},
            "quick": quick,
            "total_items": _TOTAL_ITEMS,
            "small_items": _SMALL_ITEMS,
            "floor": floor_requests(large.url),
            "listing_urls": listing_urls(large.url, _TOTAL_ITEMS),
        }
        results["cold"] = measure_cold_starts(large.url, _cold_rounds(quick), progress)
        for workload in _WORKLOADS:
            rounds = 1 if quick else _TIMED_ROUNDS.get(workload, 1)
            results[workload] = _run_rounds(workload, rounds, settings, progress)
        results["tracing"] = _measure_tracing(large.url, quick, progress)
    results["async"] = measure_async(_ASYNC_ROUNDS["quick" if quick else "full"], progress)
    return results


def _measure_tracing(url: str, quick: bool, progress: _Progress) -> dict[str, Any]:
    missing = tracing.sdk_missing()
    if missing:
        progress(f"tracing row skipped: {missing}")
        return {"skipped": missing}
    rounds, warmup, calls = _TRACING_ROUNDS["quick" if quick else "full"]
    return tracing.measure_ratio(url, rounds, warmup, calls, child_env(), progress)


def _run_rounds(
    workload: str, rounds: int, settings: dict[str, Any], progress: _Progress
) -> dict[str, Any]:
    runs: dict[str, list[dict[str, Any]]] = {"boto3": [], "emrk": []}
    for index in range(rounds):
        order = ("boto3", "emrk") if index % 2 == 0 else ("emrk", "boto3")
        for sdk in order:
            suffix = f" (round {index + 1}/{rounds})" if rounds > 1 else ""
            progress(f"{workload}: {sdk}{suffix}")
            runs[sdk].append(run_child(workload, sdk, settings))
    return {sdk: _median_round(workload, results) for sdk, results in runs.items()}


def _median_round(workload: str, runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The round with the median wall-time figure (per operation for ``calls``).

    Keeping one round's SDK time and floor together keeps ``sdk - floor``
    equal to the median overhead. CPU times are medians over all rounds.
    """
    if workload == "calls":
        return {
            operation: _pick([run[operation] for run in runs], _overhead) for operation in runs[0]
        }
    if workload == "paginate":
        return _pick(runs, lambda run: run["sdk_ns"])
    return runs[0]


def _overhead(run: dict[str, Any]) -> float:
    return float(run["sdk_ns"] - run["floor_ns"])


def _pick(runs: list[dict[str, Any]], key: Any) -> dict[str, Any]:
    chosen = dict(sorted(runs, key=key)[len(runs) // 2])
    for field in ("sdk_cpu_ns", "floor_cpu_ns"):
        chosen[field] = median([run[field] for run in runs])
    return chosen


def _load() -> float:
    try:
        return os.getloadavg()[0]
    except OSError:  # not available on this platform
        return float("nan")


def _installed(name: str) -> str | None:
    try:
        return version(name)
    except PackageNotFoundError:
        return None


def _meta(quick: bool, seconds: float, load_before: float, aio: dict[str, str]) -> dict[str, Any]:
    from emrk import __version__

    now = datetime.datetime.now(datetime.timezone.utc)
    extra = {"aiohttp": _installed("aiohttp"), "opentelemetry-sdk": _installed("opentelemetry-sdk")}
    if aio:
        extra["aiobotocore"] = f"{aio['aiobotocore']} (botocore {aio['botocore']})"
    return {
        "date": now.strftime("%Y-%m-%d %H:%M UTC"),
        "quick": quick,
        "python": platform.python_version(),
        "platform": platform.platform(terse=True),
        "cpus": os.cpu_count(),
        "cold_rounds": _cold_rounds(quick),
        "seconds": seconds,
        "load": f"{load_before:.1f}, {_load():.1f}",
        "versions": {
            "emrk": __version__,
            "boto3": version("boto3"),
            "botocore": version("botocore"),
            "requests": version("requests"),
            "urllib3": version("urllib3"),
            **{name: found for name, found in extra.items() if found},
        },
    }


def _write_docs(results: dict[str, Any], document: str, progress: _Progress) -> None:
    from tests.benchmarks.chart import write_chart

    _DOCS.mkdir(exist_ok=True)
    (_DOCS / "performance.md").write_text(document, encoding="utf-8")
    write_chart(results, _DOCS / "performance.png")
    progress(f"wrote {_DOCS / 'performance.md'} and performance.png")


def main(argv: list[str] | None = None) -> int:
    """Run the suite; 0 when every target is met, 1 when one is missed, 2 on error."""
    args = _parse(argv)
    missing = _missing_dependencies(need_chart=not args.no_write)
    if missing:
        print(
            f"missing benchmark dependencies: {', '.join(missing)} "
            "(install them with: pip install -e '.[bench]')",
            file=sys.stderr,
        )
        return 2
    progress = _Progress()
    load_before = _load()
    try:
        results = _measure(args.quick, progress)
    except RuntimeError as exc:
        print(f"benchmark failed: {exc}", file=sys.stderr)
        return 2
    aio = results["async"].get("aiobotocore", {}).get("versions", {})
    results["meta"] = _meta(args.quick, progress.seconds, load_before, aio)
    rows = build_rows(results)
    concurrent = async_rows(results)
    print(table(rows))
    print("\nAsync: many calls in flight:")
    print(table(concurrent, header=ASYNC_HEADER))
    print("\nClient CPU time (information):")
    print(table(cpu_rows(results), targets=False))
    print("\nOverhead above a prepared request re-sent with Session.send (information):")
    print(table(bare_send_rows(results), targets=False))
    if args.json is not None:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    if not args.no_write:
        _write_docs(results, markdown_document(rows, results), progress)
    missed = [row.workload for row in [*rows, *concurrent] if row.ok is False]
    for row in [*rows, *concurrent]:
        if row.skipped:
            print(f"not measured: {row.workload}: {row.skipped}", file=sys.stderr)
    for workload in missed:
        print(f"target missed: {workload}", file=sys.stderr)
    return 1 if missed else 0
