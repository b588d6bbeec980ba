"""Small timing helpers shared by the benchmark children.

All clocks are ``time.perf_counter_ns``. Competing workloads are measured in
interleaved blocks (A, B, B, A, A, B, ...) so a slow stretch of the machine
hits both sides alike; the summaries are medians, which a stray garbage
collection or scheduler hiccup does not move.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Mapping

__all__ = ["interleaved_batches", "interleaved_calls", "median"]


def median(values: list[float]) -> float:
    """The median of a non-empty list."""
    return float(statistics.median(values))


def interleaved_batches(
    fns: Mapping[str, Callable[[], object]], batch: int, batches: int
) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Wall and thread-CPU nanoseconds per call of each function, one value per batch.

    For functions too quick to time one call at a time: each value is a
    batch of ``batch`` calls divided by ``batch``. The order of the
    functions flips every batch so neither always runs right after the other.
    """
    names = list(fns)
    walls: dict[str, list[float]] = {name: [] for name in names}
    cpus: dict[str, list[float]] = {name: [] for name in names}
    for index in range(batches):
        order = names if index % 2 == 0 else names[::-1]
        for name in order:
            fn = fns[name]
            start_cpu = time.thread_time_ns()
            start = time.perf_counter_ns()
            for _ in range(batch):
                fn()
            walls[name].append((time.perf_counter_ns() - start) / batch)
            cpus[name].append((time.thread_time_ns() - start_cpu) / batch)
    return walls, cpus


def interleaved_calls(
    fns: Mapping[str, Callable[[], object]], per_block: int, blocks: int
) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Wall and CPU nanoseconds of every single call of each function.

    Calls run in blocks of ``per_block``, the functions alternating. Timing
    calls one by one (not as batch averages) lets the median drop the calls a
    busy machine delayed instead of averaging the delay into every batch it
    touched. The CPU time is this thread's (``time.thread_time_ns``): what the
    client itself spent, which waiting for the server or for a core does not
    inflate.
    """
    names = list(fns)
    walls: dict[str, list[float]] = {name: [] for name in names}
    cpus: dict[str, list[float]] = {name: [] for name in names}
    wall_clock, cpu_clock = time.perf_counter_ns, time.thread_time_ns
    for index in range(blocks):
        order = names if index % 2 == 0 else names[::-1]
        for name in order:
            fn, wall, cpu = fns[name], walls[name], cpus[name]
            for _ in range(per_block):
                start_cpu = cpu_clock()
                start = wall_clock()
                fn()
                wall.append(float(wall_clock() - start))
                cpu.append(float(cpu_clock() - start_cpu))
    return walls, cpus
