"""The one EKS Auth operation: ``POST /clusters/{clusterName}/assume-role-for-pod-identity``."""

from __future__ import annotations

from emrk.core.operation import Operation
from emrk.eks_auth.models import (
    AssumeRoleForPodIdentityRequest,
    AssumeRoleForPodIdentityResponse,
)

ASSUME_ROLE_FOR_POD_IDENTITY: Operation[
    AssumeRoleForPodIdentityRequest, AssumeRoleForPodIdentityResponse
] = Operation(
    "AssumeRoleForPodIdentity",
    AssumeRoleForPodIdentityRequest,
    AssumeRoleForPodIdentityResponse,
    "POST",
    "/clusters/{clusterName}/assume-role-for-pod-identity",
)
