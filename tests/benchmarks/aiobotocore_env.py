"""aiobotocore's own virtual environment, created once and kept in a cache directory.

aiobotocore pins an older botocore (3.10 needs botocore 1.43.x) than the one
emrk's environment holds, so the two cannot share a ``site-packages``: the
async benchmark runs aiobotocore's child processes with the interpreter of a
virtual environment of its own, never installed into the project's.

The environment lives in ``$XDG_CACHE_HOME/emrk-bench`` (``~/.cache/emrk-bench``
by default; ``EMRK_BENCH_CACHE`` overrides it), one directory per aiobotocore
version and Python version, outside the repository. It is created with the
running interpreter's ``venv`` module and filled by pip with
``aiobotocore==AIOBOTOCORE_VERSION`` (pip picks the botocore it requires) and,
when pip can satisfy both, the aiohttp release emrk's environment has, so the
two async SDKs run on the same HTTP client. A file ``emrk-bench.json``,
written last, marks it complete and records the versions; an environment
without it (an interrupted creation) is made again. When it cannot be made
(no network, no index), :func:`aiobotocore_python` says why and the
aiobotocore rows are skipped.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

__all__ = ["AIOBOTOCORE_VERSION", "AiobotocoreEnv", "aiobotocore_python", "cache_root"]

#: The aiobotocore release compared against (3.10 pins botocore 1.43.x).
AIOBOTOCORE_VERSION = "3.10.0"
_MARKER = "emrk-bench.json"
_PIP_TIMEOUT = 300
_VERSIONS = """
import json
from importlib.metadata import version
print(json.dumps({name: version(name) for name in ("aiobotocore", "botocore", "aiohttp")}))
"""


class AiobotocoreEnv:
    """Where aiobotocore's interpreter is, and what it has (or why there is none)."""

    def __init__(self, python: Path | None, versions: dict[str, str], reason: str = "") -> None:
        self.python = python
        self.versions = versions
        #: Why there is no environment, when there is none.
        self.reason = reason


def cache_root() -> Path:
    """The directory the benchmark's cached environments live in."""
    override = os.environ.get("EMRK_BENCH_CACHE")
    if override:
        return Path(override)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "emrk-bench"


def _venv_dir() -> Path:
    python = f"py{sys.version_info[0]}.{sys.version_info[1]}"
    return cache_root() / f"aiobotocore-{AIOBOTOCORE_VERSION}-{python}"


def _interpreter(venv: Path) -> Path:
    if os.name == "nt":  # pragma: no cover - the suite runs on Linux and macOS
        return venv / "Scripts" / "python.exe"
    return venv / "bin" / "python"


def _run(argv: list[str], timeout: float) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PIP_CONSTRAINT")}
    return subprocess.run(
        argv, capture_output=True, text=True, check=False, timeout=timeout, env=env
    )


def _tail(done: subprocess.CompletedProcess[str]) -> str:
    lines = [line for line in (done.stderr or done.stdout).splitlines() if line.strip()]
    relevant = [line for line in lines if "ERROR" in line or "error" in line.lower()]
    return (relevant or lines or ["(no output)"])[-1].strip()


def _create(venv: Path, progress: Any) -> str:
    """Make the environment at ``venv``; an error message, or ``""`` on success."""
    shutil.rmtree(venv, ignore_errors=True)
    venv.parent.mkdir(parents=True, exist_ok=True)
    progress(f"creating aiobotocore {AIOBOTOCORE_VERSION}'s environment in {venv} (once)")
    done = _run([sys.executable, "-m", "venv", str(venv)], timeout=300)
    if done.returncode != 0:
        return f"python -m venv failed: {_tail(done)}"
    pip = [str(_interpreter(venv)), "-m", "pip", "install", "--quiet"]
    pip += ["--disable-pip-version-check", f"aiobotocore=={AIOBOTOCORE_VERSION}"]
    try:
        ours = version("aiohttp")
    except PackageNotFoundError:
        ours = ""
    attempts = [[*pip, f"aiohttp=={ours}"], pip] if ours else [pip]
    for argv in attempts:
        try:
            done = _run(argv, timeout=_PIP_TIMEOUT)
        except subprocess.TimeoutExpired:
            return f"pip install timed out after {_PIP_TIMEOUT} s"
        if done.returncode == 0:
            return ""
    return f"pip install aiobotocore=={AIOBOTOCORE_VERSION} failed: {_tail(done)}"


def aiobotocore_python(progress: Any) -> AiobotocoreEnv:
    """aiobotocore's environment, made on first use; its interpreter is ``None`` if it cannot be."""
    venv = _venv_dir()
    python, marker = _interpreter(venv), venv / _MARKER
    if marker.is_file() and python.exists():
        return AiobotocoreEnv(python, json.loads(marker.read_text(encoding="utf-8")))
    try:
        error = _create(venv, progress)
    except OSError as exc:
        error = f"{type(exc).__name__}: {exc}"
    if not error:
        done = _run([str(python), "-c", _VERSIONS], timeout=120)
        if done.returncode == 0:
            marker.write_text(done.stdout, encoding="utf-8")
            return AiobotocoreEnv(python, json.loads(done.stdout))
        error = f"aiobotocore does not import in {venv}: {_tail(done)}"
    shutil.rmtree(venv, ignore_errors=True)
    return AiobotocoreEnv(None, {}, f"no aiobotocore environment ({error})")
