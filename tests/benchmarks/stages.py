"""``python -m tests.benchmarks.stages``: where emrk's time goes.

A diagnostic companion to the benchmark, not part of its verdict. It prints:

1. import time of the three service packages (``python -X importtime``),
   largest modules first, then of a first answer (import, one EKS client,
   one DescribeCluster, keys from the environment): what the first call
   loads;
2. a cProfile of client creation;
3. for DescribeCluster, DescribeJobRun and GetCluster, the time of each stage
   of a call (``emrk.core.call.Call``) measured on its own (request model,
   idempotency tokens, validation, serialization, ``requests`` preparation,
   SigV4 signing, send and read, parsing) next to the whole call, the transport
   floor and a bare ``Session.send`` of a prepared request;
4. a cProfile of many DescribeCluster calls, by own time.

The stages mirror ``Call`` step by step and use its helpers directly, so this
tool follows the client's internals: when a call changes shape, change the
stage list here with it.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import io
import pstats
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from tests.benchmarks import bodies
from tests.benchmarks.floor import floor_requests
from tests.benchmarks.processes import REPO, child_env
from tests.benchmarks.report import duration
from tests.benchmarks.sdks import FAKE_KEY_ID, FAKE_SECRET, REGION, sdk_named
from tests.benchmarks.timing import interleaved_batches, median

__all__ = ["main"]

_BATCH = 10
# Timed with the stages but not one of them: it spans prepare, sign and send.
_TRANSPORT = "emrk Transport.send as a whole (prepare, sign, send, read)"


@contextmanager
def _server_process() -> Iterator[str]:
    """The benchmark server in a process of its own, so it never holds our GIL."""
    argv = [sys.executable, "-m", "tests.benchmarks.server"]
    server = subprocess.Popen(argv, stdout=subprocess.PIPE, text=True, env=child_env(), cwd=REPO)
    try:
        assert server.stdout is not None
        line = server.stdout.readline()
        yield line.split(" on ", 1)[1].split(" ", 1)[0]
    finally:
        server.terminate()
        server.wait()


def _per_call(fn: Callable[[], object], calls: int) -> float:
    walls, _cpus = interleaved_batches({"fn": fn}, _BATCH, max(5, calls // _BATCH))
    return median(walls["fn"])


def _print_imports(
    code: str = "import emrk.eks, emrk.emr_containers, emrk.pcs",
    env: dict[str, str] | None = None,
    limit: int = 15,
) -> None:
    argv = [sys.executable, "-X", "importtime", "-c", code]
    full_env = {**child_env(), **(env or {})}
    subprocess.run(argv, env=full_env, cwd=REPO, capture_output=True, check=True)  # warm .pyc
    done = subprocess.run(argv, env=full_env, cwd=REPO, capture_output=True, text=True)
    rows = []
    for line in done.stderr.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if len(parts) == 3 and parts[0].strip().isdigit():
            rows.append((int(parts[0]), int(parts[1]), parts[2].strip()))
    total = sum(own for own, _, _ in rows)
    emrk_own = sum(own for own, _, name in rows if name.startswith("emrk"))
    print(f"\n== Import: {code.splitlines()[-1]} ==")
    print(f"{len(rows)} modules, {total / 1e3:.1f} ms in all, {emrk_own / 1e3:.1f} ms in emrk.*")
    print(f"{'own ms':>8} {'cumul ms':>9}  module")
    for own, cumulative, name in sorted(rows, reverse=True)[:limit]:
        print(f"{own / 1e3:8.1f} {cumulative / 1e3:9.1f}  {name}")


def _profile(fn: Callable[[], object], times: int, limit: int) -> str:
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(times):
        fn()
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.strip_dirs().sort_stats("tottime").print_stats(limit)
    return out.getvalue()


def _print_creation(session: Any, url: str, calls: int) -> None:
    print("\n== Client creation (EKS, existing session) ==")
    per_client = _per_call(lambda: session.eks(endpoint_url=url).close(), calls // 4)
    print(f"{duration(per_client)} per client, close included")
    print(_profile(lambda: session.eks(endpoint_url=url).close(), 300, 15))


def _operations(session: Any, url: str) -> dict[str, tuple[Any, Any, Callable[[], Any]]]:
    """Operation -> (client, Operation spec, request factory)."""
    from emrk.eks import DescribeClusterRequest
    from emrk.eks.operations import DESCRIBE_CLUSTER
    from emrk.emr_containers import DescribeJobRunRequest
    from emrk.emr_containers.operations import DESCRIBE_JOB_RUN
    from emrk.pcs import GetClusterRequest
    from emrk.pcs.operations import GET_CLUSTER

    return {
        "DescribeCluster": (
            session.eks(endpoint_url=url),
            DESCRIBE_CLUSTER,
            lambda: DescribeClusterRequest(name=bodies.CLUSTER_NAME),
        ),
        "DescribeJobRun": (
            session.emr_containers(endpoint_url=url),
            DESCRIBE_JOB_RUN,
            lambda: DescribeJobRunRequest(
                id=bodies.JOB_RUN_ID, virtual_cluster_id=bodies.VIRTUAL_CLUSTER_ID
            ),
        ),
        "GetCluster": (
            session.pcs(endpoint_url=url),
            GET_CLUSTER,
            lambda: GetClusterRequest(cluster_identifier=bodies.PCS_CLUSTER_ID),
        ),
    }


def _stage_functions(
    client: Any, op: Any, make_request: Callable[[], Any], transport: Any
) -> dict[str, Callable[[], object]]:
    import requests

    from emrk.core.call import fill_idempotency_tokens
    from emrk.core.http import HttpRequest, RawResponse
    from emrk.core.validation import validate

    protocol = client._SERVICE.protocol
    request = make_request()
    http = protocol.serialize(op, request)
    url = client.endpoint_url + http.url
    body = http.body or None
    credentials = client._credential_provider.get()

    def prepare() -> requests.PreparedRequest:
        prepared = requests.PreparedRequest()
        prepared.prepare(method=http.method, url=url, headers=http.headers, data=body)
        return prepared

    def sign() -> HttpRequest:
        outgoing = HttpRequest(http.method, url, dict(http.headers), http.body)
        client._signer.sign(outgoing, credentials)
        return outgoing

    signed = prepare()
    signed.headers.update(sign().headers)
    # Proxies passed in, resolved once, as emrk's transport does.
    answer = transport.send(signed, allow_redirects=False, proxies={})
    raw = RawResponse(answer.status_code, answer.headers, answer.content)
    return {
        "build the request model": make_request,
        "fill idempotency tokens": lambda: fill_idempotency_tokens(request),
        "validate": lambda: validate(request),
        "serialize": lambda: protocol.serialize(op, request),
        "requests PreparedRequest.prepare": prepare,
        "sign (RequestSigner)": sign,
        "Session.send + read body": lambda: (
            transport.send(signed, allow_redirects=False, proxies={}).content
        ),
        "parse into the response model": lambda: protocol.parse(op, raw),
        _TRANSPORT: lambda: client._transport.send(sign()),
    }


def _line(wall: float, cpu: float | None, total: float | None, label: str) -> None:
    share = f"{100 * wall / total:5.1f} %" if total else " " * 7
    cpu_text = _signed(cpu) if cpu is not None else ""
    print(f"{_signed(wall):>10} {cpu_text:>10}  {share}  {label}")


def _signed(ns: float) -> str:
    return ("-" if ns < 0 else "") + duration(abs(ns))


def _print_stages(session: Any, url: str, calls: int) -> None:
    import requests

    emrk_sdk = sdk_named("emrk")
    floors = floor_requests(url)
    transport = requests.Session()
    for name, (client, op, make_request) in _operations(session, url).items():
        emrk_sdk.check(client, name)
        floor = floors[name]
        floor_body = floor["body"].encode() or None

        def floor_call(floor: dict[str, Any] = floor, body: bytes | None = floor_body) -> object:
            return transport.request(
                floor["method"], floor["url"], data=body, headers=floor["headers"]
            ).content

        fns: dict[str, Callable[[], object]] = {
            **_stage_functions(client, op, make_request, transport),
            "whole": functools.partial(emrk_sdk.call(name), client),
            "floor": floor_call,
        }
        interleaved_batches(fns, _BATCH, 3)  # warm-up
        walls, cpus = interleaved_batches(fns, _BATCH, max(5, calls // _BATCH))
        wall = {stage: median(values) for stage, values in walls.items()}
        cpu = {stage: median(values) for stage, values in cpus.items()}
        total = wall.pop("whole")
        total_cpu = cpu.pop("whole")
        transport_wall, transport_cpu = wall.pop(_TRANSPORT), cpu.pop(_TRANSPORT)
        floor_wall, floor_cpu = wall.pop("floor"), cpu.pop("floor")
        print(f"\n== {name}: stages of one emrk call, timed side by side ==")
        print(f"{'wall':>10} {'CPU':>10}  {'share':>7}  stage")
        for stage in wall:
            _line(wall[stage], cpu[stage], total, stage)
        rest = total - sum(wall.values())
        rest_cpu = total_cpu - sum(cpu.values())
        _line(rest, rest_cpu, total, "rest of _invoke (retry loop, headers, ids)")
        _line(total, total_cpu, total, "the whole call")
        _line(transport_wall, transport_cpu, total, _TRANSPORT)
        method = floor["method"].lower()
        _line(floor_wall, floor_cpu, None, f"floor: requests.Session().{method}, headers ready")
        send, send_cpu = wall["Session.send + read body"], cpu["Session.send + read body"]
        _line(floor_wall - send, floor_cpu - send_cpu, None, "floor minus Session.send")
        _line(total - floor_wall, total_cpu - floor_cpu, None, "overhead above the floor")
        client.close()


def main(argv: list[str] | None = None) -> int:
    """Print the import, creation, per-stage and profile breakdowns."""
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.stages")
    parser.add_argument("--calls", type=int, default=2000, help="calls per timed stage")
    args = parser.parse_args(argv)
    _print_imports()
    session = sdk_named("emrk").new_session()
    with _server_process() as url:
        keys = {"AWS_ACCESS_KEY_ID": FAKE_KEY_ID, "AWS_SECRET_ACCESS_KEY": FAKE_SECRET}
        _print_imports(
            "import emrk\n"
            f"emrk.Session(region_name={REGION!r}).eks(endpoint_url={url!r})"
            f".describe_cluster(name={bodies.CLUSTER_NAME!r})",
            keys,
        )
        _print_creation(session, url, args.calls)
        _print_stages(session, url, args.calls)
        client = session.eks(endpoint_url=url)
        call = sdk_named("emrk").call("DescribeCluster")
        print(f"\n== cProfile: {args.calls} DescribeCluster calls, by own time ==")
        print(_profile(lambda: call(client), args.calls, 30))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
