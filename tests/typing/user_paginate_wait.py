"""Capped and resumed listings, and typed waiter callbacks; checked by mypy and pyright, never run.

A waiter's ``on_attempt`` callback receives ``WaiterAttempt[<Response>]``,
the response model of the operation the waiter polls, so a progress line
reading ``attempt.response.job_run.state`` is checked like any other code.
"""

from __future__ import annotations

from typing_extensions import assert_type

import emrk
from emrk.eks import DescribeClusterResponse, DescribeNodegroupResponse, EKSClient
from emrk.emr_containers import (
    DescribeJobRunResponse,
    DescribeVirtualClusterResponse,
    EMRContainersClient,
    JobRun,
    JobRunState,
    ListJobRunsResponse,
)
from emrk.pcs import ClusterSummary, GetClusterResponse, PCSClient


def capped_and_resumed(emr: EMRContainersClient, eks: EKSClient, pcs: PCSClient) -> None:
    first = emr.paginate_list_job_runs(virtual_cluster_id="vc-1", max_results=50, max_items=20)
    assert_type(first, emrk.Paginator[ListJobRunsResponse, JobRun])
    for run in first:
        assert_type(run, JobRun)
    token = first.resume_token
    assert_type(token, str | None)
    later = emr.paginate_list_job_runs(virtual_cluster_id="vc-1", starting_token=token)
    for page in later.pages():
        assert_type(page, ListJobRunsResponse)
    for name in eks.paginate_list_clusters(max_items=5, starting_token=None):
        assert_type(name, str)
    for summary in pcs.paginate_list_clusters(max_items=5):
        assert_type(summary, ClusterSummary)


def page_option_mistakes(emr: EMRContainersClient, pcs: PCSClient) -> None:
    """Each line below is an error the type checker must keep reporting."""
    emr.paginate_list_job_runs(virtual_cluster_id="vc-1", max_items="20")  # type: ignore[arg-type]
    pcs.paginate_list_clusters(starting_token=3)  # type: ignore[arg-type]
    pcs.paginate_list_clusters(next_token="t")  # type: ignore[call-arg]


def typed_progress(emr: EMRContainersClient, eks: EKSClient, pcs: PCSClient) -> None:
    def job_progress(attempt: emrk.WaiterAttempt[DescribeJobRunResponse]) -> None:
        assert_type(attempt.response, DescribeJobRunResponse | None)
        if attempt.response is not None and attempt.response.job_run is not None:
            assert_type(attempt.response.job_run.state, JobRunState | str | None)
        assert_type(attempt.error, emrk.ServiceError | None)
        assert_type(attempt.attempt, int)

    emr.wait_until_job_run_completed(id="jr-1", virtual_cluster_id="vc-1", on_attempt=job_progress)

    # A callback may return anything (the waiter ignores it), e.g. a list's append.
    seen: list[object] = []
    emr.wait_until_virtual_cluster_running(id="vc-1", on_attempt=seen.append)
    emr.wait_until_virtual_cluster_running(id="vc-1", on_attempt=lambda a: a.response)

    # A lambda's parameter is inferred from the waiter: no annotation needed.
    emr.wait_until_virtual_cluster_running(
        id="vc-1",
        on_attempt=lambda attempt: print(
            assert_type(attempt.response, DescribeVirtualClusterResponse | None)
        ),
    )
    eks.wait_until_nodegroup_active(
        cluster_name="prod",
        nodegroup_name="ng",
        on_attempt=lambda attempt: print(
            assert_type(attempt.response, DescribeNodegroupResponse | None)
        ),
    )
    pcs.wait_until_cluster_active(
        cluster_identifier="hpc",
        on_attempt=lambda attempt: print(assert_type(attempt.response, GetClusterResponse | None)),
    )

    def anything(attempt: emrk.WaiterAttempt) -> None:  # a bare WaiterAttempt fits every waiter
        print(attempt.waiter, attempt.state)

    eks.wait_until_cluster_active(name="prod", on_attempt=anything)
    emr.wait_until_job_run_completed(id="jr-1", virtual_cluster_id="vc-1", on_attempt=anything)


def progress_mistakes(emr: EMRContainersClient) -> None:
    """Each line below is an error the type checker must keep reporting."""

    def cluster_progress(attempt: emrk.WaiterAttempt[DescribeClusterResponse]) -> None:
        print(attempt.response)

    emr.wait_until_job_run_completed(
        id="jr-1",
        virtual_cluster_id="vc-1",
        on_attempt=cluster_progress,  # type: ignore[arg-type]
    )

    def reads_a_missing_member(attempt: emrk.WaiterAttempt[DescribeJobRunResponse]) -> None:
        if attempt.response is not None:
            print(attempt.response.cluster)  # type: ignore[attr-defined]

    emr.wait_until_job_run_completed(
        id="jr-1", virtual_cluster_id="vc-1", on_attempt=reads_a_missing_member
    )
