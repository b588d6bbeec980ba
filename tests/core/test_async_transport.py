"""AiohttpTransport details the sync transport shares: proxies from the environment, no netrc."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import emrk
from emrk.eks import AsyncEKSClient
from tests.core._server import Reply, ScriptedServer

ANSWER = Reply(body=json.dumps({"cluster": {"name": "prod"}}).encode())


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer([ANSWER]) as running:
        yield running


def _session() -> emrk.AsyncSession:
    return emrk.AsyncSession("AKIDEXAMPLE", "secret", region_name="us-east-1")


async def test_a_netrc_entry_never_replaces_the_signature(
    server: ScriptedServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    netrc = tmp_path / "netrc"
    netrc.write_text("machine 127.0.0.1 login someone password hunter2\n")
    netrc.chmod(0o600)
    monkeypatch.setenv("NETRC", str(netrc))
    async with AsyncEKSClient(session=_session(), endpoint_url=server.url) as eks:
        await eks.describe_cluster(name="prod")
    (seen,) = server.requests
    assert seen.headers["Authorization"].startswith("AWS4-HMAC-SHA256 ")


async def test_the_proxy_named_by_the_environment_is_used(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The proxy (here the server itself) receives the request in absolute form."""
    monkeypatch.setenv("HTTP_PROXY", server.url)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    endpoint = "http://eks.example.invalid"
    async with AsyncEKSClient(session=_session(), endpoint_url=endpoint) as eks:
        response = await eks.describe_cluster(name="prod")
    assert response.cluster is not None and response.cluster.name == "prod"
    (seen,) = server.requests
    assert seen.target == f"{endpoint}/clusters/prod"


async def test_no_proxy_is_honoured(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")  # nothing listens there
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    async with AsyncEKSClient(session=_session(), endpoint_url=server.url) as eks:
        await eks.describe_cluster(name="prod")
    (seen,) = server.requests
    assert seen.target == "/clusters/prod"
