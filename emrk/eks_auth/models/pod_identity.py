"""Models of ``AssumeRoleForPodIdentity``: the pod's token in, role credentials out.

The request's ``token`` and the response's ``credentials`` are secrets:
``repr()`` and ``str()`` show them as ``***`` and they never reach the logs.
"""

from __future__ import annotations

import datetime

from emrk.core.model import Response, member, model

__all__ = [
    "AssumeRoleForPodIdentityRequest",
    "AssumeRoleForPodIdentityResponse",
    "AssumedRoleUser",
    "Credentials",
    "PodIdentityAssociation",
    "Subject",
]


@model
class AssumedRoleUser:
    """The role session the credentials belong to."""

    arn: str = member("arn")
    """ARN of the IAM role the credentials act as."""
    assume_role_id: str = member("assumeRoleId")
    """Role ID and session name joined by ``:``, identifying this session."""


@model(sensitive=True)
class Credentials:
    """Temporary AWS credentials for the pod; hidden as a whole in ``repr``."""

    session_token: str = member("sessionToken")
    """Session token to send with every request signed by these credentials."""
    secret_access_key: str = member("secretAccessKey")
    """Secret key that signs requests."""
    access_key_id: str = member("accessKeyId")
    """Access key ID of the temporary credentials."""
    expiration: datetime.datetime = member("expiration")
    """When the credentials stop working."""


@model
class PodIdentityAssociation:
    """The EKS Pod Identity association that granted the credentials."""

    association_arn: str = member("associationArn")
    """ARN of the association."""
    association_id: str = member("associationId")
    """ID of the association."""


@model
class Subject:
    """The Kubernetes service account the credentials were issued for."""

    namespace: str = member("namespace")
    """Namespace of the service account."""
    service_account: str = member("serviceAccount")
    """Name of the service account."""


@model
class AssumeRoleForPodIdentityRequest:
    """Input of :meth:`EKSAuthClient.assume_role_for_pod_identity`."""

    cluster_name: str = member("clusterName", location="uri", min_len=1, max_len=100)
    """Name of the EKS cluster the pod runs in."""
    token: str = member("token", sensitive=True, min_len=1)
    """The pod's projected service account token (a JWT); hidden in ``repr``."""
    eks_node_name: str | None = member("eksNodeName", default=None)
    """Kubernetes name of the node the pod runs on."""
    instance_id: str | None = member("instanceId", default=None)
    """EC2 instance ID of that node."""
    zone: str | None = member("zone", default=None)
    """Availability Zone ID of that node."""


@model
class AssumeRoleForPodIdentityResponse(Response):
    """Output of :meth:`EKSAuthClient.assume_role_for_pod_identity`: credentials, and for whom."""

    subject: Subject = member("subject")
    """The service account the credentials are for."""
    audience: str = member("audience")
    """Who may use the credentials; always ``pods.eks.amazonaws.com``."""
    pod_identity_association: PodIdentityAssociation = member("podIdentityAssociation")
    """The association that granted them."""
    assumed_role_user: AssumedRoleUser = member("assumedRoleUser")
    """The role session the credentials belong to."""
    credentials: Credentials = member("credentials", sensitive=True)
    """The temporary credentials; hidden in ``repr``."""
    workload_identity_provider_arn: str | None = member("workloadIdentityProviderArn", default=None)
    """Workload identity provider of the credentials, only for associations with workload identity
    enabled."""
