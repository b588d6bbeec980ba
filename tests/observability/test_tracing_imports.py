"""Tracing off costs nothing: no OpenTelemetry import, no tracing module, in a fresh process.

The test process itself has OpenTelemetry loaded (the other tests here use
its SDK), so these checks run their scenario in a child interpreter.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

_PRELUDE = """
import json, sys
import emrk
from emrk.core.http import RawResponse

class Answering:
    def send(self, request):
        return RawResponse(200, {"x-amzn-RequestId": "r"}, b'{"cluster": {"name": "prod"}}')
    def close(self):
        pass

def loaded():
    return sorted(m for m in sys.modules if m.startswith("opentelemetry") or m in (
        "emrk.core.tracing", "emrk.core.hooks"))
"""


def _run(body: str) -> dict[str, list[str]]:
    script = textwrap.dedent(_PRELUDE) + textwrap.dedent(body)
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=50,
        cwd=ROOT,
        env={"PATH": "", "PYTHONPATH": str(ROOT), "AWS_EC2_METADATA_DISABLED": "true"},
    )
    assert result.returncode == 0, result.stderr
    found: dict[str, list[str]] = json.loads(result.stdout)
    return found


def test_import_emrk_does_not_import_opentelemetry() -> None:
    found = _run(
        """
        after_import = loaded()
        import emrk.eks
        session = emrk.Session(aws_access_key_id="AK", aws_secret_access_key="SK",
                               region_name="us-west-2")
        session.eks(transport=Answering())
        emrk.AsyncSession(region_name="us-west-2")
        print(json.dumps({"import": after_import, "client": loaded()}))
        """
    )
    assert found == {"import": [], "client": []}


def test_a_call_with_tracing_off_imports_neither_opentelemetry_nor_the_hooks() -> None:
    found = _run(
        """
        session = emrk.Session(aws_access_key_id="AK", aws_secret_access_key="SK",
                               region_name="us-west-2")
        eks = session.eks(transport=Answering())
        eks.describe_cluster(name="prod")
        print(json.dumps({"call": loaded()}))
        """
    )
    assert found == {"call": []}


def test_an_async_call_with_tracing_off_imports_no_opentelemetry() -> None:
    found = _run(
        """
        import asyncio
        from emrk.eks import AsyncEKSClient

        class AsyncAnswering:
            async def send(self, request):
                return Answering().send(request)
            async def close(self):
                pass

        async def main():
            session = emrk.AsyncSession(aws_access_key_id="AK", aws_secret_access_key="SK",
                                        region_name="us-west-2")
            async with session.eks(transport=AsyncAnswering()) as eks:
                await eks.describe_cluster(name="prod")

        asyncio.run(main())
        print(json.dumps({"call": loaded()}))
        """
    )
    assert found == {"call": []}


def test_the_api_alone_without_a_provider_traces_nothing() -> None:
    """An application (or a library) imported the API but configured no provider."""
    found = _run(
        """
        import opentelemetry.trace
        session = emrk.Session(aws_access_key_id="AK", aws_secret_access_key="SK",
                               region_name="us-west-2")
        eks = session.eks(transport=Answering())
        eks.describe_cluster(name="prod")
        from emrk.core import tracing
        print(json.dumps({"tracer": [repr(tracing.tracer())],
                          "sdk": [m for m in loaded() if m.startswith("opentelemetry.sdk")]}))
        """
    )
    assert found == {"tracer": ["None"], "sdk": []}


def test_the_otel_extra_is_the_api_only_and_never_required() -> None:
    tomllib = pytest.importorskip("tomllib", reason="reading pyproject.toml needs Python 3.11+")
    with open(ROOT / "pyproject.toml", "rb") as f:
        project = tomllib.load(f)["project"]
    assert [r.split(">=")[0] for r in project["optional-dependencies"]["otel"]] == [
        "opentelemetry-api"
    ]
    assert not [r for r in project["dependencies"] if r.startswith("opentelemetry")]
