"""examples/async_quickstart.py: offline with its own moto server; read-only on an endpoint."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FAKE_KEY_ID, FAKE_SECRET

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "examples" / "async_quickstart.py"

pytestmark = pytest.mark.e2e


def _run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    clean["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), clean.get("PYTHONPATH")]))
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        capture_output=True,
        text=True,
        env={**clean, **env},
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def test_the_offline_tour() -> None:
    result = _run()
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Using moto's server at http://127.0.0.1:" in out
    assert "Created 3 EKS clusters with 2 node groups each, concurrently" in out
    assert "Created 3 virtual clusters and submitted 12 job runs" in out
    assert out.count("ACTIVE    1.") == 3  # enum members print their value
    assert "['pool-0', 'pool-1']" in out  # node groups gathered page by page
    assert out.count("active since ") == 3
    assert "Described 12 job runs with one asyncio.gather:" in out
    assert out.count(" RUNNING\n") == 12
    assert "12 of 12 ended CANCELLED" in out
    assert "Deleted 3 virtual clusters and 3 EKS clusters" in out
    assert "Status." not in out and "State." not in out
    assert result.stderr == ""


def test_against_an_endpoint_it_only_reads(moto_endpoint: str) -> None:
    result = _run(
        "--endpoint-url",
        moto_endpoint,
        "--region",
        "us-east-1",
        AWS_ACCESS_KEY_ID=FAKE_KEY_ID,
        AWS_SECRET_ACCESS_KEY=FAKE_SECRET,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "moto" not in out
    assert "Created" not in out and "Cancelled" not in out and "Deleted" not in out
    assert "EKS: " in out and "EMR on EKS: " in out
