"""No secret reaches a span: a property over every name, attribute, event and status.

The secrets are the session's secret key and token, a sensitive request
member (a Spark entry point), a sensitive response member (an EMR password),
and whatever services, transports and hooks echo of them in their error
messages. Every scenario that could carry one into a span runs; then every
string a span exposes is searched for each secret.
"""

from __future__ import annotations

import string
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

import emrk
from emrk.core.http import HttpRequest
from emrk.emr import AsyncEMRClient, EMRClient
from emrk.emr_containers import (
    AsyncEMRContainersClient,
    EMRContainersClient,
    JobDriver,
    SparkSubmitJobDriver,
)
from tests.observability._scripted import (
    Answer,
    AsyncTransport,
    Script,
    SyncTransport,
    no_async_sleep,
    no_sleep,
)

_ALPHABET = string.ascii_letters + string.digits + "/+=_-"
_secrets = st.text(_ALPHABET, min_size=16, max_size=40)


def _strings(span: ReadableSpan) -> Iterator[str]:
    """Every string a span carries to an exporter (its resource is the application's)."""
    yield span.name
    yield span.status.description or ""
    for key, value in (span.attributes or {}).items():
        yield key
        yield str(value)
    for event in span.events:
        yield event.name
        for key, value in (event.attributes or {}).items():
            yield key
            yield str(value)


def _assert_clean(spans: InMemorySpanExporter, secrets: list[str]) -> None:
    finished = spans.get_finished_spans()
    assert len(finished) == 4  # every scenario ran and ended its span
    for span in finished:
        for text in _strings(span):
            for secret in secrets:
                assert secret not in text, f"{span.name} shows a secret in {text!r}"


def _session(secret: str) -> emrk.Session:
    return emrk.Session(
        aws_access_key_id="ASIASECRETSTEST00000",
        aws_secret_access_key=f"{secret}-key",
        aws_session_token=f"{secret}-token",
        region_name="us-west-2",
    )


def _answers(secret: str) -> list[Answer | emrk.TransportError]:
    """Answers that echo every secret: in messages, members and a failed transport."""
    echo = f"bad request {secret}-entry {secret}-key {secret}-token"
    transport = emrk.TransportError(f"POST failed: {echo}")
    transport.__cause__ = ConnectionError(echo)
    return [
        # start_job_run: throttled (echoing), then a transport failure, then a final error
        Answer(400, {"__type": "ThrottlingException", "message": echo}),
        transport,
        Answer(400, {"__type": "ValidationException", "message": echo, "detail": echo}),
        # get_cluster_session_credentials: a password in the answer
        Answer(
            body={
                "Credentials": {
                    "UsernamePassword": {"Username": "hadoop", "Password": f"{secret}-password"}
                }
            }
        ),
        # and a service error whose code field is junk with a secret in the message
        Answer(500, {"message": echo}),
        Answer(500, {"message": echo}),
        Answer(500, {"message": echo}),
    ]


def _secrets_of(secret: str) -> list[str]:
    return [f"{secret}-{what}" for what in ("key", "token", "entry", "password")]


def _job_run(client: Any, secret: str) -> Any:
    return client.start_job_run(
        virtual_cluster_id="abcdefghijklmno0123456789",
        name="daily-report",
        execution_role_arn="arn:aws:iam::123456789012:role/emr-job",
        release_label="emr-7.5.0-latest",
        job_driver=JobDriver(
            spark_submit_job_driver=SparkSubmitJobDriver(entry_point=f"{secret}-entry")
        ),
    )


def _leaky_hook(secret: str) -> Any:
    """A request hook whose exception message holds a secret (on DescribeJobRun only)."""

    def hook(operation: str, request: HttpRequest) -> None:
        if operation == "DescribeJobRun":
            raise RuntimeError(f"hook saw {secret}-token")

    return hook


@given(secret=_secrets)
def test_no_secret_reaches_any_sync_span(spans: InMemorySpanExporter, secret: str) -> None:
    spans.clear()
    session = _session(secret)
    script: Script = SyncTransport(*_answers(secret))
    config = emrk.Config(event_hooks={"request": [_leaky_hook(secret)]})
    containers = EMRContainersClient(
        session=session, transport=script, sleep=no_sleep, config=config
    )
    emr = EMRClient(session=session, transport=script, sleep=no_sleep, config=config)
    with pytest.raises(emrk.ServiceError):
        _job_run(containers, secret)
    emr.get_cluster_session_credentials(cluster_id="j-2AXXXXXXGAPLF")
    with pytest.raises(emrk.ServiceError):
        emr.get_cluster_session_credentials(cluster_id="j-2AXXXXXXGAPLF")
    with pytest.raises(RuntimeError):
        containers.describe_job_run(id="0000000abcdefghijkl", virtual_cluster_id="abc")
    _assert_clean(spans, _secrets_of(secret))


async def test_no_secret_reaches_any_async_span(spans: InMemorySpanExporter) -> None:
    secret = "Zq8/async+SECRET=value_0123"
    session = _session(secret)
    script: Script = AsyncTransport(*_answers(secret))
    config = emrk.Config(event_hooks={"request": [_leaky_hook(secret)]})
    containers = AsyncEMRContainersClient(
        session=session, transport=script, sleep=no_async_sleep, config=config
    )
    emr = AsyncEMRClient(session=session, transport=script, sleep=no_async_sleep, config=config)
    with pytest.raises(emrk.ServiceError):
        await _job_run(containers, secret)
    await emr.get_cluster_session_credentials(cluster_id="j-2AXXXXXXGAPLF")
    with pytest.raises(emrk.ServiceError):
        await emr.get_cluster_session_credentials(cluster_id="j-2AXXXXXXGAPLF")
    with pytest.raises(RuntimeError):
        await containers.describe_job_run(id="0000000abcdefghijkl", virtual_cluster_id="abc")
    _assert_clean(spans, _secrets_of(secret))
