"""What each kind of client imports, checked in fresh interpreters.

* ``import emrk``, building a sync client and making a sync call (to a local
  server) import neither aiohttp nor asyncio nor any of emrk's async modules.
* Importing an async client and building it does not import aiohttp
  either: the first request does.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.reliability._server import Reply

from .conftest import Serve

ROOT = Path(__file__).resolve().parents[2]
ASYNC_ONLY = (
    "aiohttp",
    "asyncio",
    "yarl",
    "multidict",
    "emrk.core.async_client",
    "emrk.core.async_transport",
    "emrk.eks.async_client",
)


def run_fresh(code: str) -> dict[str, list[str]]:
    """Run ``code`` in a new interpreter; it prints a JSON object of module lists."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, list[str]] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_sync_clients_never_import_the_async_machinery(serve: Serve) -> None:
    server = serve(Reply(body=b'{"clusters": ["prod"]}'))
    seen = run_fresh(
        f"""
        import json, sys
        watched = {ASYNC_ONLY!r}
        loaded = lambda: [m for m in watched if m in sys.modules]
        steps = {{}}
        import emrk
        steps["import emrk"] = loaded()
        from emrk.eks import EKSClient
        session = emrk.Session("AKIDIMPORTCHECK00001", "secret", region_name="us-east-1")
        eks = EKSClient(session=session, endpoint_url={server.url!r})
        steps["client built"] = loaded()
        assert eks.list_clusters().clusters == ["prod"]
        eks.close()
        steps["after a call"] = loaded()
        print(json.dumps(steps))
        """
    )
    assert seen == {"import emrk": [], "client built": [], "after a call": []}
    assert len(server.requests) == 1


def test_an_async_client_imports_aiohttp_at_its_first_request(serve: Serve) -> None:
    server = serve(Reply(body=b'{"clusters": ["prod"]}'))
    seen = run_fresh(
        f"""
        import json, sys
        steps = {{}}
        from emrk.eks import AsyncEKSClient
        import emrk
        steps["imported"] = "aiohttp" in sys.modules
        session = emrk.AsyncSession("AKIDIMPORTCHECK00001", "secret", region_name="us-east-1")
        eks = AsyncEKSClient(session=session, endpoint_url={server.url!r})
        steps["built"] = "aiohttp" in sys.modules

        import asyncio

        async def main():
            steps["loop running"] = "aiohttp" in sys.modules
            async with eks:
                assert (await eks.list_clusters()).clusters == ["prod"]
            steps["after a request"] = "aiohttp" in sys.modules

        asyncio.run(main())
        print(json.dumps({{k: [str(v)] for k, v in steps.items()}}))
        """
    )
    assert seen == {
        "imported": ["False"],
        "built": ["False"],
        "loop running": ["False"],
        "after a request": ["True"],
    }


def test_async_clients_never_import_requests(serve: Serve) -> None:
    """An async program pays neither for requests nor for its dependencies."""
    server = serve(Reply(body=b'{"clusters": ["prod"]}'))
    seen = run_fresh(
        f"""
        import asyncio, json, sys
        import emrk
        from emrk.eks import AsyncEKSClient

        async def main() -> None:
            session = emrk.AsyncSession("AKIDEXAMPLE", "secret", region_name="us-east-1")
            async with AsyncEKSClient(session=session, endpoint_url={server.url!r}) as eks:
                assert (await eks.list_clusters()).clusters == ["prod"]

        asyncio.run(main())
        print(json.dumps({{"loaded": [m for m in ("requests", "charset_normalizer")
                                       if m in sys.modules]}}))
        """
    )
    assert seen == {"loaded": []}
