"""From raw results to the comparison table, its targets, and docs/performance.md.

The targets are the ones issues 6, 11, 12 and 13 set: most are an upper
bound on emrk's figure divided by boto3's, measured in the same run (or, for
pagination memory, on how much emrk's peak grows when the listing is three
times longer). The tracing row divides emrk's traced call by its untraced
one; the async rows (a table of their own) compare emrk's async client with
aiobotocore, and its throughput with emrk's sync client on 32 threads, which
is the one target that is a lower bound.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tests.benchmarks.first_call import FIRST_CALLS

__all__ = [
    "ASYNC_HEADER",
    "Row",
    "async_rows",
    "bare_send_rows",
    "build_rows",
    "cpu_rows",
    "duration",
    "markdown_document",
    "table",
    "verdict",
]

_OPERATION_LABELS = {
    "DescribeCluster": "EKS DescribeCluster (2.2 KB answer), per call",
    "DescribeJobRun": "EMR on EKS DescribeJobRun, per call",
    "GetCluster": "PCS GetCluster, per call",
}


@dataclass(frozen=True)
class Row:
    """One line of the table: a workload, both SDKs, the floor, and its target."""

    workload: str
    boto3: str
    emrk: str
    floor: str
    ratio: float | None
    target: float | None
    #: What the ratio compares, when it is not plain emrk / boto3.
    basis: str = ""
    #: The target is a lower bound (a throughput ratio), not an upper one.
    at_least: bool = False
    #: Why the row could not be measured in this run (``""``: it was).
    skipped: str = ""

    @property
    def ok(self) -> bool | None:
        """Whether the target is met; ``None`` for rows kept for information or skipped."""
        if self.target is None or self.ratio is None or self.skipped:
            return None
        return self.ratio >= self.target if self.at_least else self.ratio <= self.target

    def cells(self) -> list[str]:
        """The row as table cells."""
        suffix = f" {self.basis}" if self.basis else ""
        ratio = "—" if self.ratio is None else f"{self.ratio:.2f}x{suffix}"
        bound = "≥" if self.at_least else "≤"
        target = "—" if self.target is None else f"{bound} {self.target:.2f}x"
        ok = "skipped" if self.skipped else {None: "—", True: "yes", False: "**NO**"}[self.ok]
        return [self.workload, self.boto3, self.emrk, self.floor, ratio, target, ok]


def duration(ns: float) -> str:
    """A duration with a unit that keeps two or three significant digits."""
    if ns >= 1e9:
        return f"{ns / 1e9:.2f} s"
    if ns >= 1e6:
        value = ns / 1e6
        return f"{value:.1f} ms" if value >= 10 else f"{value:.2f} ms"
    if ns >= 1e3:
        value = ns / 1e3
        return f"{value:.0f} µs" if value >= 10 else f"{value:.1f} µs"
    return f"{ns:.0f} ns"


def _mib(kib: float) -> str:
    return f"{kib / 1024:.1f} MiB"


def _kib(size: float) -> str:
    return f"{size / 1024:.0f} KiB"


def _cold_rows(cold: dict[str, dict[str, float]]) -> list[Row]:
    def wall(name: str) -> float:
        return cold[name]["wall_ns"]

    return [
        Row(
            "Cold start: fresh process, import, EKS + EMR on EKS + PCS clients",
            duration(wall("boto3")),
            duration(wall("emrk")),
            f"{duration(wall('requests'))} (`import requests`)",
            wall("emrk") / wall("boto3"),
            0.6,
        ),
    ]


#: Targets of the first-answer rows (issue 12).
FIRST_CALL_TARGET = 0.60
TOKEN_TARGETS = {"token_env": 0.25, "token_profile": 0.75}
FIRST_CALL_RSS_TARGET = 0.75


def _first_call_rows(cold: dict[str, dict[str, Any]]) -> list[Row]:
    def wall(name: str) -> float:
        return float(cold[name]["wall_ns"])

    rows = [
        Row(
            f"First answer: fresh process, import, {label} (env credentials)",
            duration(wall(f"{workload}:boto3")),
            duration(wall(f"{workload}:emrk")),
            f"{duration(wall('requests'))} (`import requests`)",
            wall(f"{workload}:emrk") / wall(f"{workload}:boto3"),
            FIRST_CALL_TARGET,
        )
        for workload, label in FIRST_CALLS.items()
    ]
    rows += [
        Row(
            "`python -m emrk eks get-token` vs a boto3 script presigning the same token"
            + (", keys from a profile" if workload == "token_profile" else ", env keys"),
            duration(wall(f"{workload}:boto3")),
            duration(wall(f"{workload}:emrk")),
            f"{duration(wall('python'))} (`python -c pass`)",
            wall(f"{workload}:emrk") / wall(f"{workload}:boto3"),
            target,
        )
        for workload, target in TOKEN_TARGETS.items()
    ]
    return rows


def _first_call_rss_row(cold: dict[str, dict[str, Any]]) -> Row:
    def rss(name: str) -> float:
        return float(cold[name]["rss_kib"])

    return Row(
        "Peak RSS: the EKS first-answer process",
        _mib(rss("eks_first:boto3")),
        _mib(rss("eks_first:emrk")),
        f"{_mib(rss('requests'))} (`import requests`)",
        rss("eks_first:emrk") / rss("eks_first:boto3"),
        FIRST_CALL_RSS_TARGET,
    )


def _creation_rows(creation: dict[str, dict[str, Any]]) -> list[Row]:
    rows = []
    for key, label in (
        ("existing_session_ns", "Create a client from an existing session"),
        ("new_session_ns", "Create a client with a new session"),
    ):
        boto3, emrk = creation["boto3"][key], creation["emrk"][key]
        rows.append(Row(label, duration(boto3), duration(emrk), "—", emrk / boto3, 0.05))
    return rows


def _call_rows(calls: dict[str, dict[str, Any]]) -> list[Row]:
    rows = []
    for operation, label in _OPERATION_LABELS.items():
        b, e = calls["boto3"][operation], calls["emrk"][operation]
        b_over = b["sdk_ns"] - b["floor_ns"]
        e_over = e["sdk_ns"] - e["floor_ns"]
        rows.append(
            Row(
                label,
                f"{duration(b['sdk_ns'])} (+{duration(b_over)})",
                f"{duration(e['sdk_ns'])} ({_signed(e_over)})",
                duration((b["floor_ns"] + e["floor_ns"]) / 2),
                e_over / b_over if b_over > 0 else None,
                0.25,
                "of the overhead",
            )
        )
    return rows


#: Target of the tracing row (issue 13): traced call / untraced call.
TRACING_TARGET = 1.15


def _tracing_row(tracing: dict[str, Any]) -> Row:
    label = "EKS DescribeCluster per call with tracing on (no-op exporter) vs untraced"
    if tracing.get("skipped"):
        return Row(label, "—", "—", "—", None, TRACING_TARGET, skipped=tracing["skipped"])
    on, off = tracing["on_wall_ns"], tracing["off_wall_ns"]
    return Row(
        label,
        "—",
        f"{duration(on)} traced ({_signed(on - off)})",
        f"{duration(off)} untraced",
        tracing["wall_ratio"],
        TRACING_TARGET,
        "traced / untraced",
    )


def _signed(ns: float) -> str:
    return f"+{duration(ns)}" if ns >= 0 else f"−{duration(-ns)}"


def _pagination_rows(paginate: dict[str, Any], pagemem: dict[str, Any]) -> list[Row]:
    b, e = paginate["boto3"], paginate["emrk"]
    items = e["items"]
    pages = -(-items // 100)
    bm, em = pagemem["boto3"], pagemem["emrk"]

    def growth(m: dict[str, float]) -> float:
        return m["large_peak_bytes"] / m["small_peak_bytes"]

    def memory(m: dict[str, float]) -> str:
        return f"{_kib(m['small_peak_bytes'])} → {_kib(m['large_peak_bytes'])}"

    return [
        Row(
            f"Paginate ListClusters: {items:,} names in {pages} pages",
            duration(b["sdk_ns"]),
            duration(e["sdk_ns"]),
            f"{duration((b['floor_ns'] + e['floor_ns']) / 2)} (same GETs)",
            e["sdk_ns"] / b["sdk_ns"],
            0.7,
        ),
        Row(
            f"Paginator peak memory, {em['small_items']:,} → {em['large_items']:,} names",
            f"{memory(bm)} ({growth(bm):.2f}x)",
            memory(em),
            "—",
            growth(em),
            1.25,
            "growth",
        ),
    ]


def _rss_row(cold: dict[str, dict[str, float]]) -> Row:
    def rss(name: str) -> float:
        return cold[name]["rss_kib"]

    return Row(
        "Peak RSS: import + the three clients",
        _mib(rss("boto3")),
        _mib(rss("emrk")),
        f"{_mib(rss('requests'))} (`import requests`)",
        rss("emrk") / rss("boto3"),
        0.75,
    )


def build_rows(results: dict[str, Any]) -> list[Row]:
    """Every row of the table, in reading order."""
    return [
        *_cold_rows(results["cold"]),
        *_first_call_rows(results["cold"]),
        *_creation_rows(results["creation"]),
        *_call_rows(results["calls"]),
        _tracing_row(results["tracing"]),
        *_pagination_rows(results["paginate"], results["pagemem"]),
        _rss_row(results["cold"]),
        _first_call_rss_row(results["cold"]),
    ]


#: Targets of the async rows (issue 11).
ASYNC_WALL_TARGET = 0.5
ASYNC_RSS_TARGET = 0.6
ASYNC_THROUGHPUT_TARGET = 1.5
#: The async table's columns: what emrk's async client is compared with differs by row.
ASYNC_HEADER = ["workload", "compared with", "emrk async", "floor: bare aiohttp"]


def _rate(calls: int, ns: float) -> str:
    return f"{calls / (ns / 1e9):,.0f}/s"


def async_rows(results: dict[str, Any]) -> list[Row]:
    """The async section: emrk async vs aiobotocore and vs the sync client on threads.

    Columns as :data:`ASYNC_HEADER`: the second cell is what emrk's async
    client is compared with (aiobotocore, or emrk's sync client on a pool of
    threads), the fourth the bare aiohttp floor, which is also the local
    server's ceiling.
    """
    section = results["async"]
    calls = section.get("calls", 1_000)
    flight = section.get("concurrency", 100)
    threads = section.get("threads", 32)
    work = f"{calls:,} DescribeCluster calls, {flight} in flight"
    labels = {
        "wall": f"{work}: wall time vs aiobotocore",
        "rss": f"{work}: peak RSS of the process vs aiobotocore",
        "rate": f"Throughput, {work}, vs the sync client on {threads} threads",
    }
    if section.get("skipped"):
        reason = section["skipped"]
        return [
            Row(labels["wall"], "—", "—", "—", None, ASYNC_WALL_TARGET, skipped=reason),
            Row(labels["rss"], "—", "—", "—", None, ASYNC_RSS_TARGET, skipped=reason),
            Row(
                labels["rate"],
                "—",
                "—",
                "—",
                None,
                ASYNC_THROUGHPUT_TARGET,
                at_least=True,
                skipped=reason,
            ),
        ]
    m = section["median"]
    emrk, floor, threaded = m["emrk-async"], m["aiohttp"], m["emrk-threads"]
    rows = [
        Row(
            f"Local server ceiling: bare aiohttp, {calls:,} GETs, {flight} in flight "
            f"({section['server_processes']} server processes)",
            "—",
            "—",
            f"{_rate(calls, floor['wall_ns'])} ({duration(floor['wall_ns'])})",
            None,
            None,
        )
    ]
    aio = m.get("aiobotocore")
    if aio is None:
        reason = section["aiobotocore"]["skipped"]
        rows += [
            Row(
                labels["wall"],
                "—",
                duration(emrk["wall_ns"]),
                duration(floor["wall_ns"]),
                None,
                ASYNC_WALL_TARGET,
                skipped=reason,
            ),
            Row(
                labels["rss"],
                "—",
                _mib(emrk["rss_kib"]),
                _mib(floor["rss_kib"]),
                None,
                ASYNC_RSS_TARGET,
                skipped=reason,
            ),
        ]
    else:
        rows += [
            Row(
                labels["wall"],
                f"aiobotocore: {duration(aio['wall_ns'])} ({_rate(calls, aio['wall_ns'])})",
                f"{duration(emrk['wall_ns'])} ({_rate(calls, emrk['wall_ns'])})",
                duration(floor["wall_ns"]),
                emrk["wall_ns"] / aio["wall_ns"],
                ASYNC_WALL_TARGET,
            ),
            Row(
                labels["rss"],
                f"aiobotocore: {_mib(aio['rss_kib'])}",
                _mib(emrk["rss_kib"]),
                _mib(floor["rss_kib"]),
                emrk["rss_kib"] / aio["rss_kib"],
                ASYNC_RSS_TARGET,
            ),
        ]
    rows.append(
        Row(
            labels["rate"],
            f"sync, {threads} threads: {_rate(calls, threaded['wall_ns'])} "
            f"({duration(threaded['wall_ns'])})",
            _rate(calls, emrk["wall_ns"]),
            _rate(calls, floor["wall_ns"]),
            threaded["wall_ns"] / emrk["wall_ns"],
            ASYNC_THROUGHPUT_TARGET,
            "the throughput",
            at_least=True,
        )
    )
    return rows


def cpu_rows(results: dict[str, Any]) -> list[Row]:
    """The client's own CPU time per call and per listing, for information.

    Thread CPU time leaves out waiting for the server and for a free core, so
    it stays put on a busy machine where wall times wander. The first-answer
    programs show the whole process's user + system time instead (the floor
    is ``import requests`` or ``python -c pass``; the ratio is plain emrk /
    boto3).
    """
    calls, paginate = results["calls"], results["paginate"]
    rows = []
    for operation, label in _OPERATION_LABELS.items():
        b, e = calls["boto3"][operation], calls["emrk"][operation]
        rows.append(_cpu_row(label.replace(", per call", ", CPU per call"), b, e))
    rows.append(_cpu_row("Paginate 10,000 names, CPU", paginate["boto3"], paginate["emrk"]))
    cold = results["cold"]
    programs = {**{w: f"First answer, {label}" for w, label in FIRST_CALLS.items()}}
    programs.update(token_env="get-token, env keys", token_profile="get-token, profile keys")
    for workload, label in programs.items():
        b, e = cold[f"{workload}:boto3"]["cpu_ns"], cold[f"{workload}:emrk"]["cpu_ns"]
        floor = "requests" if workload in FIRST_CALLS else "python"
        rows.append(
            Row(
                f"{label}: process CPU",
                duration(b),
                duration(e),
                duration(cold[floor]["cpu_ns"]),
                e / b,
                None,
            )
        )
    return rows


def bare_send_rows(results: dict[str, Any]) -> list[Row]:
    """Per-call overhead above a prepared request re-sent with ``Session.send``.

    ``requests.Session().get`` (the floor the targets use) spends part of its
    time on work an SDK can skip; this stricter floor shows what each SDK
    really adds on top of the bare ``requests`` transport.
    """
    calls = results["calls"]
    rows = []
    for operation, label in _OPERATION_LABELS.items():
        b, e = calls["boto3"][operation], calls["emrk"][operation]
        b_over, e_over = b["sdk_ns"] - b["send_ns"], e["sdk_ns"] - e["send_ns"]
        rows.append(
            Row(
                label.replace(", per call", ", above Session.send"),
                _signed(b_over),
                _signed(e_over),
                duration((b["send_ns"] + e["send_ns"]) / 2),
                e_over / b_over if b_over > 0 else None,
                None,
            )
        )
    return rows


def _cpu_row(label: str, b: dict[str, float], e: dict[str, float]) -> Row:
    b_over = b["sdk_cpu_ns"] - b["floor_cpu_ns"]
    e_over = e["sdk_cpu_ns"] - e["floor_cpu_ns"]
    return Row(
        label,
        f"{duration(b['sdk_cpu_ns'])} (+{duration(b_over)})",
        f"{duration(e['sdk_cpu_ns'])} ({_signed(e_over)})",
        duration((b["floor_cpu_ns"] + e["floor_cpu_ns"]) / 2),
        e_over / b_over if b_over > 0 else None,
        None,
        "of the overhead",
    )


def table(rows: list[Row], *, targets: bool = True, header: list[str] | None = None) -> str:
    """A Markdown table, readable as plain text too; ``targets=False`` drops target and ok.

    ``header`` names the first four columns (workload, boto3, emrk, floor by default).
    """
    header = [*(header or ["workload", "boto3", "emrk", "floor"]), "ratio", "target", "ok"]
    width = len(header) if targets else 5
    lines = [header[:width], *(row.cells()[:width] for row in rows)]
    widths = [max(len(line[i]) for line in lines) for i in range(width)]

    def render(cells: list[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    separator = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([render(lines[0]), separator, *(render(c) for c in lines[1:])])


def markdown_document(rows: list[Row], results: dict[str, Any]) -> str:
    """The whole of docs/performance.md."""
    meta = results["meta"]
    cold = results["cold"]
    concurrent = async_rows(results)
    return _TEMPLATE.format(
        table=table(rows),
        async_table=table(concurrent, header=ASYNC_HEADER),
        async_setup=_async_setup(results["async"]),
        cpu_table=table(cpu_rows(results), targets=False),
        send_table=table(bare_send_rows(results), targets=False),
        load=meta["load"],
        verdict=verdict([*rows, *concurrent]),
        date=meta["date"],
        mode="quick (`--quick`)" if meta["quick"] else "full",
        python=meta["python"],
        platform=meta["platform"],
        cpus=meta["cpus"],
        versions=", ".join(f"{name} {version}" for name, version in meta["versions"].items()),
        pass_wall=duration(cold["python"]["wall_ns"]),
        pass_rss=_mib(cold["python"]["rss_kib"]),
        seconds=meta["seconds"],
        rounds=meta["cold_rounds"],
    )


def verdict(rows: list[Row]) -> str:
    """One sentence on the targets: all met, or which were missed (and which skipped)."""
    missed = [row.workload for row in rows if row.ok is False]
    skipped = [f"{row.workload} ({row.skipped})" for row in rows if row.skipped]
    text = (
        "Every target is met."
        if not missed
        else "Targets missed in this run: " + "; ".join(missed) + "."
    )
    if skipped:
        text += " Not measured in this run: " + "; ".join(skipped) + "."
    return text


def _async_setup(section: dict[str, Any]) -> str:
    """What the async rows ran on, for the sentence under their table."""
    if section.get("skipped"):
        return f"The async section was skipped: {section['skipped']}."
    aio = section["aiobotocore"]
    if aio["skipped"]:
        against = f"aiobotocore was not measured: {aio['skipped']}"
    else:
        v = aio["versions"]
        against = (
            f"aiobotocore {v['aiobotocore']} (botocore {v['botocore']}, aiohttp {v['aiohttp']}) "
            "ran from its own virtual environment"
        )
    rounds = section["rounds"]
    summary = f"Medians of {rounds} rounds" if rounds > 1 else "One round"
    return (
        f"{summary}; the local server ran {section['server_processes']} worker processes; "
        f"{against}."
    )


_TEMPLATE = """\
# Performance

emrk is meant to be the faster alternative to boto3 for the services it
covers. This page is generated by the benchmark suite; do not edit it by hand.

From the repository root:

```console
pip install -c constraints.txt -e '.[dev,bench]'   # bench: boto3 1.44.5 and matplotlib
python -m tests.benchmarks         # full run (about three minutes); rewrites this page
python -m tests.benchmarks --quick --no-write   # a quick look, this page untouched
```

The async rows also need aiohttp (the `async` extra, part of `dev`) and
aiobotocore, which pins an older botocore than emrk's environment holds: the
first run creates a virtual environment of its own for it in
`~/.cache/emrk-bench` (from the package index; `EMRK_BENCH_CACHE` moves it)
and later runs reuse it. The tracing row needs the OpenTelemetry SDK (part of
`dev`). A row whose requirements are missing is marked *skipped*; the others
still run.

The command prints the table below, rewrites this page and `performance.png`
(unless `--no-write`; `--json FILE` also saves the raw numbers), and exits
with status 1 if any ratio misses its target, so it can gate a release on
demand. It is not part of `pytest`: unit tests never assert on timing.

## Latest results

{verdict}

{table}

Ratios are emrk / boto3, so smaller is better. For the per-call rows the
ratio compares each SDK's *overhead*, its time above the transport floor
(shown in brackets), and a negative ratio means emrk's whole call took less
than the floor; for the memory row it is how much emrk's peak grows when the
listing is three times longer. For reference, a bare interpreter
(`python -c pass`) starts in {pass_wall} and peaks at {pass_rss}.

The *tracing* row is the per-call cost of OpenTelemetry tracing: the
OpenTelemetry SDK with a `BatchSpanProcessor` around an exporter that drops
every span, against the same calls untraced (the ratio is of whole calls,
server round trip included).

The *first answer* rows are what a Lambda function, a cron job or a CLI
pays: a fresh process imports the SDK, builds one client with keys and
region from the environment, makes one call and exits. The *get-token* rows
are what kubectl pays for every command that needs a token: `python -m emrk
eks get-token` against a boto3 script that mints the same token the way `aws
eks get-token` does; signing is local, so emrk loads neither `requests` nor
botocore when the keys are in the environment (with keys from a profile,
botocore's credential chain is loaded to read it).

### Async: many calls in flight

{async_table}

emrk's async client (`emrk.AsyncSession().eks()`) against aiobotocore, each
with a pool of 100 connections, making 1,000 DescribeCluster calls through
`asyncio.gather`, at most 100 in flight; and against emrk's sync client
shared by 32 threads. The floor is bare aiohttp sending the same GET (signed
once, in advance) and reading the body: it is also the ceiling of the local
server, so the clients above it are measured, not the server. Ratios are
emrk async / aiobotocore (smaller is better), and for the throughput row
emrk async's calls per second / the threaded sync client's (larger is
better). {async_setup}

![emrk vs boto3 vs the transport floor](performance.png)

The client's own CPU time (thread CPU time, for information: it leaves out
waiting for the server and for a free core, so it moves far less than wall
time when the machine is busy; in brackets, above the floor's):

{cpu_table}

The target's floor, `requests.Session().get/post`, also does work an SDK can
skip (a scan of the environment for proxies, `.netrc` lookups, cookie
merging, on every call). Against the bare transport, a prepared request
re-sent with `Session.send` and proxies resolved in advance, each SDK's own
per-call cost is (for information):

{send_table}

Run: {date}, {mode} mode, {seconds:.0f} s. Python {python} on {platform},
{cpus} CPUs, load average {load} (start, end: other work on the machine
makes wall times noisier); {versions}.

## Where the floors leave no room

Two targets sit at or past what emrk's required dependencies cost on their
own, so a run meets them or not by the machine's noise:

* **First answers (≤ 0.60x boto3).** The contract makes the sync transport
  `requests` (one `requests.Session` per client, so `responses` intercepts
  every call) and the models attrs classes. `import requests` alone (the
  floor column) is 0.41-0.47x of boto3's first answer, and `import attrs`
  about 0.05x more, so emrk's whole own part (its modules, the models of the
  one operation, the call) has to fit in roughly 0.1x. It is now about
  40 ms: the first call loads only its operation's models (the EKS cluster
  models split out; the update models no longer ride along), no cattrs
  (emrk's own codec), no botocore (environment keys), no `uuid`, and models
  share one `__init__`/`__eq__`/`__hash__` instead of attrs compiling them
  per class. The rows land between 0.55x and 0.64x from run to run, moved
  mostly by boto3's own time. Meeting the target every time would mean a
  transport other than `requests` or models other than attrs.
* **Async peak RSS (≤ 0.60x aiobotocore).** The floor, bare aiohttp reading
  the same 1,000 bodies without parsing them, is already 0.58x: emrk would
  have to fit its code and 1,000 parsed `DescribeClusterResponse` models
  (about 4.9 KB each against a 2.2 KB body) in about 1 MiB above it. emrk
  async is about 5 MiB above the floor (0.66x), after async programs stopped
  importing `requests` (it was 0.76x).

## Method

* **One process tree.** The parent process runs the local server and
  orchestrates; every measurement runs in a fresh child process that imports
  only one SDK, so neither SDK warms caches for the other and the server never
  competes with the client for the GIL.
* **The server** is a threaded HTTP/1.1 keep-alive server on 127.0.0.1
  (`tests/benchmarks/server.py`, stdlib `http.server`): `Content-Length` on
  every answer, Nagle off, realistic canned bodies (`tests/benchmarks/bodies.py`):
  a 2.2 KB EKS DescribeCluster with its certificate-authority blob, an EMR on
  EKS job run with configuration overrides, a PCS cluster with Slurm settings,
  and ListClusters pages of 100 names generated on demand and chained by
  opaque next tokens. Before timing, each call is checked to parse to the
  served values in both SDKs.
* **Both SDKs** use explicit fake keys, region `us-east-1` and `endpoint_url`
  pointing at the server; children get no `AWS_*` variables, no AWS config
  files, no proxy variables (not even `NO_PROXY`, which would short-cut the
  proxy lookups both SDKs make), and a bytecode cache outside the source
  tree, so both start from compiled bytecode like an installed package.
* **Cold start and peak RSS:** the whole wall time of `python -c` scripts that
  import the SDK and create the EKS, EMR on EKS and PCS clients, rotated in
  order each round, median of {rounds} rounds after one untimed round. The
  floor is `import requests`, which emrk needs anyway. Peak RSS is the
  child's `VmHWM` at exit (Linux's `ru_maxrss` would include the parent's
  high-water mark, inherited across fork and exec).
* **First answers** (`tests/benchmarks/first_call.py`) run in the same
  rounds, as fresh processes: import, one client, one call checked against
  the served body (EKS DescribeCluster; EMR on EKS StartJobRun with a Spark
  driver, configuration overrides and tags; PCS GetCluster), with
  `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_DEFAULT_REGION` in
  the environment. **get-token:** `python -m emrk eks get-token
  --cluster-name C --region us-east-1` against a boto3 script that registers
  the AWS CLI's two `x-k8s-aws-id` event handlers on an STS client, calls
  `generate_presigned_url("get_caller_identity", ...)` and prints the same
  `ExecCredential`; once with keys in the environment, once with keys in
  the default profile of a shared credentials file. The untimed round checks
  that both print the same token but for its date and signature.
* **Client creation:** per client, averaged over the three services; the
  median of many creations from one warmed-up session, and of creations each
  with a brand-new session (for boto3 that means loading the service model
  again). Clients are closed outside the timed part.
* **Per call:** after a warm-up, blocks of 10 calls alternate with blocks of
  10 requests of the **transport floor**, `requests.Session().get/post` of the
  same URL with headers signed once in advance (and with blocks of the bare
  `Session.send` of that request, prepared once); every call is timed on its
  own and the median is the time per call (on a busy machine a batch average
  would spread every delay over the batch it hit). Overhead = SDK time −
  floor time, each SDK against the floor measured in its own process. The
  floor goes through `requests`' high-level `Session.request` (environment
  proxy, `.netrc` and cookie handling on every call); an SDK that sends
  prepared requests with `Session.send` skips part of that work, which is
  how a total can come in under the floor.
* **Pagination:** iterate every name of a 10,000-name listing (100 pages),
  interleaved with the floor, the same 100 GETs on plain `requests`; median of
  the runs. **Memory:** peak `tracemalloc` memory above the starting point
  while listing 10,000 and then 30,000 names (tracing starts before a warm-up
  listing; both listings go past the point where bounded caches, such as the
  128-entry URL-split cache the stdlib keeps and `requests` fills once per
  page URL, are full). A paginator that keeps one page at a time has the same
  peak for both.
* **Tracing** (`tests/benchmarks/tracing.py`): in each of five fresh
  processes (two in quick mode), after 400 warm-up calls, blocks of 50
  DescribeCluster calls alternate between traced and untraced by setting and
  unsetting the global tracer provider (untraced: the OpenTelemetry API is
  loaded, with no provider), 1,500 calls each way, every call timed on its
  own; each process's ratio is its median traced call / its median untraced
  call, and the process with the median ratio is reported. Alternating in
  one process is what made the ratio reproducible: separate processes
  differ by ±10% among themselves.
* **Async** (`tests/benchmarks/async_suite.py`): the server is
  `tests/benchmarks/async_server.py`, one asyncio worker process per core
  (at least two) on one port (`SO_REUSEPORT`), answering keep-alive
  requests with the DescribeCluster body; the stdlib server above tops out
  near 700 answers/s. Each measurement is a fresh child process
  (`tests/benchmarks/async_child.py`) that makes one warm-up call, times the
  1,000 calls, checks every answer, and reports the wall time of the 1,000
  calls and its own peak RSS (`VmHWM`, interpreter and imports included).
  Keys and region come from the environment (`AWS_ACCESS_KEY_ID`,
  `AWS_SECRET_ACCESS_KEY`, `AWS_REGION`, and `AWS_DEFAULT_REGION`, which is
  the only one aiobotocore's botocore reads). The four clients alternate
  over five rounds (one in quick mode), and each figure is the median of its
  rounds. aiobotocore runs from its own virtual environment (see above),
  pinned to the release named under the table, with the aiohttp release
  emrk's environment has where pip allows it.
* **Rounds:** the per-call and pagination timings run in five rounds of fresh
  child processes (one in quick mode), the SDKs alternating, and the round
  with the median result is reported, so a busy stretch of the machine does
  not land on one SDK only.
* Wall times come from `time.perf_counter_ns`, CPU times from
  `time.thread_time_ns`; all summaries are medians. Absolute times depend on
  the machine and its load; the ratios are what count.

To see where emrk's own time goes, run `python -m tests.benchmarks.stages`:
it prints the import time of the service packages module by module, a
profile of client creation, the wall and CPU time of each stage of one call
(request model, idempotency tokens, validation, serialization, `requests`
preparation, signing, send, parsing) measured side by side, and a cProfile
of many calls.
"""
