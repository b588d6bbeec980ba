"""examples/pcs_quickstart.py runs, offline and against an endpoint URL."""

from __future__ import annotations

import http.server
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from .memory_pcs import InMemoryPCS

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "pcs_quickstart.py"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    return subprocess.run(
        [sys.executable, str(EXAMPLE), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


@pytest.fixture
def local_pcs() -> Iterator[str]:
    """An in-memory PCS served over real HTTP on 127.0.0.1."""
    fake = InMemoryPCS()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            status, headers, body = fake.handle(self)
            payload = body.encode()
            self.send_response(status)
            for name, value in {**headers, "Content-Length": str(len(payload))}.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_offline_walkthrough_exits_cleanly() -> None:
    result = _run()

    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Offline mode" in out
    assert "is ACTIVE; controller at 10.0.0.17:6817" in out
    assert "node group workers" in out
    assert "sbatch -p batch" in out
    assert out.rstrip().endswith("all gone.")


def test_live_mode_against_an_endpoint_url(local_pcs: str) -> None:
    result = _run(
        "--endpoint-url",
        local_pcs,
        "--region",
        "us-east-1",
        "--subnet-id",
        "subnet-0123456789abcdef0",
        "--security-group-id",
        "sg-0123456789abcdef0",
        "--instance-profile-arn",
        "arn:aws:iam::111122223333:instance-profile/AWSPCS-nodes",
        "--ami-id",
        "ami-0123456789abcdef0",
        "--cluster-name",
        "live-test",
        "--poll-seconds",
        "0",
    )

    assert result.returncode == 0, result.stderr
    assert "Offline mode" not in result.stdout
    assert "cluster live-test" in result.stdout
    assert "all gone." in result.stdout


def test_live_mode_asks_for_what_it_needs() -> None:
    result = _run("--region", "us-east-1", "--subnet-id", "subnet-0123456789abcdef0")

    assert result.returncode == 2
    assert "--security-group-id" in result.stderr
    assert "--ami-id" in result.stderr
