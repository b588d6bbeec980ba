"""The one EKS Auth operation: ``POST /clusters/{clusterName}/assume-role-for-pod-identity``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from emrk.core.operation import Operation

if TYPE_CHECKING:
    from emrk.eks_auth.models import (
        AssumeRoleForPodIdentityRequest,
        AssumeRoleForPodIdentityResponse,
    )

#: Where the models named below live; each loads on its operation's first call.
_MODELS = "emrk.eks_auth.models"

ASSUME_ROLE_FOR_POD_IDENTITY: Operation[
    AssumeRoleForPodIdentityRequest, AssumeRoleForPodIdentityResponse
] = Operation(
    "AssumeRoleForPodIdentity",
    "AssumeRoleForPodIdentityRequest",
    "AssumeRoleForPodIdentityResponse",
    "POST",
    "/clusters/{clusterName}/assume-role-for-pod-identity",
    models=_MODELS,
)
