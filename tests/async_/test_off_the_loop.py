"""Nothing an async client does blocks the event loop.

* Credentials that botocore's chain must resolve, and later refresh, are
  fetched in a worker thread. Proved two ways: a ``credential_process``
  (from a temporary AWS config) that cannot finish until a task on the event
  loop lets it, so a blocked loop would make it time out; and a botocore
  session whose credential lookups record the thread they run in.
* Retries and waiters wait with the injected async ``sleep`` (by default
  ``asyncio.sleep``), never ``time.sleep``: other tasks run during a backoff.
"""

from __future__ import annotations

import asyncio
import datetime
import sys
import textwrap
import threading
import time
from pathlib import Path
from typing import Any

import botocore.credentials
import botocore.session
import pytest

import emrk
from emrk.eks import AsyncEKSClient

from ._helpers import AsyncCapturingTransport, ok

CREDENTIAL_PROCESS = textwrap.dedent(
    """
    import datetime, json, os, pathlib, sys, time

    folder = pathlib.Path(sys.argv[1])
    lifetime = int(sys.argv[2])
    me = str(os.getpid())
    (folder / f"waiting-{me}").touch()
    deadline = time.monotonic() + 10
    while not (folder / f"go-{me}").exists():  # only the event loop's task creates it
        if time.monotonic() > deadline:
            sys.exit("the event loop never let this credential process finish")
        time.sleep(0.01)
    expires = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=lifetime)
    print(json.dumps({
        "Version": 1,
        "AccessKeyId": "AKIDFROMPROCESS" + me[-5:].rjust(5, "0"),
        "SecretAccessKey": "secret-from-the-credential-process",
        "SessionToken": "token-" + me,
        "Expiration": expires.isoformat(),
    }))
    """
)


def profile_with_credential_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lifetime: int
) -> Path:
    """A temporary AWS config whose ``slow`` profile runs the credential process above."""
    folder = tmp_path / "handshake"
    folder.mkdir()
    script = tmp_path / "credential_process.py"
    script.write_text(CREDENTIAL_PROCESS)
    config = tmp_path / "config"
    config.write_text(
        "[profile slow]\n"
        f"credential_process = {sys.executable} {script} {folder} {lifetime}\n"
        "region = us-east-1\n"
    )
    monkeypatch.setenv("AWS_CONFIG_FILE", str(config))
    monkeypatch.delenv("AWS_ACCESS_KEY_ID", raising=False)
    monkeypatch.delenv("AWS_SECRET_ACCESS_KEY", raising=False)
    return folder


async def let_processes_finish(folder: Path, released: list[str]) -> None:
    """Runs on the event loop: lets each waiting credential process go, and keeps count."""
    while True:
        for waiting in sorted(folder.glob("waiting-*")):
            pid = waiting.name.removeprefix("waiting-")
            if pid not in released:
                released.append(pid)
                (folder / f"go-{pid}").touch()
        await asyncio.sleep(0.005)


async def run_with_releaser(folder: Path, calls: Any) -> list[str]:
    released: list[str] = []
    releaser = asyncio.create_task(let_processes_finish(folder, released))
    try:
        await calls
    finally:
        releaser.cancel()
    return released


async def test_credential_process_runs_off_the_loop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Long-lived credentials: resolved once, in a thread, while the loop keeps running."""
    folder = profile_with_credential_process(tmp_path, monkeypatch, lifetime=3600)
    transport = AsyncCapturingTransport()
    session = emrk.AsyncSession(profile_name="slow")
    async with session.eks(transport=transport) as eks:

        async def three_calls() -> None:
            for _ in range(3):
                await eks.list_clusters()

        released = await run_with_releaser(folder, three_calls())
    assert len(released) == 1  # resolved once, then reused without a thread
    keys = {r.headers["Authorization"].split("Credential=")[1][:20] for r in transport.requests}
    assert keys == {"AKIDFROMPROCESS" + released[0][-5:].rjust(5, "0")}
    assert all(
        r.headers["X-Amz-Security-Token"] == f"token-{released[0]}" for r in transport.requests
    )


async def test_credential_refresh_runs_off_the_loop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Credentials inside botocore's refresh window: every call refreshes, each in a thread."""
    folder = profile_with_credential_process(tmp_path, monkeypatch, lifetime=300)
    transport = AsyncCapturingTransport()
    async with AsyncEKSClient(
        session=emrk.AsyncSession(profile_name="slow"), transport=transport
    ) as eks:

        async def three_calls() -> None:
            for _ in range(3):
                await eks.list_clusters()

        released = await run_with_releaser(folder, three_calls())
    # Loaded once, then refreshed before each call: the keys are always inside
    # botocore's refresh window (it refreshes even right after the first load).
    assert len(released) == 4
    tokens = [r.headers["X-Amz-Security-Token"] for r in transport.requests]
    assert tokens == [f"token-{pid}" for pid in released[1:]]


async def test_concurrent_first_calls_resolve_off_the_loop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ten calls at once on a fresh session: the loop stays free while they wait for keys."""
    folder = profile_with_credential_process(tmp_path, monkeypatch, lifetime=3600)
    transport = AsyncCapturingTransport()
    async with AsyncEKSClient(
        session=emrk.AsyncSession(profile_name="slow"), transport=transport
    ) as eks:
        released = await run_with_releaser(
            folder, asyncio.gather(*(eks.describe_cluster(name=f"c{n}") for n in range(10)))
        )
    assert len(released) == 1  # botocore's lock: one resolution for all ten
    assert len(transport.requests) == 10


class RecordingBotocoreSession(botocore.session.Session):
    """A botocore session whose credential lookups and refreshes record their thread."""

    def __init__(self) -> None:
        super().__init__()
        self.threads: list[str] = []

    def _metadata(self, seconds: int) -> dict[str, str]:
        expiry = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=seconds)
        return {
            "access_key": "AKIDRECORDINGSESSION",
            "secret_key": "recording-session-secret",
            "token": f"token-{len(self.threads)}",
            "expiry_time": expiry.isoformat(),
        }

    def _refresh(self) -> dict[str, str]:
        self.threads.append(f"refresh:{threading.current_thread().name}")
        return self._metadata(300)

    def get_credentials(self) -> botocore.credentials.RefreshableCredentials:
        self.threads.append(f"resolve:{threading.current_thread().name}")
        return botocore.credentials.RefreshableCredentials.create_from_metadata(
            self._metadata(300), refresh_using=self._refresh, method="recording"
        )


async def test_resolution_and_refresh_happen_in_worker_threads() -> None:
    botocore_session = RecordingBotocoreSession()
    session = emrk.AsyncSession(region_name="us-east-1", botocore_session=botocore_session)
    async with session.eks(transport=AsyncCapturingTransport()) as eks:
        await eks.list_clusters()
        await eks.list_clusters()
    loop_thread = threading.current_thread().name
    kinds = [entry.split(":", 1)[0] for entry in botocore_session.threads]
    assert kinds[0] == "resolve" and "refresh" in kinds
    assert all(entry.split(":", 1)[1] != loop_thread for entry in botocore_session.threads)


async def test_static_keys_need_no_thread() -> None:
    """Keys given to the session are used as they are: no worker thread, no botocore."""
    seen: list[str] = []

    class Spy(AsyncCapturingTransport):
        async def send(self, request: Any) -> Any:
            seen.append(threading.current_thread().name)
            return await super().send(request)

    session = emrk.AsyncSession("AKIDSTATICKEYS000001", "static-secret", region_name="us-east-1")
    async with session.eks(transport=Spy()) as eks:
        await eks.list_clusters()
    assert seen == [threading.current_thread().name]


async def test_backoff_lets_other_tasks_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """A retry's backoff is an ``asyncio.sleep``: a ticker task runs meanwhile; time.sleep never."""

    def forbidden(_seconds: float) -> None:
        raise AssertionError("time.sleep called on the event loop")

    monkeypatch.setattr(time, "sleep", forbidden)
    events: list[str] = []

    async def sleep(seconds: float) -> None:
        events.append("backoff")
        await asyncio.sleep(0.01)
        events.append("backoff done")

    async def ticker() -> None:
        while True:
            events.append("tick")
            await asyncio.sleep(0.001)

    transport = AsyncCapturingTransport([ok(b"", 503), ok(b"", 503), ok(b'{"clusters": []}')])
    session = emrk.AsyncSession("AKIDSTATICKEYS000001", "static-secret", region_name="us-east-1")
    async with AsyncEKSClient(session=session, transport=transport, sleep=sleep) as eks:
        ticking = asyncio.create_task(ticker())
        await eks.list_clusters()
        ticking.cancel()
    first, done = events.index("backoff"), events.index("backoff done")
    assert "tick" in events[first:done]
    assert events.count("backoff") == 2


async def test_the_default_sleep_is_asyncio_sleep(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without ``sleep=``, retries and waiters pause with ``asyncio.sleep``."""
    slept: list[float] = []
    real_sleep = asyncio.sleep

    async def recording_sleep(seconds: float, *args: Any) -> Any:
        slept.append(seconds)
        return await real_sleep(0)

    monkeypatch.setattr(asyncio, "sleep", recording_sleep)
    answers = [ok(b"", 503), ok(b'{"cluster": {"status": "CREATING"}}')]
    answers.append(ok(b'{"cluster": {"status": "ACTIVE"}}'))
    session = emrk.AsyncSession("AKIDSTATICKEYS000001", "static-secret", region_name="us-east-1")
    async with AsyncEKSClient(session=session, transport=AsyncCapturingTransport(answers)) as eks:
        await eks.wait_until_cluster_active(name="prod", delay=7)
    assert len(slept) >= 2 and 7 in slept  # the 503's backoff, then the waiter's pause
