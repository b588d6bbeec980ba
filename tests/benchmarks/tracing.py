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
  untraced call did not get slower.

Each child warms up, then times single calls; a configuration's figure is
the median of its children's medians, the children of all configurations
interleaved (A, B, C, C, B, A, ...) so a slow stretch of the machine hits
them alike. Wall time is what the caller waits; CPU is the calling thread's
own (``time.thread_time_ns``), which waiting for the server or a core does
not inflate. Target: ``batch`` per-call wall time at most 1.15x ``off``.
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


def _configure(mode: str) -> None:
    if mode in ("off", "main-off"):
        return
    import opentelemetry.trace

    if mode == "api-only":
        return
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
    processor = BatchSpanProcessor if mode == "batch" else SimpleSpanProcessor
    provider.add_span_processor(processor(DropSpans()))
    opentelemetry.trace.set_tracer_provider(provider)


def _child(mode: str, url: str, warmup: int, calls: int) -> None:
    _configure(mode)
    import emrk

    session = emrk.Session(
        aws_access_key_id="AKIDEXAMPLE", aws_secret_access_key="secret", region_name="us-east-1"
    )
    eks = session.eks(endpoint_url=url)
    for _ in range(warmup):
        eks.describe_cluster(name="analytics-prod")
    walls: list[float] = []
    cpus: list[float] = []
    wall_clock, cpu_clock = time.perf_counter_ns, time.thread_time_ns
    for _ in range(calls):
        start_cpu = cpu_clock()
        start = wall_clock()
        eks.describe_cluster(name="analytics-prod")
        walls.append(float(wall_clock() - start))
        cpus.append(float(cpu_clock() - start_cpu))
    traced = "emrk.core.tracing" in sys.modules
    print(
        json.dumps(
            {
                "wall_ns": statistics.median(walls),
                "cpu_ns": statistics.median(cpus),
                "emrk": str(Path(emrk.__file__).resolve().parent.parent),
                "otel_loaded": "opentelemetry" in sys.modules,
                "traced": traced,
            }
        )
    )


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


def _spawn(mode: str, url: str, warmup: int, calls: int, baseline: Path | None) -> dict[str, Any]:
    source = baseline if mode == "main-off" and baseline is not None else ROOT
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "OTEL_SDK_DISABLED")}
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


# -- the report ----------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> None:
    """Run every configuration in interleaved fresh processes and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds and calls")
    parser.add_argument("--baseline", type=Path, help="another emrk tree (e.g. main's)")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    rounds, warmup, calls = (3, 200, 600) if args.quick else (7, 400, 1500)
    modes = [*MODES, *(["main-off"] if args.baseline else [])]
    baseline = args.baseline.resolve() if args.baseline else None
    results: dict[str, list[dict[str, Any]]] = {mode: [] for mode in modes}
    with _serving() as url:
        for index in range(rounds):
            order = modes if index % 2 == 0 else modes[::-1]
            for mode in order:
                results[mode].append(_spawn(mode, url, warmup, calls, baseline))
            print(f"round {index + 1}/{rounds} done", file=sys.stderr, flush=True)
    summary = {
        mode: {
            "wall_us": statistics.median(r["wall_ns"] for r in runs) / 1000,
            "cpu_us": statistics.median(r["cpu_ns"] for r in runs) / 1000,
            "otel_loaded": runs[0]["otel_loaded"],
            "traced": runs[0]["traced"],
        }
        for mode, runs in results.items()
    }
    off = summary["off"]
    print(f"\nEKS DescribeCluster per call, median of {rounds} processes x {calls} calls")
    print(f"{'configuration':<12} {'wall':>10} {'ratio':>7} {'CPU':>10} {'ratio':>7}  otel loaded")
    for mode, row in summary.items():
        print(
            f"{mode:<12} {row['wall_us']:>8.1f}us {row['wall_us'] / off['wall_us']:>6.3f}x"
            f" {row['cpu_us']:>8.1f}us {row['cpu_us'] / off['cpu_us']:>6.3f}x  {row['otel_loaded']}"
        )
    ratio = summary["batch"]["wall_us"] / off["wall_us"]
    verdict = "meets" if ratio <= TARGET_RATIO else "MISSES"
    print()
    print(f"traced (batch, no-op exporter) / untraced: {ratio:.3f}x ({verdict} <= {TARGET_RATIO}x)")
    if "main-off" in summary:
        moved = off["wall_us"] / summary["main-off"]["wall_us"]
        cpu_moved = off["cpu_us"] / summary["main-off"]["cpu_us"]
        print(f"untraced, this tree / baseline: wall {moved:.3f}x, CPU {cpu_moved:.3f}x")
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
