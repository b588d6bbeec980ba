"""Fresh Python processes: cold-start scripts and workload children.

Every child gets the same hermetic environment: no ``AWS_*`` variables from
the caller, AWS config and credentials files that do not exist, no proxy
variables (nothing is proxied, and nothing short-cuts the SDKs' proxy
lookups either, as on a typical workstation), and a bytecode cache outside
the source tree (``PYTHONPYCACHEPREFIX``) so both SDKs start from compiled
bytecode, as an installed package does, even where
``PYTHONDONTWRITEBYTECODE`` is set.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.benchmarks.first_call import Script, check_token_output, first_call_scripts
from tests.benchmarks.sdks import FAKE_KEY_ID, FAKE_SECRET, REGION
from tests.benchmarks.timing import median

__all__ = ["REPO", "child_env", "cold_start_scripts", "measure_cold_starts", "run_child"]

REPO = Path(__file__).resolve().parents[2]
_PYCACHE = Path(tempfile.gettempdir()) / "emrk-bench-pycache"
_DROPPED = (
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "NO_PROXY",
    "PYTHONDONTWRITEBYTECODE",
    "PYTHONSTARTUP",
)
# Peak RSS of this process image. Linux's ru_maxrss would be wrong here: it
# carries the parent's high-water mark across fork and exec, so every child
# would report at least the parent's size. VmHWM belongs to the new image.
_RSS_TAIL = """
def _peak_kib():
    try:
        with open("/proc/self/status") as status:
            return next(line.split()[1] for line in status if line.startswith("VmHWM:"))
    except OSError:
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
import sys
sys.stdout.write(str(_peak_kib()))
"""


def child_env() -> dict[str, str]:
    """The hermetic environment every benchmark child runs in."""
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith("AWS_") and name.upper() not in _DROPPED
    }
    missing = str(Path(tempfile.gettempdir()) / "emrk-bench-no-aws-config")
    env.update(
        AWS_CONFIG_FILE=missing + "/config",
        AWS_SHARED_CREDENTIALS_FILE=missing + "/credentials",
        AWS_EC2_METADATA_DISABLED="true",
        PYTHONPATH=str(REPO),
        PYTHONPYCACHEPREFIX=str(_PYCACHE),
    )
    return env


def cold_start_scripts(url: str) -> dict[str, str]:
    """The programs whose start-up with three clients is timed (explicit keys)."""
    keys = (
        f"aws_access_key_id={FAKE_KEY_ID!r}, aws_secret_access_key={FAKE_SECRET!r}, "
        f"region_name={REGION!r}"
    )
    boto3 = (
        "import boto3\n"
        f"session = boto3.session.Session({keys})\n"
        f"clients = [session.client(name, endpoint_url={url!r})"
        " for name in ('eks', 'emr-containers', 'pcs')]\n"
    )
    emrk = (
        "import emrk, emrk.eks, emrk.emr_containers, emrk.pcs\n"
        f"session = emrk.Session({keys})\n"
        f"clients = [session.eks(endpoint_url={url!r}), "
        f"session.emr_containers(endpoint_url={url!r}), session.pcs(endpoint_url={url!r})]\n"
    )
    return {
        "python": "",
        "requests": "import requests\n",
        "boto3": boto3,
        "emrk": emrk,
    }


def _run_script(name: str, script: Script, env: dict[str, str]) -> tuple[float, float, float, str]:
    """Wall and CPU nanoseconds of the whole process, its peak RSS in KiB, and its output.

    CPU time is the child's user + system time (``RUSAGE_CHILDREN`` grows by
    it when the child is reaped). The RSS is ``nan`` for programs that cannot
    report it (``-m`` programs).
    """
    argv = [sys.executable, *script.argv]
    if script.rss:
        argv[-1] += _RSS_TAIL
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter_ns()
    done = subprocess.run(
        argv, env={**env, **script.env}, cwd=REPO, capture_output=True, text=True, check=False
    )
    wall = float(time.perf_counter_ns() - start)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1e9
    if done.returncode != 0:
        raise RuntimeError(f"cold-start program {name} failed:\n{argv}\n{done.stderr}")
    if not script.rss:
        return wall, cpu, float("nan"), done.stdout
    output, _, peak = done.stdout.rpartition("\n")
    return wall, cpu, float(peak.strip()), output


def _scripts(url: str, scratch: Path) -> dict[str, Script]:
    scripts = {name: Script(("-c", code), {}) for name, code in cold_start_scripts(url).items()}
    scripts.update(first_call_scripts(url, scratch))
    return scripts


def _check_tokens(outputs: dict[str, str]) -> None:
    """Both SDKs' get-token programs print the same token, but for its date and signature."""
    params = {name: check_token_output(name, out) for name, out in outputs.items()}
    for workload in {name.split(":")[0] for name in params}:
        if params[f"{workload}:boto3"] != params[f"{workload}:emrk"]:
            raise RuntimeError(
                f"{workload}: boto3 and emrk tokens differ: "
                f"{params[f'{workload}:boto3']} != {params[f'{workload}:emrk']}"
            )


def measure_cold_starts(url: str, rounds: int, progress: Any) -> dict[str, dict[str, float]]:
    """Median wall time, CPU time and peak RSS of each program over ``rounds`` fresh processes.

    Each round runs every program once, in an order rotated by one each
    round. One untimed round first fills the bytecode cache and checks what
    the get-token programs print.
    """
    env = child_env()
    with tempfile.TemporaryDirectory(prefix="emrk-bench-") as scratch:
        scripts = _scripts(url, Path(scratch))
        names = list(scripts)
        tokens: dict[str, str] = {}
        for name in names:
            output = _run_script(name, scripts[name], env)[3]
            if scripts[name].token:
                tokens[name] = output
        _check_tokens(tokens)
        walls: dict[str, list[float]] = {name: [] for name in names}
        cpus: dict[str, list[float]] = {name: [] for name in names}
        rss: dict[str, list[float]] = {name: [] for name in names}
        for index in range(rounds):
            progress(f"cold start round {index + 1}/{rounds}")
            shift = index % len(names)
            for name in names[shift:] + names[:shift]:
                wall, cpu, kib, _ = _run_script(name, scripts[name], env)
                walls[name].append(wall)
                cpus[name].append(cpu)
                rss[name].append(kib)
    return {
        name: {
            "wall_ns": median(walls[name]),
            "cpu_ns": median(cpus[name]),
            "rss_kib": median(rss[name]) if scripts[name].rss else None,
        }
        for name in names
    }


def run_child(workload: str, sdk: str, settings: dict[str, Any]) -> dict[str, Any]:
    """Run one workload for one SDK in a fresh process; its JSON results."""
    argv = [sys.executable, "-m", "tests.benchmarks.child", workload, sdk]
    done = subprocess.run(
        argv,
        input=json.dumps(settings),
        env=child_env(),
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{workload} for {sdk} failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout)
    return result
