"""Enum values in requests are checked; checked by mypy and pyright, never run.

Arguments and request-model fields take ``<Enum> | <Enum>Literal``: a member
or one of its values as a string literal. A misspelt value is a type error
(the ``# type: ignore[...]`` lines, which both checkers must find needed);
a value newer than the client goes through with ``typing.cast``. Responses
keep ``<Enum> | str``, since a value the service adds later arrives as a
plain ``str``.
"""

from __future__ import annotations

from typing import cast

from typing_extensions import assert_type

from emrk.eks import (
    AMITypes,
    AMITypesLiteral,
    CapacityTypes,
    Cluster,
    ClusterStatus,
    EKSClient,
    InsightsFilter,
    InsightStatusValue,
    InsightStatusValueLiteral,
    Nodegroup,
    Taint,
    TaintEffect,
    TaintEffectLiteral,
)
from emrk.emr_containers import (
    ContainerInfo,
    ContainerProvider,
    ContainerProviderType,
    ContainerProviderTypeLiteral,
    EksInfo,
    EMRContainersClient,
    JobRunState,
    JobRunStateLiteral,
    VirtualClusterState,
)
from emrk.pcs import (
    InstanceConfig,
    NetworkingRequest,
    PCSClient,
    ScalingConfigurationRequest,
    SchedulerRequest,
    Size,
    SizeLiteral,
)

NODE_ROLE = "arn:aws:iam::123456789012:role/node"


def members_and_literals_are_accepted(eks: EKSClient, emr: EMRContainersClient) -> None:
    eks.create_nodegroup(
        cluster_name="prod",
        nodegroup_name="spot",
        subnets=["subnet-1"],
        node_role=NODE_ROLE,
        capacity_type="SPOT",
        ami_type=AMITypes.AL2023_X86_64_STANDARD,
        taints=[
            Taint(key="gpu", effect="NO_SCHEDULE"),
            Taint(key="x", effect=TaintEffect.NO_EXECUTE),
        ],
    )
    emr.list_job_runs(virtual_cluster_id="vc-1", states=["RUNNING", JobRunState.FAILED])
    emr.list_virtual_clusters(container_provider_type="EKS", states=[VirtualClusterState.RUNNING])
    for _ in emr.paginate_list_job_runs(virtual_cluster_id="vc-1", states=["PENDING"]):
        pass


def request_fields_are_typed_for_requests() -> None:
    taint = Taint(key="gpu", effect="NO_SCHEDULE")
    assert_type(taint.effect, TaintEffect | TaintEffectLiteral | None)
    provider = ContainerProvider(
        type="EKS", id="prod", info=ContainerInfo(eks_info=EksInfo(namespace="jobs"))
    )
    assert_type(provider.type, ContainerProviderType | ContainerProviderTypeLiteral)
    filters = InsightsFilter(statuses=["PASSING", InsightStatusValue.ERROR])
    assert_type(filters.statuses, list[InsightStatusValue | InsightStatusValueLiteral] | None)


def responses_keep_str(eks: EKSClient) -> None:
    cluster = eks.describe_cluster(name="prod").cluster
    assert cluster is not None
    assert_type(cluster, Cluster)
    assert_type(cluster.status, ClusterStatus | str | None)
    nodegroup = eks.describe_nodegroup(cluster_name="prod", nodegroup_name="ng").nodegroup
    assert nodegroup is not None
    assert_type(nodegroup, Nodegroup)
    assert_type(nodegroup.capacity_type, CapacityTypes | str | None)


def literal_aliases_type_your_own_code(pcs: PCSClient) -> None:
    def create(size: Size | SizeLiteral) -> None:
        pcs.create_cluster(
            cluster_name="hpc",
            scheduler=SchedulerRequest(type="SLURM", version="25.05"),
            size=size,
            networking=NetworkingRequest(subnet_ids=["subnet-1"]),
        )

    create("SMALL")
    create(Size.LARGE)
    create("HUGE")  # type: ignore[arg-type]


def values_newer_than_the_client(emr: EMRContainersClient, eks: EKSClient) -> None:
    """The documented escape hatch: cast the string to the alias (or use a member)."""
    emr.list_job_runs(virtual_cluster_id="vc-1", states=[cast(JobRunStateLiteral, "PAUSED")])
    eks.create_nodegroup(
        cluster_name="prod",
        nodegroup_name="ng",
        subnets=["subnet-1"],
        node_role=NODE_ROLE,
        ami_type=cast(AMITypesLiteral, "AL2029_X86_64"),
    )
    typed_at_run_time = "SPOT"  # a str from configuration, say
    eks.create_nodegroup(
        cluster_name="prod",
        nodegroup_name="ng",
        subnets=["subnet-1"],
        node_role=NODE_ROLE,
        capacity_type=CapacityTypes(typed_at_run_time),  # checked at run time instead
    )


def misspelt_values_are_type_errors(
    eks: EKSClient, emr: EMRContainersClient, pcs: PCSClient, from_config: str
) -> None:
    """Each line below is an error the type checker must keep reporting."""
    eks.create_nodegroup(
        cluster_name="prod",
        nodegroup_name="spot",
        subnets=["subnet-1"],
        node_role=NODE_ROLE,
        capacity_type="SPOTT",  # type: ignore[arg-type]
    )
    emr.list_job_runs(virtual_cluster_id="vc-1", states=["RUNING"])  # type: ignore[list-item]
    for _ in emr.paginate_list_job_runs(virtual_cluster_id="vc-1", states=["DONE"]):  # type: ignore[list-item]
        pass
    Taint(key="gpu", effect="NO_SCHEDULEE")  # type: ignore[arg-type]
    InsightsFilter(statuses=["PASSSING"])  # type: ignore[list-item]
    pcs.create_compute_node_group(
        cluster_identifier="hpc",
        compute_node_group_name="cpu",
        subnet_ids=["subnet-1"],
        iam_instance_profile_arn="arn:aws:iam::123456789012:instance-profile/pcs",
        scaling_configuration=ScalingConfigurationRequest(
            min_instance_count=0, max_instance_count=4
        ),
        instance_configs=[InstanceConfig(instance_type="c6i.xlarge")],
        purchase_option="SPOTT",  # type: ignore[arg-type]
    )
    eks.create_nodegroup(
        cluster_name="prod",
        nodegroup_name="ng",
        subnets=["subnet-1"],
        node_role=NODE_ROLE,
        capacity_type=from_config,  # type: ignore[arg-type]
    )
