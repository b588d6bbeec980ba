"""User-style ``emrk.required`` and ``emrk.<service>``; checked by mypy and pyright, never run."""

from __future__ import annotations

from typing_extensions import assert_type

import emrk
from emrk.eks import Cluster, ClusterStatus, EKSClient
from emrk.emr_containers import EMRContainersClient


def narrowed(eks: EKSClient, emr: EMRContainersClient) -> None:
    response = eks.describe_cluster(name="prod")
    assert_type(response.cluster, Cluster | None)
    cluster = emrk.required(response.cluster, "cluster")
    assert_type(cluster, Cluster)
    assert_type(emrk.required(cluster.status, "status"), ClusterStatus | str)
    assert_type(emrk.required(cluster.tags, "tags"), dict[str, str])
    run_id = emrk.required(
        emr.describe_job_run(id="r", virtual_cluster_id="v").job_run, "job_run"
    ).id
    emr.cancel_job_run(id=emrk.required(run_id, "job_run.id"), virtual_cluster_id="v")
    emr.cancel_job_run(id=run_id, virtual_cluster_id="v")  # type: ignore[arg-type]
    emrk.required(response.cluster)  # type: ignore[call-arg]


def errors() -> None:
    try:
        emrk.required(None, "cluster")
    except emrk.MissingMemberError as exc:
        assert_type(exc.member, str)
        assert isinstance(exc, emrk.ResponseParseError)


def services_as_attributes() -> None:
    """``import emrk`` alone reaches every service package, for both checkers."""
    assert_type(emrk.eks.Cluster(name="prod"), emrk.eks.Cluster)
    assert_type(emrk.pcs.PCSClient, type[emrk.pcs.PCSClient])
    assert_type(emrk.emr_containers.JobRunState("RUNNING"), emrk.emr_containers.JobRunState)
    assert_type(emrk.eks_auth.EKSAuthClient, type[emrk.eks_auth.EKSAuthClient])
    assert_type(emrk.emr.EMRClient, type[emrk.emr.EMRClient])
