"""``examples/eks_quickstart.py`` runs end to end against the moto server it starts itself."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "examples" / "eks_quickstart.py"

pytestmark = pytest.mark.e2e


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env["PYTHONPATH"] = str(ROOT)
    env["AWS_CONFIG_FILE"] = os.devnull
    env["AWS_SHARED_CREDENTIALS_FILE"] = os.devnull
    env["AWS_EC2_METADATA_DISABLED"] = "true"
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
        check=False,
    )


def test_quickstart_against_its_own_moto() -> None:
    done = _run()
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "Using moto's server at http://127.0.0.1:" in out
    assert "cluster/emrk-quickstart is ACTIVE" in out
    assert "general is ACTIVE" in out
    assert "'team': 'data-platform'" in out
    assert out.rstrip().endswith("done")


def test_real_account_flags_never_start_moto() -> None:
    done = _run("--profile", "someone")
    assert done.returncode == 2
    assert "--role-arn and --subnet-ids are needed" in done.stderr
    assert "moto" not in done.stdout
