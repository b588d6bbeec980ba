"""End to end against moto's server on 127.0.0.1: real HTTP, real signing, real parsing.

moto 5 implements virtual clusters and job runs for EMR on EKS. Tagging, job
templates, managed endpoints and security configurations answer HTTP 404
there; the tests for those skip themselves when that happens, so they start
checking as soon as moto implements the operation. (They are covered offline
in ``test_client.py``.)

moto answers ``ValidationException`` for an unknown or deleted virtual
cluster, and ``ResourceNotFoundException`` for an unknown job run whose id
looks valid; the error tests pin that down.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from typing import TypeVar

import pytest

import emrk
from emrk.emr_containers import (
    ContainerInfo,
    ContainerProvider,
    EksInfo,
    EMRContainersClient,
    EMRContainersError,
    JobDriver,
    JobRun,
    JobRunState,
    JobTemplateData,
    ListJobRunsResponse,
    ResourceNotFoundException,
    SparkSubmitJobDriver,
    ValidationException,
    VirtualClusterState,
)

pytestmark = pytest.mark.e2e

ROLE = "arn:aws:iam::123456789012:role/emr-on-eks-job"
RELEASE = "emr-6.15.0-latest"
_T = TypeVar("_T")


@pytest.fixture
def emr(session: emrk.Session, moto_endpoint: str) -> Iterator[EMRContainersClient]:
    client = EMRContainersClient(
        session=session, endpoint_url=moto_endpoint, sleep=lambda _seconds: None
    )
    yield client
    client.close()


@pytest.fixture
def cluster_id(emr: EMRContainersClient) -> str:
    """A fresh virtual cluster on its own namespace (moto allows one per namespace)."""
    return _create_cluster(emr, tags={"suite": "e2e"})


def _create_cluster(emr: EMRContainersClient, tags: dict[str, str] | None = None) -> str:
    namespace = f"spark-{uuid.uuid4().hex[:12]}"
    created = emr.create_virtual_cluster(
        name=f"vc-{namespace}",
        container_provider=ContainerProvider(
            type="EKS",
            id="analytics-eks",
            info=ContainerInfo(eks_info=EksInfo(namespace=namespace)),
        ),
        tags=tags,
    )
    assert created.id is not None
    return created.id


def _start(emr: EMRContainersClient, cluster_id: str, name: str) -> str:
    started = emr.start_job_run(
        virtual_cluster_id=cluster_id,
        name=name,
        execution_role_arn=ROLE,
        release_label=RELEASE,
        job_driver=JobDriver(
            spark_submit_job_driver=SparkSubmitJobDriver(
                entry_point="s3://my-bucket/jobs/etl.py",
                entry_point_arguments=["--date", "2024-06-01"],
                spark_submit_parameters="--conf spark.executor.instances=2",
            )
        ),
        tags={"job": name},
    )
    assert started.id is not None
    return started.id


def _or_skip_if_moto_lacks(operation: str, call: Callable[[], _T]) -> _T:
    """Run ``call``; skip the test if moto does not implement ``operation``."""
    try:
        return call()
    except EMRContainersError as exc:
        if exc.status_code == 404 and exc.code == "404":
            pytest.skip(f"moto does not implement emr-containers {operation}")
        raise


# -- virtual clusters ---------------------------------------------------------


def test_virtual_cluster_lifecycle(emr: EMRContainersClient) -> None:
    cluster_id = _create_cluster(emr)

    described = emr.describe_virtual_cluster(id=cluster_id).virtual_cluster
    assert described is not None
    assert described.state is VirtualClusterState.RUNNING
    assert described.container_provider is not None
    assert described.container_provider.id == "analytics-eks"
    assert described.container_provider.info is not None
    assert described.container_provider.info.eks_info is not None
    assert (described.container_provider.info.eks_info.namespace or "").startswith("spark-")
    assert described.arn is not None and described.arn.endswith(f"/virtualclusters/{cluster_id}")
    assert described.created_at is not None and described.created_at.tzinfo is not None

    running = emr.wait_until_virtual_cluster_running(id=cluster_id, delay=0)
    assert running.virtual_cluster is not None and running.virtual_cluster.id == cluster_id

    listed = {vc.id for vc in emr.paginate_list_virtual_clusters(states=["RUNNING"])}
    assert cluster_id in listed

    emr.delete_virtual_cluster(id=cluster_id)
    gone = emr.wait_until_virtual_cluster_deleted(id=cluster_id, delay=0)
    assert gone is not None and gone.virtual_cluster is not None
    assert gone.virtual_cluster.state is VirtualClusterState.TERMINATED

    terminated = {vc.id for vc in emr.paginate_list_virtual_clusters(states=["TERMINATED"])}
    assert cluster_id in terminated


def test_running_waiter_fails_on_a_terminated_cluster(emr: EMRContainersClient) -> None:
    cluster_id = _create_cluster(emr)
    emr.delete_virtual_cluster(id=cluster_id)

    with pytest.raises(emrk.WaiterError, match="virtual cluster is TERMINATED"):
        emr.wait_until_virtual_cluster_running(id=cluster_id, delay=0)


def test_deleted_waiter_accepts_a_cluster_that_never_existed(emr: EMRContainersClient) -> None:
    assert emr.wait_until_virtual_cluster_deleted(id="doesnotexist0000000000000") is None


def test_virtual_cluster_paginator_pages(emr: EMRContainersClient) -> None:
    mine = {_create_cluster(emr) for _ in range(3)}

    pages = list(emr.paginate_list_virtual_clusters(max_results=1).pages())

    assert len(pages) >= 3
    assert all(len(page.virtual_clusters or []) <= 1 for page in pages)
    seen = [vc.id for page in pages for vc in page.virtual_clusters or []]
    assert mine <= set(seen)
    assert len(seen) == len(set(seen))


# -- job runs -----------------------------------------------------------------


def test_job_runs_paginate_across_pages(emr: EMRContainersClient, cluster_id: str) -> None:
    started = [_start(emr, cluster_id, f"etl-{i}") for i in range(5)]

    pages = list(emr.paginate_list_job_runs(virtual_cluster_id=cluster_id, max_results=2).pages())
    items = list(emr.paginate_list_job_runs(virtual_cluster_id=cluster_id, max_results=2))

    assert [len(page.job_runs or []) for page in pages] == [2, 2, 1]
    assert all(isinstance(page, ListJobRunsResponse) for page in pages)
    assert pages[0].next_token and pages[1].next_token and pages[2].next_token is None
    assert all(isinstance(run, JobRun) for run in items)
    assert sorted(run.id for run in items if run.id) == sorted(started)
    assert {run.state for run in items} == {JobRunState.RUNNING}


def test_job_run_filters(emr: EMRContainersClient, cluster_id: str) -> None:
    first = _start(emr, cluster_id, "nightly")
    _start(emr, cluster_id, "hourly")
    emr.cancel_job_run(id=first, virtual_cluster_id=cluster_id)

    cancelled = list(
        emr.paginate_list_job_runs(virtual_cluster_id=cluster_id, states=["CANCELLED"])
    )
    running = list(
        emr.paginate_list_job_runs(virtual_cluster_id=cluster_id, states=[JobRunState.RUNNING])
    )

    assert [run.id for run in cancelled] == [first]
    assert [run.name for run in running] == ["hourly"]


def test_describe_cancel_and_wait_for_a_job_run(emr: EMRContainersClient, cluster_id: str) -> None:
    run_id = _start(emr, cluster_id, "etl")

    run = emr.describe_job_run(id=run_id, virtual_cluster_id=cluster_id).job_run
    assert run is not None
    assert run.state is JobRunState.RUNNING
    assert run.name == "etl"
    assert run.release_label == RELEASE
    assert run.execution_role_arn == ROLE
    assert run.virtual_cluster_id == cluster_id
    assert run.client_token is not None  # filled in by the client
    assert run.job_driver is not None and run.job_driver.spark_submit_job_driver is not None
    driver = run.job_driver.spark_submit_job_driver
    assert driver.entry_point == "s3://my-bucket/jobs/etl.py"
    assert "etl.py" not in repr(run)

    cancelled = emr.cancel_job_run(id=run_id, virtual_cluster_id=cluster_id)
    assert cancelled.id == run_id and cancelled.virtual_cluster_id == cluster_id

    with pytest.raises(emrk.WaiterError) as info:
        emr.wait_until_job_run_completed(id=run_id, virtual_cluster_id=cluster_id, delay=0)
    assert "job run is CANCELLED" in str(info.value)
    assert "CANCELLED successfully" in str(info.value)  # moto's state details
    final = info.value.last_response.job_run
    assert final.state is JobRunState.CANCELLED
    assert final.finished_at is not None

    with pytest.raises(ValidationException, match="not in a cancellable state"):
        emr.cancel_job_run(id=run_id, virtual_cluster_id=cluster_id)


def test_on_attempt_sees_each_poll_against_moto(emr: EMRContainersClient, cluster_id: str) -> None:
    run_id = _start(emr, cluster_id, "etl")
    seen: list[object] = []

    with pytest.raises(emrk.WaiterError, match="max attempts exceeded"):
        emr.wait_until_job_run_completed(
            id=run_id,
            virtual_cluster_id=cluster_id,
            delay=0,
            max_attempts=3,
            on_attempt=seen.append,
        )

    assert len(seen) == 3


# -- typed errors on bad ids --------------------------------------------------


def test_unknown_virtual_cluster_is_a_validation_exception(emr: EMRContainersClient) -> None:
    with pytest.raises(ValidationException) as info:
        emr.describe_virtual_cluster(id="doesnotexist0000000000000")

    assert isinstance(info.value, EMRContainersError)
    assert info.value.code == "ValidationException"
    assert info.value.status_code == 400
    assert "doesn't exist" in info.value.message
    assert info.value.request_id


def test_deleting_an_unknown_virtual_cluster_is_a_validation_exception(
    emr: EMRContainersClient,
) -> None:
    with pytest.raises(ValidationException, match="does not exist"):
        emr.delete_virtual_cluster(id="doesnotexist0000000000000")


def test_unknown_job_run_is_resource_not_found(emr: EMRContainersClient, cluster_id: str) -> None:
    with pytest.raises(ResourceNotFoundException) as info:
        emr.describe_job_run(id="a" * 19, virtual_cluster_id=cluster_id)

    assert isinstance(info.value, EMRContainersError)
    assert info.value.code == "ResourceNotFoundException"


def test_malformed_job_run_id_is_a_validation_exception(
    emr: EMRContainersClient, cluster_id: str
) -> None:
    with pytest.raises(ValidationException, match="Invalid job run short id"):
        emr.describe_job_run(id="nope", virtual_cluster_id=cluster_id)


def test_job_run_on_unknown_cluster_or_release_is_resource_not_found(
    emr: EMRContainersClient, cluster_id: str
) -> None:
    with pytest.raises(ResourceNotFoundException, match="Virtual cluster"):
        _start(emr, "doesnotexist0000000000000", "etl")
    with pytest.raises(ResourceNotFoundException, match="Release"):
        emr.start_job_run(
            virtual_cluster_id=cluster_id,
            execution_role_arn=ROLE,
            release_label="not-a-release",
            job_driver=JobDriver(
                spark_submit_job_driver=SparkSubmitJobDriver(entry_point="local:///app.py")
            ),
        )


# -- operations moto may not implement ------------------------------------------


def test_tags_round_trip(emr: EMRContainersClient, cluster_id: str) -> None:
    described = emr.describe_virtual_cluster(id=cluster_id).virtual_cluster
    assert described is not None and described.arn is not None
    arn = described.arn

    _or_skip_if_moto_lacks(
        "TagResource", lambda: emr.tag_resource(resource_arn=arn, tags={"a": "1"})
    )
    emr.untag_resource(resource_arn=arn, tag_keys=["suite"])
    tags = emr.list_tags_for_resource(resource_arn=arn).tags

    assert tags == {"a": "1"}


def test_job_templates(emr: EMRContainersClient) -> None:
    data = JobTemplateData(
        execution_role_arn=ROLE,
        release_label=RELEASE,
        job_driver=JobDriver(
            spark_submit_job_driver=SparkSubmitJobDriver(entry_point="s3://b/a.py")
        ),
    )

    created = _or_skip_if_moto_lacks(
        "CreateJobTemplate", lambda: emr.create_job_template(name="tmpl", job_template_data=data)
    )
    assert created.id is not None
    template = emr.describe_job_template(id=created.id).job_template
    assert template is not None and template.name == "tmpl"
    assert created.id in {t.id for t in emr.paginate_list_job_templates()}
    emr.delete_job_template(id=created.id)


def test_managed_endpoints(emr: EMRContainersClient, cluster_id: str) -> None:
    listing = _or_skip_if_moto_lacks(
        "ListManagedEndpoints",
        lambda: list(emr.paginate_list_managed_endpoints(virtual_cluster_id=cluster_id)),
    )
    assert listing == []
