"""Amazon EKS Auth (botocore ``eks-auth``): the credentials API behind EKS Pod Identity.

One operation, ``AssumeRoleForPodIdentity``, used by the EKS Pod Identity
Agent to trade a pod's service account token for IAM role credentials::

    from emrk.eks_auth import EKSAuthClient

    auth = EKSAuthClient(region_name="us-west-2")
    creds = auth.assume_role_for_pod_identity(cluster_name="prod", token=jwt).credentials
"""

from __future__ import annotations

from emrk.eks_auth.client import EKSAuthClient
from emrk.eks_auth.errors import (
    ERRORS,
    AccessDeniedException,
    EKSAuthError,
    ExpiredTokenException,
    InternalServerException,
    InvalidParameterException,
    InvalidRequestException,
    InvalidTokenException,
    ResourceNotFoundException,
    ServiceUnavailableException,
    ThrottlingException,
)
from emrk.eks_auth.models import (
    AssumedRoleUser,
    AssumeRoleForPodIdentityRequest,
    AssumeRoleForPodIdentityResponse,
    Credentials,
    PodIdentityAssociation,
    Subject,
)

__all__ = [
    "EKSAuthClient",
    "EKSAuthError",
    "AccessDeniedException",
    "ExpiredTokenException",
    "InternalServerException",
    "InvalidParameterException",
    "InvalidRequestException",
    "InvalidTokenException",
    "ResourceNotFoundException",
    "ServiceUnavailableException",
    "ThrottlingException",
    "ERRORS",
    "AssumeRoleForPodIdentityRequest",
    "AssumeRoleForPodIdentityResponse",
    "AssumedRoleUser",
    "Credentials",
    "PodIdentityAssociation",
    "Subject",
]
