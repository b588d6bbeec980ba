"""EKS Auth models; all re-exported here and from :mod:`emrk.eks_auth`."""

from __future__ import annotations

from emrk.eks_auth.models.pod_identity import (
    AssumedRoleUser,
    AssumeRoleForPodIdentityRequest,
    AssumeRoleForPodIdentityResponse,
    Credentials,
    PodIdentityAssociation,
    Subject,
)

__all__ = [
    "AssumeRoleForPodIdentityRequest",
    "AssumeRoleForPodIdentityResponse",
    "AssumedRoleUser",
    "Credentials",
    "PodIdentityAssociation",
    "Subject",
]
