"""DOC: module pod_identity"""

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
    """DOC: AssumedRoleUser"""

    arn: str = member("arn")
    assume_role_id: str = member("assumeRoleId")


@model(sensitive=True)
class Credentials:
    """DOC: Credentials"""

    session_token: str = member("sessionToken")
    secret_access_key: str = member("secretAccessKey")
    access_key_id: str = member("accessKeyId")
    expiration: datetime.datetime = member("expiration")


@model
class PodIdentityAssociation:
    """DOC: PodIdentityAssociation"""

    association_arn: str = member("associationArn")
    association_id: str = member("associationId")


@model
class Subject:
    """DOC: Subject"""

    namespace: str = member("namespace")
    service_account: str = member("serviceAccount")


@model
class AssumeRoleForPodIdentityRequest:
    """DOC: AssumeRoleForPodIdentityRequest"""

    cluster_name: str = member("clusterName", location="uri", min_len=1, max_len=100)
    token: str = member("token", sensitive=True, min_len=1)
    eks_node_name: str | None = member("eksNodeName", default=None)
    instance_id: str | None = member("instanceId", default=None)
    zone: str | None = member("zone", default=None)


@model
class AssumeRoleForPodIdentityResponse(Response):
    """DOC: AssumeRoleForPodIdentityResponse"""

    subject: Subject = member("subject")
    audience: str = member("audience")
    pod_identity_association: PodIdentityAssociation = member("podIdentityAssociation")
    assumed_role_user: AssumedRoleUser = member("assumedRoleUser")
    credentials: Credentials = member("credentials", sensitive=True)
    workload_identity_provider_arn: str | None = member("workloadIdentityProviderArn", default=None)
