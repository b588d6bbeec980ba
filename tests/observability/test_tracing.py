"""OpenTelemetry spans: names, attributes, retry events, errors, parents; sync and async.

Spans are collected by the OpenTelemetry SDK's in-memory exporter, installed
as the global tracer provider for each test (see ``conftest.spans``).
"""

from __future__ import annotations

import asyncio
import datetime
import email.utils
from typing import Any
from urllib.parse import urlsplit

import pytest
from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.sdk.trace.sampling import ALWAYS_OFF
from opentelemetry.trace import SpanKind, StatusCode

import emrk
from emrk.core import tracing
from emrk.core.http import HttpRequest
from emrk.eks import AsyncEKSClient, EKSClient
from tests.observability._scripted import (
    PROTOCOLS,
    Answer,
    AsyncTransport,
    Protocol,
    Script,
    SyncTransport,
    async_client,
    not_found,
    run,
    sync_client,
    throttled,
)
from tests.observability.conftest import Make, install_provider

EKS = PROTOCOLS[0]


class HookFailed(Exception):
    """A hook's own exception."""


def _transport_error(cause: BaseException) -> emrk.TransportError:
    error = emrk.TransportError(f"GET example failed: {type(cause).__name__}")
    error.__cause__ = cause
    return error


def _eks(driver: str, *answers: Answer | emrk.TransportError, **kwargs: Any) -> tuple[Any, Script]:
    """An EKS client (sync or async) on a script."""
    if driver == "sync":
        script: Script = SyncTransport(*answers)
        return sync_client(EKS, script, **kwargs), script
    script = AsyncTransport(*answers)
    return async_client(EKS, script, **kwargs), script


def _cluster(status: str) -> Answer:
    return Answer(body={"cluster": {"name": "prod", "status": status}})


def _only(spans: InMemorySpanExporter) -> ReadableSpan:
    (span,) = spans.get_finished_spans()
    return span


# -- one call, one span ---------------------------------------------------------------


async def test_a_call_is_one_client_span_with_the_aws_sdk_attributes(
    make: Make, protocol: Protocol, spans: InMemorySpanExporter
) -> None:
    client, _ = make(Answer(body=protocol.ok, headers={"x-amzn-RequestId": "abc-123"}))
    await run(protocol.call(client))
    span = _only(spans)
    assert span.name == f"{protocol.service}.{protocol.operation}"
    assert span.kind is SpanKind.CLIENT
    assert dict(span.attributes or {}) == {
        "rpc.system": "aws-api",
        "rpc.service": protocol.service,
        "rpc.method": protocol.operation,
        "cloud.region": "us-west-2",
        "server.address": urlsplit(client.endpoint_url).hostname,
        "http.response.status_code": 200,
        "aws.request_id": "abc-123",
    }
    assert span.status.status_code is StatusCode.UNSET
    assert span.events == ()
    assert span.parent is None
    assert span.instrumentation_scope is not None
    assert span.instrumentation_scope.name == "emrk"
    assert span.instrumentation_scope.version == emrk.__version__


@pytest.mark.parametrize(
    ("endpoint_url", "address", "port"),
    [
        ("http://127.0.0.1:4566", "127.0.0.1", 4566),
        ("https://eks.internal.example:8443/", "eks.internal.example", 8443),
        ("https://eks.internal.example:443", "eks.internal.example", None),
        ("http://user:password@localhost", "localhost", None),
    ],
)
async def test_server_address_and_a_port_only_when_not_the_default(
    driver: str, spans: InMemorySpanExporter, endpoint_url: str, address: str, port: int | None
) -> None:
    client, _ = _eks(driver, _cluster("ACTIVE"), endpoint_url=endpoint_url)
    await run(client.describe_cluster(name="prod"))
    attributes = dict(_only(spans).attributes or {})
    assert attributes["server.address"] == address
    assert attributes.get("server.port") == port
    assert "password" not in str(attributes)


# -- retries --------------------------------------------------------------------------


async def test_each_retry_is_an_event_with_attempt_reason_and_delay(
    make: Make, protocol: Protocol, spans: InMemorySpanExporter
) -> None:
    client, _ = make(
        throttled(),
        _transport_error(ConnectionResetError("reset by peer")),
        Answer(body=protocol.ok),
    )
    await run(protocol.call(client))
    span = _only(spans)
    assert [event.name for event in span.events] == ["emrk.retry", "emrk.retry"]
    first, second = (dict(event.attributes or {}) for event in span.events)
    assert first.pop("emrk.retry.delay") >= 0
    assert first == {
        "emrk.retry.attempt": 2,
        "emrk.retry.reason": "ThrottlingException",
        "http.response.status_code": 400,
    }
    assert second.pop("emrk.retry.delay") >= 0
    assert second == {"emrk.retry.attempt": 3, "emrk.retry.reason": "ConnectionResetError"}
    attributes = span.attributes or {}
    assert attributes["http.response.status_code"] == 200
    assert span.status.status_code is StatusCode.UNSET


async def test_a_clock_skew_correction_is_a_retry_event(
    driver: str, spans: InMemorySpanExporter
) -> None:
    server_time = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=1)
    skewed = Answer(
        403,
        {"__type": "InvalidSignatureException", "message": "Signature expired"},
        {"Date": email.utils.format_datetime(server_time, usegmt=True)},
    )
    client, script = _eks(driver, skewed, _cluster("ACTIVE"))
    await run(client.describe_cluster(name="prod"))
    (event,) = _only(spans).events
    assert dict(event.attributes or {}) == {
        "emrk.retry.attempt": 2,
        "emrk.retry.reason": "InvalidSignatureException",
        "emrk.retry.delay": 0.0,
        "http.response.status_code": 403,
        "emrk.retry.clock_skew": True,
    }
    assert len(script.sent) == 2


# -- failures -------------------------------------------------------------------------


async def test_a_service_error_sets_error_type_and_the_status(
    make: Make, protocol: Protocol, spans: InMemorySpanExporter
) -> None:
    client, _ = make(not_found("cluster prod-secret-name not found"))
    with pytest.raises(emrk.ServiceError):
        await run(protocol.call(client))
    span = _only(spans)
    attributes = dict(span.attributes or {})
    assert attributes["error.type"] == "ResourceNotFoundException"
    assert attributes["http.response.status_code"] == 404
    assert attributes["aws.request_id"] == "req-1"
    assert span.status.status_code is StatusCode.ERROR
    assert span.status.description == "ResourceNotFoundException"
    assert span.events == ()  # no exception event: its message could echo a secret


async def test_retries_that_run_out_end_with_the_last_error(
    make: Make, protocol: Protocol, spans: InMemorySpanExporter
) -> None:
    client, script = make(*(_transport_error(TimeoutError("read timed out")) for _ in range(3)))
    with pytest.raises(emrk.TransportError):
        await run(protocol.call(client))
    span = _only(spans)
    assert len(script.sent) == 3
    assert [dict(e.attributes or {})["emrk.retry.attempt"] for e in span.events] == [2, 3]
    assert (span.attributes or {})["error.type"] == "TransportError"
    assert "http.response.status_code" not in (span.attributes or {})
    assert span.status.description == "TransportError"


async def test_invalid_input_is_a_failed_span_and_nothing_is_sent(
    driver: str, spans: InMemorySpanExporter
) -> None:
    client, script = _eks(driver)
    with pytest.raises(emrk.ParamValidationError):
        await run(client.describe_cluster(name=""))
    span = _only(spans)
    assert span.name == "EKS.DescribeCluster"
    assert (span.attributes or {})["error.type"] == "ParamValidationError"
    assert script.sent == []


async def test_a_hooks_exception_names_its_class(
    make: Make, protocol: Protocol, spans: InMemorySpanExporter
) -> None:
    def refuse(operation: str, request: HttpRequest) -> None:
        raise HookFailed("nope")

    client, _ = make(
        Answer(body=protocol.ok), config=emrk.Config(event_hooks={"request": [refuse]})
    )
    with pytest.raises(HookFailed):
        await run(protocol.call(client))
    span = _only(spans)
    assert (span.attributes or {})["error.type"] == f"{__name__}.HookFailed"


async def test_a_cancelled_async_call_ends_its_span(spans: InMemorySpanExporter) -> None:
    started = asyncio.Event()

    class Hanging(AsyncTransport):
        async def send(self, request: HttpRequest) -> Any:  # type: ignore[override]
            started.set()
            await asyncio.Event().wait()

    client = AsyncEKSClient(session=emrk.Session(region_name="us-west-2"), transport=Hanging())
    task = asyncio.ensure_future(client.describe_cluster(name="prod"))
    await started.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    span = _only(spans)
    assert (span.attributes or {})["error.type"] == "asyncio.exceptions.CancelledError"
    assert trace.get_current_span() is trace.INVALID_SPAN


# -- parents and context ----------------------------------------------------------------


async def test_a_call_is_a_child_of_the_current_span_and_restores_it(
    make: Make, protocol: Protocol, spans: InMemorySpanExporter
) -> None:
    client, _ = make(Answer(body=protocol.ok), not_found())
    tracer = trace.get_tracer("the-application")
    with tracer.start_as_current_span("nightly-job") as job:
        await run(protocol.call(client))
        assert trace.get_current_span() is job
        with pytest.raises(emrk.ServiceError):
            await run(protocol.call(client))
        assert trace.get_current_span() is job
    assert trace.get_current_span() is trace.INVALID_SPAN
    ok, failed, parent = spans.get_finished_spans()
    assert parent.name == "nightly-job"
    for span in (ok, failed):
        assert span.parent is not None
        assert span.parent.span_id == job.get_span_context().span_id
        assert span.context is not None
        assert span.context.trace_id == job.get_span_context().trace_id


async def test_hooks_run_inside_the_calls_span(
    make: Make, protocol: Protocol, spans: InMemorySpanExporter
) -> None:
    """A hook that reads the current span (to add a trace header, say) sees the call's."""
    seen: list[str] = []

    def note(operation: str, request: HttpRequest) -> None:
        current = trace.get_current_span()
        seen.append(getattr(current, "name", ""))

    client, _ = make(Answer(body=protocol.ok), config=emrk.Config(event_hooks={"request": [note]}))
    await run(protocol.call(client))
    assert seen == [f"{protocol.service}.{protocol.operation}"]


async def test_concurrent_async_calls_get_their_own_parents(spans: InMemorySpanExporter) -> None:
    tracer = trace.get_tracer("the-application")
    client, _ = _eks("async", *(_cluster("ACTIVE") for _ in range(4)))

    async def job(name: str) -> None:
        with tracer.start_as_current_span(name):
            await client.describe_cluster(name="prod")
            await asyncio.sleep(0)
            await client.describe_cluster(name="prod")

    await asyncio.gather(job("first"), job("second"))
    finished = spans.get_finished_spans()
    jobs = {s.name: s for s in finished if s.name in ("first", "second")}
    calls = [s for s in finished if s.name == "EKS.DescribeCluster"]
    assert len(calls) == 4
    for name, parent in jobs.items():
        children = [s for s in calls if s.parent and s.parent.span_id == parent.context.span_id]
        assert len(children) == 2, name


# -- paginators and waiters -----------------------------------------------------------


async def test_a_paginator_makes_one_span_per_page(
    driver: str, spans: InMemorySpanExporter
) -> None:
    client, _ = _eks(
        driver,
        Answer(body={"clusters": ["a", "b"], "nextToken": "t1"}),
        Answer(body={"clusters": ["c"], "nextToken": "t2"}),
        Answer(body={"clusters": []}),
    )
    paginator = client.paginate_list_clusters()
    names = list(paginator) if driver == "sync" else [n async for n in paginator]
    assert names == ["a", "b", "c"]
    finished = spans.get_finished_spans()
    assert [s.name for s in finished] == ["EKS.ListClusters"] * 3
    assert all(s.parent is None for s in finished)


async def test_a_waiter_is_a_parent_span_around_its_polls(
    driver: str, spans: InMemorySpanExporter
) -> None:
    client, _ = _eks(driver, _cluster("CREATING"), _cluster("CREATING"), _cluster("ACTIVE"))
    await run(client.wait_until_cluster_active(name="prod", delay=5))
    *polls, waiter = spans.get_finished_spans()
    assert waiter.name == "EKS.wait_until_cluster_active"
    assert waiter.kind is SpanKind.INTERNAL
    assert dict(waiter.attributes or {}) == {
        "emrk.waiter.name": "ClusterActive",
        "emrk.waiter.max_attempts": 40,
        "emrk.waiter.delay": 5.0,
        "emrk.waiter.attempts": 3,
        "rpc.service": "EKS",
    }
    assert waiter.status.status_code is StatusCode.UNSET
    assert [p.name for p in polls] == ["EKS.DescribeCluster"] * 3
    assert all(p.parent and p.parent.span_id == waiter.context.span_id for p in polls)


async def test_a_failed_waiter_span_says_why(driver: str, spans: InMemorySpanExporter) -> None:
    client, _ = _eks(driver, _cluster("CREATING"), _cluster("FAILED"))
    with pytest.raises(emrk.WaiterError):
        await run(client.wait_until_cluster_active(name="prod"))
    waiter = spans.get_finished_spans()[-1]
    attributes = waiter.attributes or {}
    assert attributes["error.type"] == "WaiterError"
    assert attributes["emrk.waiter.attempts"] == 2
    assert waiter.status.status_code is StatusCode.ERROR


async def test_a_waiter_that_succeeds_on_an_error_has_a_failed_poll_and_succeeds(
    driver: str, spans: InMemorySpanExporter
) -> None:
    client, _ = _eks(driver, _cluster("DELETING"), not_found())
    await run(client.wait_until_cluster_deleted(name="prod"))
    first, gone, waiter = spans.get_finished_spans()
    assert waiter.name == "EKS.wait_until_cluster_deleted"
    assert waiter.status.status_code is StatusCode.UNSET
    assert (gone.attributes or {})["error.type"] == "ResourceNotFoundException"
    assert first.status.status_code is StatusCode.UNSET


async def test_a_poll_that_cannot_connect_fails_the_waiter_span(
    driver: str, spans: InMemorySpanExporter
) -> None:
    client, _ = _eks(driver, *(_transport_error(OSError("unreachable")) for _ in range(3)))
    with pytest.raises(emrk.TransportError):
        await run(client.wait_until_cluster_active(name="prod"))
    poll, waiter = spans.get_finished_spans()
    assert (waiter.attributes or {})["error.type"] == "TransportError"
    assert poll.parent is not None and poll.parent.span_id == waiter.context.span_id
    assert trace.get_current_span() is trace.INVALID_SPAN


def test_every_waiters_span_is_named_after_its_client_method() -> None:
    import importlib

    from emrk.core.wait import WaiterSpec

    for package in ("eks", "emr_containers", "pcs"):
        waiters = importlib.import_module(f"emrk.{package}.waiters")
        module = importlib.import_module(f"emrk.{package}")
        clients = [getattr(module, n) for n in module.__all__ if n.endswith("Client")]
        specs = [v for v in vars(waiters).values() if isinstance(v, WaiterSpec)]
        assert specs
        for spec in specs:
            method = tracing.waiter_method(spec.name)
            for client in clients:
                assert hasattr(client, method), (client.__name__, spec.name)


# -- when tracing is off ----------------------------------------------------------------


async def test_nothing_is_traced_without_a_configured_provider(
    make: Make, protocol: Protocol, untraced: None
) -> None:
    client, script = make(Answer(body=protocol.ok))
    assert tracing.tracer() is None
    await run(protocol.call(client))
    assert len(script.sent) == 1
    assert trace.get_current_span() is trace.INVALID_SPAN


def test_a_noop_provider_means_off(untraced: None) -> None:
    install_provider(trace.NoOpTracerProvider())
    assert tracing.tracer() is None


async def test_tracing_configured_after_the_client_was_built_applies(
    driver: str, untraced: None
) -> None:
    client, _ = _eks(driver, _cluster("ACTIVE"), _cluster("ACTIVE"))
    await run(client.describe_cluster(name="prod"))
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    install_provider(provider)
    await run(client.describe_cluster(name="prod"))
    assert [s.name for s in exporter.get_finished_spans()] == ["EKS.DescribeCluster"]


async def test_a_sampled_out_call_records_nothing_and_still_works(
    driver: str, untraced: None
) -> None:
    exporter = InMemorySpanExporter()
    provider = TracerProvider(sampler=ALWAYS_OFF)
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    install_provider(provider)
    client, _ = _eks(driver, throttled(), _cluster("ACTIVE"), not_found())
    await run(client.describe_cluster(name="prod"))
    with pytest.raises(emrk.ServiceError):
        await run(client.describe_cluster(name="prod"))
    assert exporter.get_finished_spans() == ()
    assert trace.get_current_span() is trace.INVALID_SPAN


def test_sync_and_async_clients_are_the_same_classes_here() -> None:
    """Guard: the fixtures above really build both kinds of client."""
    assert issubclass(EKS.sync_client, EKSClient)
    assert EKS.async_client is AsyncEKSClient
