"""What tracing costs per call: DescribeCluster untraced, and traced with a no-op exporter.

``python -m tests.benchmarks.tracing [--quick] [--baseline DIR]``

Every configuration runs in fresh child processes (OpenTelemetry's tracer
provider is global to a process), against one local keep-alive HTTP/1.1
server in this process, answering like EKS (a 2.2 KB DescribeCluster). The
configurations:

* ``off``: emrk alone; OpenTelemetry never imported (most users);
* ``api-only``: ``opentelemetry.trace`` imported, no provider configured
  (some library imported the API): emrk checks the global provider per call;
* ``batch``: the OpenTelemetry SDK with a ``BatchSpanProcessor`` around an
  exporter that drops every span. This is the representative traced row:
  production exporters (OTLP...) run behind a batch processor, which hands
  finished spans to a background thread; the calling thread pays for
  creating, filling and ending the span and for the hand-off;
* ``simple``: the same with a ``SimpleSpanProcessor``, which exports each
  span synchronously in the calling thread (a debugging set-up, shown for
  comparison);
* ``main-off`` (with ``--baseline DIR``): ``off`` with the emrk found in
  ``DIR`` (e.g. ``git archive main | tar -x -C DIR``), to check that the
  untraced call did not get slower; ``off-mem`` and ``main-off-mem`` are the
  same two with an in-memory transport answering at once, so that only
  emrk's own work is timed (the quickest of batches of 200 calls), without
  the server's and the network's noise. Each round runs the two trees back
  to back; the comparison is the median of the rounds' ratios.

Each child warms up, then times single calls; a configuration's figure is
the median of its children's medians, the children of all configurations
interleaved (A, B, C, C, B, A, ...) so a slow stretch of the machine hits
them alike. Wall time is what the caller waits; CPU is the calling thread's
own (``time.thread_time_ns``), which waiting for the server or a core does
not inflate. Target: ``batch`` per-call wall time at most 1.15x ``off``.

The benchmark suite (``python -m tests.benchmarks``) runs the ``ab-batch``
configuration only, through :func:`measure_ratio`, for its tracing row.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
TARGET_RATIO = 1.15
MODES = ("off", "api-only", "batch", "simple")
#: Traced and untraced blocks alternating in one process (the ratio's best estimate).
AB_MODES = ("ab-batch", "ab-simple")
_CA = base64.b64encode((bytes(range(256)) * 3)[:600]).decode("ascii")
_BODY = json.dumps(
    {
        "cluster": {
            "name": "analytics-prod",
            "arn": "arn:aws:eks:us-east-1:123456789012:cluster/analytics-prod",
            "createdAt": 1718000000.123,
            "version": "1.31",
            "endpoint": "https://0123456789ABCDEF0123456789ABCDEF.gr7.us-east-1.eks.amazonaws.com",
            "roleArn": "arn:aws:iam::123456789012:role/eks-cluster-role",
            "resourcesVpcConfig": {
                "subnetIds": ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"],
                "securityGroupIds": ["sg-0123456789abcdef0"],
                "clusterSecurityGroupId": "sg-0fedcba9876543210",
                "vpcId": "vpc-0a1b2c3d4e5f60718",
                "endpointPublicAccess": True,
                "endpointPrivateAccess": True,
                "publicAccessCidrs": ["0.0.0.0/0"],
            },
            "kubernetesNetworkConfig": {"serviceIpv4Cidr": "10.100.0.0/16", "ipFamily": "ipv4"},
            "logging": {"clusterLogging": [{"types": ["api", "audit"], "enabled": True}]},
            "identity": {"oidc": {"issuer": "https://oidc.eks.us-east-1.amazonaws.com/id/ABC"}},
            "status": "ACTIVE",
            "certificateAuthority": {"data": _CA},
            "platformVersion": "eks.12",
            "tags": {"team": "data-platform", "env": "prod"},
            "accessConfig": {"authenticationMode": "API_AND_CONFIG_MAP"},
        }
    },
    separators=(",", ":"),
).encode()


# -- the server (parent) -------------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(_BODY)))
        self.send_header("x-amzn-RequestId", "5f0e1c2a-7b3d-4e8f-9a6b-000000000001")
        self.end_headers()
        self.wfile.write(_BODY)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: a log line per request would cost more than the answer."""


@contextmanager
def _serving() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        host, port = server.server_address[:2]
        yield f"http://{host!s}:{port}"
    finally:
        server.shutdown()
        server.server_close()


# -- one configuration (child) -----------------------------------------------------------


def _configure(mode: str) -> Any:
    """Set up OpenTelemetry as ``mode`` says; the SDK provider, when there is one."""
    if mode.startswith(("off", "main-off")):
        return None
    import opentelemetry.trace

    if mode == "api-only":
        return None
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import (
        BatchSpanProcessor,
        SimpleSpanProcessor,
        SpanExporter,
        SpanExportResult,
    )

    class DropSpans(SpanExporter):
        """Accepts every span and keeps none."""

        def export(self, spans: Any) -> SpanExportResult:
            return SpanExportResult.SUCCESS

    provider = TracerProvider()
    processor = BatchSpanProcessor if mode.endswith("batch") else SimpleSpanProcessor
    provider.add_span_processor(processor(DropSpans()))
    opentelemetry.trace.set_tracer_provider(provider)
    return provider


class _Canned:
    """A transport that answers every request at once with the DescribeCluster body."""

    def __init__(self) -> None:
        from emrk.core.http import RawResponse

        headers = {"Content-Type": "application/json", "x-amzn-RequestId": "req-1"}
        self._answer = RawResponse(200, headers, _BODY)

    def send(self, request: Any) -> Any:
        return self._answer

    def close(self) -> None:
        """Nothing to release."""


def _timed(call: Any, calls: int, walls: list[float], cpus: list[float]) -> None:
    wall_clock, cpu_clock = time.perf_counter_ns, time.thread_time_ns
    for _ in range(calls):
        start_cpu = cpu_clock()
        start = wall_clock()
        call()
        walls.append(float(wall_clock() - start))
        cpus.append(float(cpu_clock() - start_cpu))


def _child(mode: str, url: str, warmup: int, calls: int) -> None:
    provider = _configure(mode)
    import emrk

    session = emrk.Session(
        aws_access_key_id="AKIDEXAMPLE", aws_secret_access_key="secret", region_name="us-east-1"
    )
    if mode.endswith("-mem"):
        eks = session.eks(endpoint_url=url, transport=_Canned())
    else:
        eks = session.eks(endpoint_url=url)

    def call() -> None:
        eks.describe_cluster(name="analytics-prod")

    for _ in range(warmup):
        call()
    result: dict[str, Any] = {
        "emrk": str(Path(emrk.__file__).resolve().parent.parent),
        "otel_loaded": "opentelemetry" in sys.modules,
    }
    if mode.startswith("ab-"):
        # Traced and untraced blocks alternate in this one process, so the ratio
        # is free of the differences between processes. "Untraced" here unsets
        # the global provider (the API's own private global, as its test
        # utilities do): emrk then sees the API loaded and no provider.
        from opentelemetry import trace

        times: dict[bool, tuple[list[float], list[float]]] = {True: ([], []), False: ([], [])}
        block = 50
        for index in range(2 * (calls // block)):
            traced = index % 4 in (0, 3)  # on, off, off, on, on, off...
            trace._TRACER_PROVIDER = provider if traced else None  # type: ignore[attr-defined]
            _timed(call, block, *times[traced])
        for traced, name in ((True, "on"), (False, "off")):
            walls, cpus = times[traced]
            result[f"{name}_wall_ns"] = statistics.median(walls)
            result[f"{name}_cpu_ns"] = statistics.median(cpus)
    elif mode.endswith("-mem"):
        # A call without I/O takes ~60 us: time batches, keep the quickest (the
        # least disturbed by the rest of the machine).
        best_wall = best_cpu = float("inf")
        batch = 200
        for _ in range(max(calls // 40, 20)):
            start_cpu, start = time.thread_time_ns(), time.perf_counter_ns()
            for _ in range(batch):
                call()
            best_wall = min(best_wall, (time.perf_counter_ns() - start) / batch)
            best_cpu = min(best_cpu, (time.thread_time_ns() - start_cpu) / batch)
        result["wall_ns"], result["cpu_ns"] = best_wall, best_cpu
    else:
        walls: list[float] = []
        cpus: list[float] = []
        _timed(call, calls, walls, cpus)
        result["wall_ns"] = statistics.median(walls)
        result["cpu_ns"] = statistics.median(cpus)
    print(json.dumps(result))


#: A child: ``emrk`` from the tree under test, this harness loaded by its path (a
#: baseline tree has no such module, and its ``tests`` package must not shadow it).
_CHILD = """
import importlib.util, sys
source, harness = sys.argv[1], sys.argv[2]
sys.path[:] = [source] + [p for p in sys.path if p not in ("", source)]
spec = importlib.util.spec_from_file_location("emrk_tracing_bench", harness)
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
module._child(sys.argv[3], sys.argv[4], int(sys.argv[5]), int(sys.argv[6]))
"""


def _spawn(
    mode: str,
    url: str,
    warmup: int,
    calls: int,
    baseline: Path | None,
    base_env: dict[str, str] | None = None,
) -> dict[str, Any]:
    source = baseline if mode.startswith("main-") and baseline is not None else ROOT
    base = os.environ if base_env is None else base_env
    env = {k: v for k, v in base.items() if k not in ("PYTHONPATH", "OTEL_SDK_DISABLED")}
    env["PYTHONHASHSEED"] = "0"  # one source of difference between processes fewer
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(source), __file__, mode, url, str(warmup), str(calls)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=str(source),
    )
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    if Path(result["emrk"]) != source.resolve():
        raise SystemExit(f"{mode}: emrk came from {result['emrk']}, expected {source}")
    return result


def sdk_missing() -> str:
    """Why the traced row cannot run here (``""`` when it can)."""
    import importlib.util

    try:
        found = importlib.util.find_spec("opentelemetry.sdk.trace") is not None
    except ModuleNotFoundError:
        found = False
    if not found:
        return "the OpenTelemetry SDK is not installed here (pip install -e '.[dev]')"
    return ""


def measure_ratio(
    url: str, rounds: int, warmup: int, calls: int, env: dict[str, str], progress: Any
) -> dict[str, Any]:
    """Traced / untraced per-call wall time for the benchmark suite's table.

    ``rounds`` fresh processes of the ``ab-batch`` configuration (traced and
    untraced blocks alternating in one process) against the DescribeCluster
    server at ``url``, in the environment ``env``. The process with the
    median ratio is reported, its traced and untraced times together (the
    medians of each taken separately could come from different processes,
    which differ by more than tracing costs); the CPU ratio is the median of
    all processes'.
    """
    runs = []
    for index in range(rounds):
        progress(f"tracing: traced and untraced blocks (round {index + 1}/{rounds})")
        try:
            runs.append(_spawn("ab-batch", url, warmup, calls, None, env))
        except subprocess.CalledProcessError as exc:
            raise RuntimeError(f"tracing child failed:\n{exc.stderr}") from exc
    chosen = sorted(runs, key=lambda r: r["on_wall_ns"] / r["off_wall_ns"])[len(runs) // 2]
    return {
        "wall_ratio": chosen["on_wall_ns"] / chosen["off_wall_ns"],
        "cpu_ratio": statistics.median(r["on_cpu_ns"] / r["off_cpu_ns"] for r in runs),
        "on_wall_ns": chosen["on_wall_ns"],
        "off_wall_ns": chosen["off_wall_ns"],
        "rounds": rounds,
        "calls": calls,
        "runs": runs,
    }


# -- the report ----------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> None:
    """Run every configuration in interleaved fresh processes and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds and calls")
    parser.add_argument("--baseline", type=Path, help="another emrk tree (e.g. main's)")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    rounds, warmup, calls = (3, 200, 600) if args.quick else (7, 400, 1500)
    # The baseline's runs sit right after this tree's, so each pair shares a moment.
    compared = ["off", "main-off", "off-mem", "main-off-mem"] if args.baseline else ["off"]
    modes = [*compared, *(m for m in MODES if m != "off"), *AB_MODES]
    baseline = args.baseline.resolve() if args.baseline else None
    results: dict[str, list[dict[str, Any]]] = {mode: [] for mode in modes}
    with _serving() as url:
        for index in range(rounds):
            order = modes if index % 2 == 0 else modes[::-1]
            for mode in order:
                results[mode].append(_spawn(mode, url, warmup, calls, baseline))
            print(f"round {index + 1}/{rounds} done", file=sys.stderr, flush=True)

    def med(mode: str, key: str) -> float:
        return statistics.median(r[key] for r in results[mode]) / 1000

    summary: dict[str, Any] = {
        mode: {"wall_us": med(mode, "wall_ns"), "cpu_us": med(mode, "cpu_ns")}
        for mode in modes
        if mode not in AB_MODES
    }
    for mode in AB_MODES:
        runs = results[mode]
        summary[mode] = {
            "wall_ratio": statistics.median(r["on_wall_ns"] / r["off_wall_ns"] for r in runs),
            "cpu_ratio": statistics.median(r["on_cpu_ns"] / r["off_cpu_ns"] for r in runs),
            "added_wall_us": statistics.median(
                (r["on_wall_ns"] - r["off_wall_ns"]) / 1000 for r in runs
            ),
            "added_cpu_us": statistics.median(
                (r["on_cpu_ns"] - r["off_cpu_ns"]) / 1000 for r in runs
            ),
        }
    off = summary["off"]
    print(f"\nEKS DescribeCluster per call, median of {rounds} processes x {calls} calls")
    print(f"{'configuration':<12} {'wall':>10} {'ratio':>7} {'CPU':>10} {'ratio':>7}")
    for mode, row in summary.items():
        if mode in AB_MODES or mode.endswith("-mem"):
            continue
        print(
            f"{mode:<12} {row['wall_us']:>8.1f}us {row['wall_us'] / off['wall_us']:>6.3f}x"
            f" {row['cpu_us']:>8.1f}us {row['cpu_us'] / off['cpu_us']:>6.3f}x"
        )
    print("\nTraced / untraced in the same process (blocks alternating), median of processes:")
    for mode in AB_MODES:
        row = summary[mode]
        print(
            f"{mode:<12} wall {row['wall_ratio']:.3f}x (+{row['added_wall_us']:.1f}us)"
            f"  CPU {row['cpu_ratio']:.3f}x (+{row['added_cpu_us']:.1f}us)"
        )
    ratio = summary["ab-batch"]["wall_ratio"]
    verdict = "meets" if ratio <= TARGET_RATIO else "MISSES"
    print()
    print(f"traced (batch, no-op exporter) / untraced: {ratio:.3f}x ({verdict} <= {TARGET_RATIO}x)")
    if args.baseline:
        print("\nUntraced, this tree / baseline (median of the rounds' paired ratios):")
        for ours, theirs in (("off", "main-off"), ("off-mem", "main-off-mem")):
            pairs = list(zip(results[ours], results[theirs], strict=True))
            wall = statistics.median(a["wall_ns"] / b["wall_ns"] for a, b in pairs)
            cpu = statistics.median(a["cpu_ns"] / b["cpu_ns"] for a, b in pairs)
            absolute = f"{med(ours, 'wall_ns'):.1f}us vs {med(theirs, 'wall_ns'):.1f}us"
            print(f"{ours:<12} wall {wall:.3f}x  CPU {cpu:.3f}x  ({absolute})")
            summary[f"{ours} / baseline"] = {"wall_ratio": wall, "cpu_ratio": cpu}
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
