"""Security configurations: reusable security setups for virtual clusters.

A security configuration bundles authorization (Lake Formation, in-transit
encryption) and authentication (IAM Identity Center, IAM) settings; create it
once and name it when creating each virtual cluster that should use it.
"""

from __future__ import annotations

import datetime
from typing import Literal, TypeAlias

from emrk.core.enums import ServiceEnum
from emrk.core.model import Response, member, model
from emrk.emr_containers.models.common import ContainerProvider

__all__ = [
    "AuthenticationConfiguration",
    "AuthorizationConfiguration",
    "CertificateProviderType",
    "CertificateProviderTypeLiteral",
    "CreateSecurityConfigurationRequest",
    "CreateSecurityConfigurationResponse",
    "DeleteSecurityConfigurationRequest",
    "DeleteSecurityConfigurationResponse",
    "DescribeSecurityConfigurationRequest",
    "DescribeSecurityConfigurationResponse",
    "EncryptionConfiguration",
    "IAMConfiguration",
    "IdentityCenterConfiguration",
    "InTransitEncryptionConfiguration",
    "LakeFormationConfiguration",
    "ListSecurityConfigurationsRequest",
    "ListSecurityConfigurationsResponse",
    "SecureNamespaceInfo",
    "SecurityConfiguration",
    "SecurityConfigurationData",
    "TLSCertificateConfiguration",
]


class CertificateProviderType(ServiceEnum):
    """The format of the TLS certificate used for in-transit encryption."""

    PEM = "PEM"


CertificateProviderTypeLiteral: TypeAlias = Literal["PEM",]
"""The values of :class:`CertificateProviderType` as string literals. A request argument typed
``CertificateProviderType | CertificateProviderTypeLiteral`` takes a member or one of these
strings, so a typo is a type error; a value newer than this client goes through ``typing.cast``.
"""


@model
class AuthenticationConfiguration:
    """How users authenticate: through IAM Identity Center or plain IAM."""

    identity_center_configuration: IdentityCenterConfiguration | None = member(
        "identityCenterConfiguration", default=None
    )
    iam_configuration: IAMConfiguration | None = member("iamConfiguration", default=None)


@model
class AuthorizationConfiguration:
    """Authorization settings: Lake Formation access control and in-transit encryption."""

    lake_formation_configuration: LakeFormationConfiguration | None = member(
        "lakeFormationConfiguration", default=None
    )
    encryption_configuration: EncryptionConfiguration | None = member(
        "encryptionConfiguration", default=None
    )


@model
class EncryptionConfiguration:
    """Encryption settings of a security configuration."""

    in_transit_encryption_configuration: InTransitEncryptionConfiguration | None = member(
        "inTransitEncryptionConfiguration", default=None
    )


@model
class IAMConfiguration:
    """IAM settings: the system role the security configuration uses."""

    system_role: str | None = member("systemRole", default=None, min_len=20, max_len=2048)
    """The ARN of the system role used for authentication."""


@model
class IdentityCenterConfiguration:
    """IAM Identity Center settings: which instance and application, and who may use them."""

    enable_identity_center: bool | None = member("enableIdentityCenter", default=None)
    identity_center_application_assignment_required: bool | None = member(
        "identityCenterApplicationAssignmentRequired", default=None
    )
    """Whether users must be assigned to the Identity Center application to use it."""
    identity_center_instance_arn: str | None = member(
        "identityCenterInstanceARN", default=None, min_len=10, max_len=1224
    )
    emr_identity_center_application_arn: str | None = member(
        "emrIdentityCenterApplicationARN", default=None
    )


@model
class InTransitEncryptionConfiguration:
    """Encrypt traffic between the user job and the system job with TLS."""

    tls_certificate_configuration: TLSCertificateConfiguration | None = member(
        "tlsCertificateConfiguration", default=None
    )


@model
class LakeFormationConfiguration:
    """Lake Formation fine-grained access control for jobs on the virtual cluster.

    A secure system job makes the Lake Formation calls on the user job's
    behalf, in its own namespace and under a query engine role.
    """

    authorized_session_tag_value: str | None = member(
        "authorizedSessionTagValue", default=None, min_len=1, max_len=512
    )
    """The session tag value that authorizes EMR on EKS in its calls to Lake Formation."""
    secure_namespace_info: SecureNamespaceInfo | None = member("secureNamespaceInfo", default=None)
    query_engine_role_arn: str | None = member(
        "queryEngineRoleArn", default=None, min_len=20, max_len=2048
    )
    """The secure Spark job's role; it assumes the job's execution role to call Lake Formation."""


@model
class SecureNamespaceInfo:
    """The EKS cluster and namespace where the Lake Formation system jobs run."""

    cluster_id: str | None = member("clusterId", default=None, min_len=1, max_len=100)
    """The EKS cluster's name."""
    namespace: str | None = member("namespace", default=None, min_len=1, max_len=63)


@model
class SecurityConfiguration:
    """A stored security configuration, as Describe and List return it."""

    id: str | None = member("id", default=None, min_len=1, max_len=64)
    name: str | None = member("name", default=None, min_len=1, max_len=64)
    arn: str | None = member("arn", default=None, min_len=60, max_len=1024)
    created_at: datetime.datetime | None = member(
        "createdAt", default=None, timestamp_format="iso8601"
    )
    created_by: str | None = member("createdBy", default=None, min_len=20, max_len=2048)
    security_configuration_data: SecurityConfigurationData | None = member(
        "securityConfigurationData", default=None
    )
    tags: dict[str, str] | None = member(
        "tags",
        default=None,
        min_len=0,
        max_len=50,
        key_min_len=1,
        key_max_len=128,
        item_min_len=0,
        item_max_len=256,
    )


@model
class SecurityConfigurationData:
    """The settings a security configuration holds."""

    authorization_configuration: AuthorizationConfiguration | None = member(
        "authorizationConfiguration", default=None
    )
    authentication_configuration: AuthenticationConfiguration | None = member(
        "authenticationConfiguration", default=None
    )


@model
class TLSCertificateConfiguration:
    """Where the TLS certificate pair for in-transit encryption is kept."""

    certificate_provider_type: CertificateProviderType | CertificateProviderTypeLiteral | None = (
        member("certificateProviderType", default=None)
    )
    public_certificate_secret_arn: str | None = member(
        "publicCertificateSecretArn", default=None, min_len=3, max_len=2048
    )
    """The Secrets Manager secret holding the public certificate."""
    private_certificate_secret_arn: str | None = member(
        "privateCertificateSecretArn", default=None, min_len=3, max_len=2048
    )
    """The Secrets Manager secret holding the private key."""


@model
class CreateSecurityConfigurationRequest:
    """Input of CreateSecurityConfiguration."""

    client_token: str | None = member(
        "clientToken", default=None, min_len=1, max_len=64, idempotency_token=True
    )
    """Idempotency token; filled with a UUID4 when left out, the same on every retry."""
    name: str = member("name", min_len=1, max_len=64)
    security_configuration_data: SecurityConfigurationData = member("securityConfigurationData")
    container_provider: ContainerProvider | None = member("containerProvider", default=None)
    """The EKS cluster the security configuration is meant for."""
    tags: dict[str, str] | None = member(
        "tags",
        default=None,
        min_len=0,
        max_len=50,
        key_min_len=1,
        key_max_len=128,
        item_min_len=0,
        item_max_len=256,
    )


@model
class CreateSecurityConfigurationResponse(Response):
    """Output of CreateSecurityConfiguration: the new configuration's id and ARN."""

    id: str | None = member("id", default=None, min_len=1, max_len=64)
    name: str | None = member("name", default=None, min_len=1, max_len=64)
    arn: str | None = member("arn", default=None, min_len=60, max_len=1024)


@model
class DeleteSecurityConfigurationRequest:
    """Input of DeleteSecurityConfiguration."""

    id: str = member("securityConfigurationId", location="uri", min_len=1, max_len=64)


@model
class DeleteSecurityConfigurationResponse(Response):
    """Output of DeleteSecurityConfiguration."""

    id: str | None = member("id", default=None, min_len=1, max_len=64)


@model
class DescribeSecurityConfigurationRequest:
    """Input of DescribeSecurityConfiguration."""

    id: str = member("securityConfigurationId", location="uri", min_len=1, max_len=64)


@model
class DescribeSecurityConfigurationResponse(Response):
    """Output of DescribeSecurityConfiguration."""

    security_configuration: SecurityConfiguration | None = member(
        "securityConfiguration", default=None
    )


@model
class ListSecurityConfigurationsRequest:
    """Input of ListSecurityConfigurations: optional creation-time filters."""

    created_after: datetime.datetime | None = member(
        "createdAfter", default=None, location="querystring", timestamp_format="iso8601"
    )
    created_before: datetime.datetime | None = member(
        "createdBefore", default=None, location="querystring", timestamp_format="iso8601"
    )
    max_results: int | None = member("maxResults", default=None, location="querystring")
    next_token: str | None = member(
        "nextToken", default=None, location="querystring", min_len=1, max_len=1024
    )


@model
class ListSecurityConfigurationsResponse(Response):
    """One page of ListSecurityConfigurations."""

    security_configurations: list[SecurityConfiguration] | None = member(
        "securityConfigurations", default=None
    )
    next_token: str | None = member("nextToken", default=None, min_len=1, max_len=1024)
