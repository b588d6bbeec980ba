"""User-style code against EMR on EKS; checked by mypy and pyright, never run."""

from __future__ import annotations

import datetime
from collections.abc import Iterator

from typing_extensions import assert_type

import emrk
from emrk.emr_containers import (
    ConfigurationOverrides,
    ContainerProvider,
    DescribeJobRunResponse,
    DescribeManagedEndpointResponse,
    DescribeVirtualClusterResponse,
    EMRContainersClient,
    JobDriver,
    JobRun,
    JobRunState,
    ListJobRunsResponse,
    ListVirtualClustersResponse,
    SparkSubmitJobDriver,
    StartJobRunResponse,
    VirtualCluster,
    VirtualClusterState,
)


def submit(emr: EMRContainersClient) -> None:
    started = emr.start_job_run(
        virtual_cluster_id="vc-1",
        name="etl",
        execution_role_arn="arn:aws:iam::123456789012:role/job",
        release_label="emr-7.2.0-latest",
        job_driver=JobDriver(
            spark_submit_job_driver=SparkSubmitJobDriver(
                entry_point="s3://bucket/job.py",
                entry_point_arguments=["--day", "2025-01-01"],
                spark_submit_parameters="--conf spark.executor.instances=2",
            )
        ),
        configuration_overrides=ConfigurationOverrides(),
        tags={"team": "data"},
    )
    assert_type(started, StartJobRunResponse)
    assert_type(started.id, str | None)


def inspect(emr: EMRContainersClient) -> None:
    described = emr.describe_job_run(id="jr-1", virtual_cluster_id="vc-1")
    assert_type(described, DescribeJobRunResponse)
    assert_type(described.job_run, JobRun | None)
    run = described.job_run
    assert run is not None
    assert_type(run.state, JobRunState | str | None)
    assert_type(run.created_at, datetime.datetime | None)
    assert_type(run.job_driver, JobDriver | None)
    if run.job_driver is not None and run.job_driver.spark_submit_job_driver is not None:
        assert_type(run.job_driver.spark_submit_job_driver.entry_point, str)
    vc = emr.describe_virtual_cluster(id="vc-1").virtual_cluster
    assert_type(vc, VirtualCluster | None)
    if vc is not None:
        assert_type(vc.state, VirtualClusterState | str | None)
        assert_type(vc.container_provider, ContainerProvider | None)


def paginate(emr: EMRContainersClient) -> None:
    for run in emr.paginate_list_job_runs(virtual_cluster_id="vc-1", states=[JobRunState.RUNNING]):
        assert_type(run, JobRun)
    for vc in emr.paginate_list_virtual_clusters(states=["RUNNING"]):
        assert_type(vc, VirtualCluster)
    pages = emr.paginate_list_virtual_clusters().pages()
    assert_type(pages, Iterator[ListVirtualClustersResponse])
    assert_type(
        emr.paginate_list_job_runs(virtual_cluster_id="vc-1"),
        emrk.Paginator[ListJobRunsResponse, JobRun],
    )


def wait(emr: EMRContainersClient) -> None:
    done = emr.wait_until_job_run_completed(id="jr-1", virtual_cluster_id="vc-1", delay=30)
    assert_type(done, DescribeJobRunResponse)
    assert_type(emr.wait_until_virtual_cluster_running(id="vc-1"), DescribeVirtualClusterResponse)
    assert_type(
        emr.wait_until_virtual_cluster_deleted(id="vc-1"), DescribeVirtualClusterResponse | None
    )
    assert_type(
        emr.wait_until_managed_endpoint_active(id="me-1", virtual_cluster_id="vc-1"),
        DescribeManagedEndpointResponse,
    )
    assert_type(
        emr.wait_until_managed_endpoint_deleted(id="me-1", virtual_cluster_id="vc-1"),
        DescribeManagedEndpointResponse | None,
    )


def mistakes(emr: EMRContainersClient) -> None:
    """Each line below is an error the type checker must keep reporting."""
    emr.describe_job_run(id="jr-1")  # type: ignore[call-arg]
    emr.describe_job_run(id="jr-1", virtual_cluster="vc-1")  # type: ignore[call-arg]
    emr.start_job_run(
        virtual_cluster_id="vc-1",
        job_driver=SparkSubmitJobDriver(entry_point="s3://b/a.py"),  # type: ignore[arg-type]
    )
    JobDriver(spark_submit_job_driver=SparkSubmitJobDriver())  # type: ignore[call-arg]
    emr.list_job_runs(virtual_cluster_id="vc-1", states=JobRunState.RUNNING)  # type: ignore[arg-type]
