"""The quickstart example runs offline (moto on 127.0.0.1) and exits 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "examples" / "emr_on_eks_quickstart.py"

pytestmark = pytest.mark.e2e


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def test_quickstart_runs_offline_against_moto() -> None:
    result = _run()

    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Started a local moto server on http://127.0.0.1:" in out
    assert ": RUNNING" in out
    assert out.count("Submitted job run ") == 3
    assert "page 1 " in out and "page 2 " in out  # two per page: the paginator went on
    assert "entry_point=***" in out  # the driver's secrets stay hidden
    assert out.count("Cancelled job run ") == 3
    assert 'cancelled, as requested above; state details: "' in out
    assert "did not complete" not in out
    assert "Deleted virtual cluster" in out and "TERMINATED" in out


def test_real_account_mode_needs_a_role_and_never_starts_moto() -> None:
    result = _run("--region", "eu-west-1")

    assert result.returncode == 2
    assert "--execution-role-arn is required" in result.stderr
    assert "moto" not in result.stdout
