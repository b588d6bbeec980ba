"""DOC: waiters module"""

from __future__ import annotations

from emrk.core.wait import Acceptor, WaiterSpec
from emrk.eks.models import (
    DescribeAddonResponse,
    DescribeClusterResponse,
    DescribeFargateProfileResponse,
    DescribeNodegroupResponse,
    DescribeUpdateResponse,
)

CLUSTER_ACTIVE: WaiterSpec[DescribeClusterResponse] = WaiterSpec(
    "ClusterActive",
    delay=30,
    max_attempts=40,
    acceptors=(
        Acceptor(
            "failure",
            lambda r: r.cluster is not None and r.cluster.status == "DELETING",
            reason="cluster.status is DELETING",
        ),
        Acceptor(
            "failure",
            lambda r: r.cluster is not None and r.cluster.status == "FAILED",
            reason="cluster.status is FAILED",
        ),
        Acceptor("success", lambda r: r.cluster is not None and r.cluster.status == "ACTIVE"),
    ),
)

CLUSTER_DELETED: WaiterSpec[DescribeClusterResponse] = WaiterSpec(
    "ClusterDeleted",
    delay=30,
    max_attempts=40,
    acceptors=(
        Acceptor(
            "failure",
            lambda r: r.cluster is not None and r.cluster.status == "ACTIVE",
            reason="cluster.status is ACTIVE",
        ),
        Acceptor(
            "failure",
            lambda r: r.cluster is not None and r.cluster.status == "CREATING",
            reason="cluster.status is CREATING",
        ),
        Acceptor(
            "failure",
            lambda r: r.cluster is not None and r.cluster.status == "PENDING",
            reason="cluster.status is PENDING",
        ),
        Acceptor("success", error="ResourceNotFoundException"),
    ),
)

NODEGROUP_ACTIVE: WaiterSpec[DescribeNodegroupResponse] = WaiterSpec(
    "NodegroupActive",
    delay=30,
    max_attempts=80,
    acceptors=(
        Acceptor(
            "failure",
            lambda r: r.nodegroup is not None and r.nodegroup.status == "CREATE_FAILED",
            reason="nodegroup.status is CREATE_FAILED",
        ),
        Acceptor("success", lambda r: r.nodegroup is not None and r.nodegroup.status == "ACTIVE"),
    ),
)

NODEGROUP_DELETED: WaiterSpec[DescribeNodegroupResponse] = WaiterSpec(
    "NodegroupDeleted",
    delay=30,
    max_attempts=40,
    acceptors=(
        Acceptor(
            "failure",
            lambda r: r.nodegroup is not None and r.nodegroup.status == "DELETE_FAILED",
            reason="nodegroup.status is DELETE_FAILED",
        ),
        Acceptor("success", error="ResourceNotFoundException"),
    ),
)

ADDON_ACTIVE: WaiterSpec[DescribeAddonResponse] = WaiterSpec(
    "AddonActive",
    delay=10,
    max_attempts=60,
    acceptors=(
        Acceptor(
            "failure",
            lambda r: r.addon is not None and r.addon.status == "CREATE_FAILED",
            reason="addon.status is CREATE_FAILED",
        ),
        Acceptor(
            "failure",
            lambda r: r.addon is not None and r.addon.status == "DEGRADED",
            reason="addon.status is DEGRADED",
        ),
        Acceptor("success", lambda r: r.addon is not None and r.addon.status == "ACTIVE"),
    ),
)

ADDON_DELETED: WaiterSpec[DescribeAddonResponse] = WaiterSpec(
    "AddonDeleted",
    delay=10,
    max_attempts=60,
    acceptors=(
        Acceptor(
            "failure",
            lambda r: r.addon is not None and r.addon.status == "DELETE_FAILED",
            reason="addon.status is DELETE_FAILED",
        ),
        Acceptor("success", error="ResourceNotFoundException"),
    ),
)

FARGATE_PROFILE_ACTIVE: WaiterSpec[DescribeFargateProfileResponse] = WaiterSpec(
    "FargateProfileActive",
    delay=10,
    max_attempts=60,
    acceptors=(
        Acceptor(
            "failure",
            lambda r: r.fargate_profile is not None and r.fargate_profile.status == "CREATE_FAILED",
            reason="fargateProfile.status is CREATE_FAILED",
        ),
        Acceptor(
            "success",
            lambda r: r.fargate_profile is not None and r.fargate_profile.status == "ACTIVE",
        ),
    ),
)

FARGATE_PROFILE_DELETED: WaiterSpec[DescribeFargateProfileResponse] = WaiterSpec(
    "FargateProfileDeleted",
    delay=30,
    max_attempts=60,
    acceptors=(
        Acceptor(
            "failure",
            lambda r: r.fargate_profile is not None and r.fargate_profile.status == "DELETE_FAILED",
            reason="fargateProfile.status is DELETE_FAILED",
        ),
        Acceptor("success", error="ResourceNotFoundException"),
    ),
)

CERTIFICATE_AUTHORITY_UPDATE_COMPLETE: WaiterSpec[DescribeUpdateResponse] = WaiterSpec(
    "CertificateAuthorityUpdateComplete",
    delay=30,
    max_attempts=40,
    acceptors=(
        Acceptor(
            "failure",
            lambda r: r.update is not None and r.update.status == "Failed",
            reason="update.status is Failed",
        ),
        Acceptor(
            "failure",
            lambda r: r.update is not None and r.update.status == "Cancelled",
            reason="update.status is Cancelled",
        ),
        Acceptor("success", lambda r: r.update is not None and r.update.status == "Successful"),
    ),
)
