"""Deferred loading: what building a client imports, and first calls from many threads.

Each check runs in a fresh interpreter, where nothing of emrk is loaded yet.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(code: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_building_clients_loads_no_models_attrs_or_cattrs() -> None:
    out = _run(
        """
        import sys
        import emrk, emrk.eks, emrk.emr_containers, emrk.pcs
        session = emrk.Session(aws_access_key_id="a", aws_secret_access_key="b",
                               region_name="us-east-1")
        session.eks(); session.emr_containers(); session.pcs()
        loaded = [m for m in ("attrs", "attr", "cattrs", "dataclasses", "botocore",
                              "emrk.eks.models", "emrk.pcs.models",
                              "emrk.emr_containers.models") if m in sys.modules]
        print(",".join(loaded))
        """
    )
    assert out.strip() == ""


def test_first_calls_from_many_threads_at_once() -> None:
    out = _run(
        """
        import threading
        import responses
        import emrk

        session = emrk.Session(aws_access_key_id="a", aws_secret_access_key="b",
                               region_name="us-east-1")
        eks = session.eks()
        barrier = threading.Barrier(16)
        results, errors = [], []

        def first_call():
            barrier.wait()
            try:
                results.append(eks.describe_cluster(name="prod").cluster.name)
            except Exception as exc:
                errors.append(repr(exc))

        with responses.RequestsMock() as mock:
            mock.get("https://eks.us-east-1.amazonaws.com/clusters/prod",
                     json={"cluster": {"name": "prod"}})
            threads = [threading.Thread(target=first_call) for _ in range(16)]
            for t in threads: t.start()
            for t in threads: t.join()
        print(len(results), errors)
        """
    )
    assert out.strip() == "16 []"
