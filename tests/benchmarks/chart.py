"""docs/performance.png: emrk vs boto3 vs the floor, one panel per workload.

matplotlib is imported here only, with the non-interactive Agg backend, so
the rest of the suite (and ``--no-write``) never needs it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

__all__ = ["write_chart"]

_COLORS = {
    "boto3": "#e8833a",
    "emrk": "#2f6db5",
    "floor": "#9a9a9a",
    "python": "#cfcfcf",
    "threads": "#8db3e2",
}
_OPERATIONS = ("DescribeCluster", "DescribeJobRun", "GetCluster")
_SDKS = ("boto3", "emrk")


def _label(value: float) -> str:
    return f"{value:,.0f}" if value >= 100 else f"{value:.3g}"


def _bars(ax: Any, labels: list[str], values: list[float], colors: list[str], unit: str) -> None:
    bars = ax.bar(labels, values, color=colors)
    ax.bar_label(bars, labels=[_label(v) for v in values], fontsize=8, padding=2)
    ax.set_ylabel(unit)
    ax.margins(y=0.18)


def _grouped(
    ax: Any, groups: list[str], series: dict[str, list[float]], unit: str, log: bool = False
) -> None:
    width = 0.8 / len(series)
    for index, (name, values) in enumerate(series.items()):
        xs = [g + (index - (len(series) - 1) / 2) * width for g in range(len(groups))]
        bars = ax.bar(xs, values, width, label=name, color=_COLORS[name])
        ax.bar_label(bars, labels=[_label(v) for v in values], fontsize=7, padding=2)
    ax.set_xticks(range(len(groups)), groups)
    ax.set_ylabel(unit)
    if log:
        ax.set_yscale("log")
    ax.margins(y=0.3 if not log else 0.5)
    ax.legend(fontsize=8, ncols=len(series), loc="upper center")


def write_chart(results: dict[str, Any], path: Path) -> None:
    """Draw the twelve panels and save them as a PNG at ``path``."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    cold, creation, calls = results["cold"], results["creation"], results["calls"]
    paginate, pagemem = results["paginate"], results["pagemem"]
    fig, axes = plt.subplots(4, 3, figsize=(15, 16.5))
    (a_cold, a_create, a_calls), (a_first, a_token, a_first_rss), (a_page, a_mem, a_rss) = axes[:3]
    a_async, a_async_rss, a_tracing = axes[3]

    names = ["python", "requests", "boto3", "emrk"]
    colors = [_COLORS["python"], _COLORS["floor"], _COLORS["boto3"], _COLORS["emrk"]]
    labels = ["python\n-c pass", "import\nrequests", "boto3", "emrk"]
    _bars(a_cold, labels, [cold[n]["wall_ns"] / 1e6 for n in names], colors, "ms")
    a_cold.set_title("Cold start: import + 3 clients")

    _grouped(
        a_create,
        ["existing session", "new session"],
        {
            sdk: [creation[sdk]["existing_session_ns"] / 1e3, creation[sdk]["new_session_ns"] / 1e3]
            for sdk in ("boto3", "emrk")
        },
        "µs per client (log scale)",
        log=True,
    )
    a_create.set_title("Client creation")

    floor = [
        (calls["boto3"][op]["floor_ns"] + calls["emrk"][op]["floor_ns"]) / 2e3 for op in _OPERATIONS
    ]
    series = {
        sdk: [calls[sdk][op]["sdk_ns"] / 1e3 for op in _OPERATIONS] for sdk in ("boto3", "emrk")
    }
    _grouped(a_calls, list(_OPERATIONS), {**series, "floor": floor}, "µs per call")
    a_calls.set_title("One call (floor: plain requests)")

    page_floor = (paginate["boto3"]["floor_ns"] + paginate["emrk"]["floor_ns"]) / 2e6
    _bars(
        a_page,
        ["boto3", "emrk", "floor"],
        [paginate["boto3"]["sdk_ns"] / 1e6, paginate["emrk"]["sdk_ns"] / 1e6, page_floor],
        [_COLORS["boto3"], _COLORS["emrk"], _COLORS["floor"]],
        "ms",
    )
    a_page.set_title(f"Paginate {paginate['emrk']['items']:,} names")

    small, large = pagemem["emrk"]["small_items"], pagemem["emrk"]["large_items"]
    _grouped(
        a_mem,
        [f"{small:,} names", f"{large:,} names"],
        {
            sdk: [pagemem[sdk]["small_peak_bytes"] / 1024, pagemem[sdk]["large_peak_bytes"] / 1024]
            for sdk in ("boto3", "emrk")
        },
        "KiB (tracemalloc peak)",
    )
    a_mem.set_title("Paginator peak memory")

    _bars(a_rss, labels, [cold[n]["rss_kib"] / 1024 for n in names], colors, "MiB")
    a_rss.set_title("Peak RSS: import + 3 clients")

    _first_answer_panels(cold, a_first, a_token, a_first_rss)
    _async_panels(results["async"], a_async, a_async_rss)
    _tracing_panel(results["tracing"], a_tracing)

    fig.suptitle("emrk vs boto3 (aiobotocore for async) vs the floor (medians; lower is better)")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _first_answer_panels(cold: dict[str, Any], a_first: Any, a_token: Any, a_rss: Any) -> None:
    workloads = {"eks_first": "EKS\nDescribeCluster", "emr_first": "EMR on EKS\nStartJobRun"}
    workloads["pcs_first"] = "PCS\nGetCluster"
    requests_ms = cold["requests"]["wall_ns"] / 1e6
    _grouped(
        a_first,
        list(workloads.values()),
        {
            **{sdk: [cold[f"{w}:{sdk}"]["wall_ns"] / 1e6 for w in workloads] for sdk in _SDKS},
            "floor": [requests_ms] * len(workloads),
        },
        "ms (floor: import requests)",
    )
    a_first.set_title("First answer: import + 1 client + 1 call")

    tokens = {"token_env": "keys in the\nenvironment", "token_profile": "keys from\na profile"}
    python_ms = cold["python"]["wall_ns"] / 1e6
    _grouped(
        a_token,
        list(tokens.values()),
        {
            **{sdk: [cold[f"{w}:{sdk}"]["wall_ns"] / 1e6 for w in tokens] for sdk in _SDKS},
            "python": [python_ms] * len(tokens),
        },
        "ms (python: python -c pass)",
    )
    a_token.set_title("kubectl exec plugin: eks get-token")

    _grouped(
        a_rss,
        list(workloads.values()),
        {sdk: [cold[f"{w}:{sdk}"]["rss_kib"] / 1024 for w in workloads] for sdk in _SDKS},
        "MiB",
    )
    a_rss.set_title("Peak RSS: first-answer process")


def _skipped(ax: Any, title: str, reason: str) -> None:
    ax.set_title(title)
    ax.text(0.5, 0.5, f"not measured:\n{reason}", ha="center", va="center", wrap=True, fontsize=8)
    ax.set_axis_off()


def _async_panels(section: dict[str, Any], a_wall: Any, a_rss: Any) -> None:
    calls, flight = section.get("calls", 1_000), section.get("concurrency", 100)
    wall_title = f"{calls:,} DescribeCluster, {flight} in flight"
    rss_title = "Peak RSS of that process"
    if section.get("skipped"):
        _skipped(a_wall, wall_title, section["skipped"])
        _skipped(a_rss, rss_title, section["skipped"])
        return
    m = section["median"]
    bars = {
        "aiobotocore": ("aiobotocore", _COLORS["boto3"]),
        "emrk-async": ("emrk\nasync", _COLORS["emrk"]),
        "emrk-threads": (f"emrk sync\n{section['threads']} threads", _COLORS["threads"]),
        "aiohttp": ("bare\naiohttp", _COLORS["floor"]),
    }
    shown = [name for name in bars if name in m]
    labels = [bars[name][0] for name in shown]
    colors = [bars[name][1] for name in shown]
    _bars(a_wall, labels, [m[name]["wall_ns"] / 1e6 for name in shown], colors, "ms (wall)")
    a_wall.set_title(wall_title)
    _bars(a_rss, labels, [m[name]["rss_kib"] / 1024 for name in shown], colors, "MiB")
    a_rss.set_title(rss_title)


def _tracing_panel(tracing: dict[str, Any], ax: Any) -> None:
    title = "DescribeCluster: tracing on vs off"
    if tracing.get("skipped"):
        _skipped(ax, title, tracing["skipped"])
        return
    _bars(
        ax,
        ["untraced", "traced\n(no-op exporter)"],
        [tracing["off_wall_ns"] / 1e3, tracing["on_wall_ns"] / 1e3],
        [_COLORS["threads"], _COLORS["emrk"]],
        "µs per call",
    )
    ax.set_title(f"{title} ({tracing['wall_ratio']:.2f}x)")
