"""The async section: 1,000 DescribeCluster calls with 100 in flight, per client.

emrk's async client against aiobotocore, against emrk's sync client on a
pool of 32 threads, and against the floor, bare aiohttp, which is also the
ceiling of the local server (``async_server.py``, one worker process per
core). Every measurement is a fresh child process (``async_child.py``); the
clients alternate over several rounds and each figure is the median of its
rounds. aiobotocore runs from its own cached virtual environment
(``aiobotocore_env.py``); when it cannot be made, its rows are skipped and
the rest still run. Without aiohttp in this environment (the ``async``
extra) the whole section is skipped.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tests.benchmarks import bodies
from tests.benchmarks.aiobotocore_env import aiobotocore_python
from tests.benchmarks.floor import floor_requests
from tests.benchmarks.processes import REPO, child_env
from tests.benchmarks.sdks import FAKE_KEY_ID, FAKE_SECRET, REGION
from tests.benchmarks.timing import median

__all__ = ["CALLS", "CONCURRENCY", "THREADS", "WORKLOADS", "measure_async"]

CALLS = 1_000
CONCURRENCY = 100
THREADS = 32
#: Workload -> which interpreter runs it (``"aiobotocore"``: its own environment).
WORKLOADS = {
    "aiobotocore": "aiobotocore",
    "emrk-async": "project",
    "emrk-threads": "project",
    "aiohttp": "project",
}
_HERE = Path(__file__).resolve().parent
_CHILD = _HERE / "async_child.py"
_SERVER = _HERE / "async_server.py"
# Run the child by path without putting its directory first on sys.path
# (the suite's module names would shadow nothing today, but they could).
_RUN_BY_PATH = (
    "import runpy, sys; path = sys.argv.pop(1); runpy.run_path(path, run_name='__main__')"
)
_TIMEOUT = 300


@contextmanager
def async_serving(processes: int) -> Iterator[str]:
    """The multi-process server's base URL; stopped (stdin closed) when the block ends."""
    server = subprocess.Popen(
        [sys.executable, str(_SERVER), str(processes)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=child_env(),
        cwd=REPO,
        text=True,
    )
    assert server.stdin is not None and server.stdout is not None
    try:
        url = server.stdout.readline().strip()
        if not url.startswith("http://"):
            raise RuntimeError(f"the async benchmark server did not start (said {url!r})")
        yield url
    finally:
        server.stdin.close()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def _env() -> dict[str, str]:
    env = child_env()
    # botocore 1.43 (aiobotocore's) reads only AWS_DEFAULT_REGION; emrk reads both.
    env.update(
        AWS_ACCESS_KEY_ID=FAKE_KEY_ID,
        AWS_SECRET_ACCESS_KEY=FAKE_SECRET,
        AWS_REGION=REGION,
        AWS_DEFAULT_REGION=REGION,
    )
    return env


def _run(python: Path | str, workload: str, settings: dict[str, Any]) -> dict[str, float]:
    done = subprocess.run(
        [str(python), "-c", _RUN_BY_PATH, str(_CHILD), workload],
        input=json.dumps(settings),
        env=_env(),
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
        timeout=_TIMEOUT,
    )
    if done.returncode != 0:
        raise RuntimeError(f"async workload {workload} failed:\n{done.stderr}")
    result: dict[str, float] = json.loads(done.stdout)
    return result


def server_processes() -> int:
    """One worker process per core (at least two)."""
    return max(2, os.cpu_count() or 2)


def measure_async(rounds: int, progress: Any) -> dict[str, Any]:
    """Every async workload over ``rounds`` rounds; medians, all runs, and what was skipped."""
    if importlib.util.find_spec("aiohttp") is None:
        reason = "aiohttp is not installed here (pip install -e '.[async]')"
        progress(f"async section skipped: {reason}")
        return {"skipped": reason}
    aio = aiobotocore_python(progress)
    pythons: dict[str, Path | str] = {"project": sys.executable}
    workloads = list(WORKLOADS)
    if aio.python is None:
        progress(f"aiobotocore rows skipped: {aio.reason}")
        workloads.remove("aiobotocore")
    else:
        pythons["aiobotocore"] = aio.python
    processes = server_processes()
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in workloads}
    with async_serving(processes) as url:
        settings = {
            "url": url,
            "cluster": bodies.CLUSTER_NAME,
            "calls": CALLS,
            "concurrency": CONCURRENCY,
            "threads": THREADS,
            # The floor sends the SDKs' request, its headers signed once in advance.
            "headers": floor_requests(url)["DescribeCluster"]["headers"],
        }
        for index in range(rounds):
            order = workloads if index % 2 == 0 else workloads[::-1]
            for name in order:
                suffix = f" (round {index + 1}/{rounds})" if rounds > 1 else ""
                progress(f"async: {name}{suffix}")
                runs[name].append(_run(pythons[WORKLOADS[name]], name, settings))
    return {
        "calls": CALLS,
        "concurrency": CONCURRENCY,
        "threads": THREADS,
        "server_processes": processes,
        "rounds": rounds,
        "aiobotocore": {"versions": aio.versions, "skipped": aio.reason},
        "median": {
            name: {
                "wall_ns": median([run["wall_ns"] for run in results]),
                "rss_kib": median([run["rss_kib"] for run in results]),
            }
            for name, results in runs.items()
        },
        "runs": runs,
    }
