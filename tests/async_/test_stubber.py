"""``emrk.testing.Stubber`` behaves the same on a sync client and on its async twin.

Every test here runs twice, on ``EKSClient`` and ``AsyncEKSClient`` (or the
PCS and EMR on EKS pairs): :func:`run` awaits what the async client returns
and takes the sync client's answer as it is, so one test body states the
behaviour both must share. The Stubber is the client's transport while
active, so the real validation, parsing, error mapping, paginators and
waiters run, awaited on the async side.
"""

from __future__ import annotations

import asyncio
import datetime
import inspect
import uuid
from typing import Any

import pytest

import emrk
from emrk.eks import (
    AsyncEKSClient,
    Cluster,
    ClusterStatus,
    CreateClusterResponse,
    DescribeClusterResponse,
    EKSClient,
    EKSError,
    ListClustersResponse,
    ResourceInUseException,
    ResourceNotFoundException,
    ServerException,
    VpcConfigRequest,
)
from emrk.emr_containers import (
    AsyncEMRContainersClient,
    DescribeJobRunResponse,
    EMRContainersClient,
    JobRun,
    JobRunState,
)
from emrk.pcs import (
    AsyncPCSClient,
    ClusterSummary,
    PCSClient,
    ValidationException,
    ValidationExceptionField,
)
from emrk.pcs import ListClustersResponse as PCSListClusters
from emrk.testing import ANY, StubAssertionError, Stubber

from ._helpers import AsyncCapturingTransport, AsyncSleepRecorder, CapturingTransport, SleepRecorder

CREATED = datetime.datetime(2024, 5, 6, 7, 8, 9, 123000, tzinfo=datetime.timezone.utc)
KINDS = ["sync", "async"]


class Clients:
    """A client of one kind with its sleeps recorded, for one test."""

    def __init__(self, kind: str, session: emrk.Session, asession: emrk.AsyncSession) -> None:
        self.kind = kind
        self.sleeps: SleepRecorder | AsyncSleepRecorder
        if kind == "sync":
            self.sleeps = SleepRecorder()
            self.session: Any = session
        else:
            self.sleeps = AsyncSleepRecorder()
            self.session = asession

    def make(self, sync_cls: type, async_cls: type, **kwargs: Any) -> Any:
        cls = sync_cls if self.kind == "sync" else async_cls
        return cls(session=self.session, sleep=self.sleeps, **kwargs)

    def eks(self, **kwargs: Any) -> Any:
        return self.make(EKSClient, AsyncEKSClient, **kwargs)


@pytest.fixture(params=KINDS)
def clients(
    request: pytest.FixtureRequest, session: emrk.Session, asession: emrk.AsyncSession
) -> Clients:
    return Clients(request.param, session, asession)


@pytest.fixture
def eks(clients: Clients) -> Any:
    return clients.eks()


async def run(value: Any) -> Any:
    """The answer of a client call: awaited for an async client, as it is for a sync one."""
    return await value if inspect.isawaitable(value) else value


async def items(paginator: Any) -> list[Any]:
    if hasattr(paginator, "__aiter__"):
        return [item async for item in paginator]
    return list(paginator)


async def pages(paginator: Any) -> list[Any]:
    pages = paginator.pages()
    if hasattr(pages, "__aiter__"):
        return [page async for page in pages]
    return list(pages)


def _cluster(status: ClusterStatus = ClusterStatus.ACTIVE) -> Cluster:
    return Cluster(name="prod", status=status, created_at=CREATED, version="1.31")


def _describe(status: ClusterStatus = ClusterStatus.ACTIVE) -> DescribeClusterResponse:
    return DescribeClusterResponse(cluster=_cluster(status))


# -- answers and errors -----------------------------------------------------------


async def test_response_round_trips_into_an_equal_model(eks: Any) -> None:
    with Stubber(eks) as stub:
        stub.add_response("describe_cluster", _describe(), {"name": "prod"})
        got = await run(eks.describe_cluster(name="prod"))
    assert got == _describe()
    assert got.cluster.status is ClusterStatus.ACTIVE
    meta = got.response_metadata
    assert (meta.http_status_code, meta.retry_attempts) == (200, 0)
    assert meta.request_id.startswith("emrk-stub-")
    (call,) = stub.calls
    assert (call.method, call.request.name) == ("describe_cluster", "prod")


async def test_answers_are_served_in_order(eks: Any) -> None:
    with Stubber(eks) as stub:
        stub.add_response("describe_cluster", _describe(ClusterStatus.CREATING))
        stub.add_response("describe_cluster", _describe(ClusterStatus.ACTIVE))
        first = await run(eks.describe_cluster(name="prod"))
        second = await run(eks.describe_cluster(name="prod"))
    assert [first.cluster.status, second.cluster.status] == [
        ClusterStatus.CREATING,
        ClusterStatus.ACTIVE,
    ]


async def test_error_raises_its_class_with_members(eks: Any) -> None:
    with Stubber(eks) as stub:
        stub.add_client_error(
            "describe_cluster",
            ResourceNotFoundException("no such cluster", cluster_name="prod"),
            {"name": "prod"},
        )
        with pytest.raises(ResourceNotFoundException) as info:
            await run(eks.describe_cluster(name="prod"))
    error = info.value
    assert (error.code, error.message, error.cluster_name) == (
        "ResourceNotFoundException",
        "no such cluster",
        "prod",
    )
    assert error.status_code == 400 and error.request_id.startswith("emrk-stub-")


async def test_http_status_and_request_id_can_be_chosen(eks: Any) -> None:
    with Stubber(eks) as stub:
        stub.add_client_error(
            "delete_cluster",
            ResourceInUseException("busy", cluster_name="prod", request_id="req-1"),
            http_status_code=409,
        )
        with pytest.raises(ResourceInUseException) as info:
            await run(eks.delete_cluster(name="prod"))
    assert (info.value.status_code, info.value.request_id) == (409, "req-1")


async def test_stubbed_errors_are_not_retried(clients: Clients, eks: Any) -> None:
    with Stubber(eks) as stub:
        stub.add_client_error("describe_cluster", ServerException("down"), http_status_code=503)
        stub.add_response("describe_cluster", _describe())
        with pytest.raises(ServerException):
            await run(eks.describe_cluster(name="prod"))
        assert await run(eks.describe_cluster(name="prod")) == _describe()
    assert clients.sleeps.delays == []


async def test_unknown_code_raises_the_service_base_class(eks: Any) -> None:
    with Stubber(eks) as stub:
        stub.add_client_error("describe_cluster", EKSError("new", code="BrandNewException"))
        with pytest.raises(EKSError) as info:
            await run(eks.describe_cluster(name="prod"))
    assert type(info.value) is EKSError and info.value.code == "BrandNewException"


async def test_aws_json_errors_carry_nested_members(clients: Clients) -> None:
    pcs = clients.make(PCSClient, AsyncPCSClient)
    fields = [ValidationExceptionField(name="clusterName", message="too short")]
    with Stubber(pcs) as stub:
        stub.add_client_error(
            "get_cluster",
            ValidationException("bad", reason="fieldValidationFailed", field_list=fields),
        )
        with pytest.raises(ValidationException) as info:
            await run(pcs.get_cluster(cluster_identifier="x"))
    assert info.value.field_list == fields
    assert info.value.reason == "fieldValidationFailed"


# -- expected parameters, tokens, call order ----------------------------------------


async def test_parameter_mismatch_is_a_stub_assertion(eks: Any) -> None:
    with Stubber(eks) as stub:
        stub.add_response("describe_cluster", _describe(), {"name": "prod"})
        with pytest.raises(StubAssertionError, match="parameter name differs") as info:
            await run(eks.describe_cluster(name="dev"))
        assert "'prod'" in str(info.value) and "'dev'" in str(info.value)
        with pytest.raises(StubAssertionError, match="never used"):
            stub.assert_no_pending_responses()  # the answer stays queued


async def test_any_inside_models_and_containers(eks: Any) -> None:
    expected = {
        "name": "prod",
        "role_arn": ANY,
        "resources_vpc_config": VpcConfigRequest(subnet_ids=ANY),
    }
    with Stubber(eks) as stub:
        stub.add_response("create_cluster", CreateClusterResponse(), expected)
        stub.add_response("list_clusters", ListClustersResponse(clusters=[]), {"include": [ANY]})
        await run(
            eks.create_cluster(
                name="prod",
                role_arn="arn:aws:iam::123456789012:role/eks",
                resources_vpc_config=VpcConfigRequest(subnet_ids=["subnet-9"]),
            )
        )
        await run(eks.list_clusters(include=["all"]))
        stub.assert_no_pending_responses()


async def test_auto_filled_token_is_ignored_unless_expected(eks: Any) -> None:
    expected = {"name": "prod", "role_arn": ANY, "resources_vpc_config": ANY}
    with Stubber(eks) as stub:
        stub.add_response("create_cluster", CreateClusterResponse(cluster=_cluster()), expected)
        await run(
            eks.create_cluster(
                name="prod",
                role_arn="arn:aws:iam::123456789012:role/eks",
                resources_vpc_config=VpcConfigRequest(subnet_ids=["subnet-1"]),
            )
        )
    assert uuid.UUID(stub.calls[0].request.client_request_token).version == 4


async def test_call_order_mistakes_fail_clearly(eks: Any) -> None:
    with Stubber(eks) as stub:
        stub.add_response("describe_cluster", _describe())
        with pytest.raises(StubAssertionError, match=r"list_clusters.*describe_cluster"):
            await run(eks.list_clusters())
        await run(eks.describe_cluster(name="prod"))
        with pytest.raises(StubAssertionError, match="no stubbed answers left"):
            await run(eks.describe_cluster(name="prod"))


async def test_invalid_input_does_not_use_up_an_answer(eks: Any) -> None:
    with Stubber(eks) as stub:
        stub.add_response("describe_cluster", _describe())
        with pytest.raises(emrk.ParamValidationError):
            await run(eks.describe_cluster(name=""))
        await run(eks.describe_cluster(name="prod"))
        stub.assert_no_pending_responses()


# -- responses that break their own model --------------------------------------------


@pytest.mark.parametrize(
    ("response", "param"),
    [
        (DescribeJobRunResponse(job_run=JobRun(id="i" * 65)), "response.job_run.id"),
        (DescribeJobRunResponse(job_run=JobRun(name="")), "response.job_run.name"),
    ],
    ids=["too-long", "too-short"],
)
def test_a_response_breaking_its_constraints_is_refused(
    clients: Clients, response: DescribeJobRunResponse, param: str
) -> None:
    emr = clients.make(EMRContainersClient, AsyncEMRContainersClient)
    stub = Stubber(emr)
    with pytest.raises(
        emrk.ParamValidationError, match="stubbed describe_job_run response"
    ) as info:
        stub.add_response("describe_job_run", response)
    assert info.value.param == param
    stub.assert_no_pending_responses()  # nothing was queued


def test_a_response_missing_a_required_member_is_refused(clients: Clients) -> None:
    pcs = clients.make(PCSClient, AsyncPCSClient)
    broken = ClusterSummary(
        name=None,  # type: ignore[arg-type]
        id="pcs_0123456789",
        arn="arn:aws:pcs:us-east-1:123456789012:cluster/pcs_0123456789",
        created_at=CREATED,
        modified_at=CREATED,
        status="ACTIVE",
    )
    with pytest.raises(emrk.ParamValidationError, match="is required") as info:
        Stubber(pcs).add_response("list_clusters", PCSListClusters(clusters=[broken]))
    assert info.value.param == "response.clusters[0].name"


# -- paginators and waiters ---------------------------------------------------------


async def test_paginator_items_and_pages(eks: Any) -> None:
    first = ListClustersResponse(clusters=["a", "b"], next_token="t1")
    second = ListClustersResponse(clusters=["c"])
    with Stubber(eks) as stub:
        stub.add_response("list_clusters", first)
        stub.add_response("list_clusters", second, {"next_token": "t1"})
        assert await items(eks.paginate_list_clusters()) == ["a", "b", "c"]
        stub.add_response("list_clusters", first, {"max_results": 2})
        stub.add_response("list_clusters", second, {"max_results": 2, "next_token": "t1"})
        assert await pages(eks.paginate_list_clusters(max_results=2)) == [first, second]
        stub.assert_no_pending_responses()


async def test_paginator_max_items_and_resume_token(eks: Any) -> None:
    first = ListClustersResponse(clusters=["a", "b"], next_token="t1")
    second = ListClustersResponse(clusters=["c"])
    with Stubber(eks) as stub:
        stub.add_response("list_clusters", first)
        head = eks.paginate_list_clusters(max_items=1)
        assert await items(head) == ["a"]
        stub.add_response("list_clusters", first)
        stub.add_response("list_clusters", second, {"next_token": "t1"})
        rest = eks.paginate_list_clusters(starting_token=head.resume_token)
        assert await items(rest) == ["b", "c"]
        assert rest.resume_token is None
        stub.assert_no_pending_responses()


async def test_waiter_polls_through_queued_attempts(clients: Clients, eks: Any) -> None:
    with Stubber(eks) as stub:
        stub.add_response("describe_cluster", _describe(ClusterStatus.CREATING))
        stub.add_response("describe_cluster", _describe(ClusterStatus.CREATING))
        stub.add_response("describe_cluster", _describe(ClusterStatus.ACTIVE))
        result = await run(eks.wait_until_cluster_active(name="prod", delay=3))
        stub.assert_no_pending_responses()
    assert result.cluster.status is ClusterStatus.ACTIVE
    assert clients.sleeps.delays == [3, 3]


async def test_deleted_waiter_succeeds_on_the_not_found_error(eks: Any) -> None:
    with Stubber(eks) as stub:
        stub.add_response("describe_cluster", _describe(ClusterStatus.DELETING))
        stub.add_client_error("describe_cluster", ResourceNotFoundException("gone"))
        assert await run(eks.wait_until_cluster_deleted(name="prod", delay=0)) is None


async def test_waiter_failure_state_raises_waiter_error(eks: Any) -> None:
    with Stubber(eks) as stub:
        stub.add_response("describe_cluster", _describe(ClusterStatus.FAILED))
        with pytest.raises(emrk.WaiterError) as info:
            await run(eks.wait_until_cluster_active(name="prod", delay=0))
    assert info.value.last_response == _describe(ClusterStatus.FAILED)


async def test_an_emrk_only_waiter(clients: Clients) -> None:
    """``wait_until_job_run_completed`` is emrk's own (botocore has none): the same on both."""
    emr = clients.make(EMRContainersClient, AsyncEMRContainersClient)
    seen: list[Any] = []
    with Stubber(emr) as stub:
        for state in (JobRunState.PENDING, JobRunState.RUNNING, JobRunState.COMPLETED):
            stub.add_response(
                "describe_job_run", DescribeJobRunResponse(job_run=JobRun(id="j", state=state))
            )
        done = await run(
            emr.wait_until_job_run_completed(
                id="j", virtual_cluster_id="vc", delay=5, on_attempt=seen.append
            )
        )
    assert done.job_run.state is JobRunState.COMPLETED
    assert [a.state for a in seen][-1] == "success" and len(seen) == 3
    assert clients.sleeps.delays == [5, 5]


# -- lifecycle ----------------------------------------------------------------------


async def test_exit_gives_the_client_its_real_transport_back(clients: Clients) -> None:
    real: Any = CapturingTransport() if clients.kind == "sync" else AsyncCapturingTransport()
    eks = clients.eks(transport=real)
    with Stubber(eks) as stub:
        stub.add_response("list_clusters", ListClustersResponse(clusters=["stubbed"]))
        assert (await run(eks.list_clusters())).clusters == ["stubbed"]
    assert real.requests == []
    assert (await run(eks.list_clusters())).clusters is None
    assert [r.context.operation for r in real.requests] == ["ListClusters"]


def test_a_second_stubber_on_the_same_client_is_refused(eks: Any) -> None:
    with Stubber(eks), pytest.raises(RuntimeError, match="already active"):
        Stubber(eks).activate()


async def test_a_subclassed_async_client_is_stubbed_too(asession: emrk.AsyncSession) -> None:
    class AuditedEKS(AsyncEKSClient):
        """A user's own subclass of an async client."""

    eks = AuditedEKS(session=asession)
    with Stubber(eks) as stub:
        stub.add_response("list_clusters", ListClustersResponse(clusters=["mine"]))
        assert (await eks.list_clusters()).clusters == ["mine"]


async def test_concurrent_async_calls_take_answers_in_the_order_they_send(
    asession: emrk.AsyncSession,
) -> None:
    eks = AsyncEKSClient(session=asession)
    names = [f"c{n}" for n in range(10)]
    with Stubber(eks) as stub:
        for name in names:
            stub.add_response(
                "describe_cluster",
                DescribeClusterResponse(cluster=Cluster(name=name)),
                {"name": name},
            )
        got = await asyncio.gather(*(eks.describe_cluster(name=name) for name in names))
        stub.assert_no_pending_responses()
    assert [g.cluster.name for g in got] == names


async def test_a_closed_async_client_stays_closed_under_a_stubber(
    asession: emrk.AsyncSession,
) -> None:
    eks = AsyncEKSClient(session=asession)
    await eks.close()
    with Stubber(eks) as stub:
        stub.add_response("list_clusters", ListClustersResponse())
        with pytest.raises(emrk.ClientClosedError):
            await eks.list_clusters()
        with pytest.raises(StubAssertionError, match="never used"):
            stub.assert_no_pending_responses()
