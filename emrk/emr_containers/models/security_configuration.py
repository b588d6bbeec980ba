"""DOC: module security_configuration"""

from __future__ import annotations

import datetime
import enum

from emrk.core.model import Response, member, model
from emrk.emr_containers.models.common import ContainerProvider

__all__ = [
    "AuthenticationConfiguration",
    "AuthorizationConfiguration",
    "CertificateProviderType",
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


class CertificateProviderType(str, enum.Enum):
    """DOC: CertificateProviderType"""

    PEM = "PEM"


@model
class AuthenticationConfiguration:
    """DOC: AuthenticationConfiguration"""

    identity_center_configuration: IdentityCenterConfiguration | None = member(
        "identityCenterConfiguration", default=None
    )
    iam_configuration: IAMConfiguration | None = member("iamConfiguration", default=None)


@model
class AuthorizationConfiguration:
    """DOC: AuthorizationConfiguration"""

    lake_formation_configuration: LakeFormationConfiguration | None = member(
        "lakeFormationConfiguration", default=None
    )
    encryption_configuration: EncryptionConfiguration | None = member(
        "encryptionConfiguration", default=None
    )


@model
class EncryptionConfiguration:
    """DOC: EncryptionConfiguration"""

    in_transit_encryption_configuration: InTransitEncryptionConfiguration | None = member(
        "inTransitEncryptionConfiguration", default=None
    )


@model
class IAMConfiguration:
    """DOC: IAMConfiguration"""

    system_role: str | None = member("systemRole", default=None, min_len=20, max_len=2048)


@model
class IdentityCenterConfiguration:
    """DOC: IdentityCenterConfiguration"""

    enable_identity_center: bool | None = member("enableIdentityCenter", default=None)
    identity_center_application_assignment_required: bool | None = member(
        "identityCenterApplicationAssignmentRequired", default=None
    )
    identity_center_instance_arn: str | None = member(
        "identityCenterInstanceARN", default=None, min_len=10, max_len=1224
    )
    emr_identity_center_application_arn: str | None = member(
        "emrIdentityCenterApplicationARN", default=None
    )


@model
class InTransitEncryptionConfiguration:
    """DOC: InTransitEncryptionConfiguration"""

    tls_certificate_configuration: TLSCertificateConfiguration | None = member(
        "tlsCertificateConfiguration", default=None
    )


@model
class LakeFormationConfiguration:
    """DOC: LakeFormationConfiguration"""

    authorized_session_tag_value: str | None = member(
        "authorizedSessionTagValue", default=None, min_len=1, max_len=512
    )
    secure_namespace_info: SecureNamespaceInfo | None = member("secureNamespaceInfo", default=None)
    query_engine_role_arn: str | None = member(
        "queryEngineRoleArn", default=None, min_len=20, max_len=2048
    )


@model
class SecureNamespaceInfo:
    """DOC: SecureNamespaceInfo"""

    cluster_id: str | None = member("clusterId", default=None, min_len=1, max_len=100)
    namespace: str | None = member("namespace", default=None, min_len=1, max_len=63)


@model
class SecurityConfiguration:
    """DOC: SecurityConfiguration"""

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
    tags: dict[str, str] | None = member("tags", default=None, min_len=0, max_len=50)


@model
class SecurityConfigurationData:
    """DOC: SecurityConfigurationData"""

    authorization_configuration: AuthorizationConfiguration | None = member(
        "authorizationConfiguration", default=None
    )
    authentication_configuration: AuthenticationConfiguration | None = member(
        "authenticationConfiguration", default=None
    )


@model
class TLSCertificateConfiguration:
    """DOC: TLSCertificateConfiguration"""

    certificate_provider_type: CertificateProviderType | str | None = member(
        "certificateProviderType", default=None
    )
    public_certificate_secret_arn: str | None = member(
        "publicCertificateSecretArn", default=None, min_len=3, max_len=2048
    )
    private_certificate_secret_arn: str | None = member(
        "privateCertificateSecretArn", default=None, min_len=3, max_len=2048
    )


@model
class CreateSecurityConfigurationRequest:
    """DOC: CreateSecurityConfigurationRequest"""

    client_token: str | None = member(
        "clientToken", default=None, min_len=1, max_len=64, idempotency_token=True
    )
    name: str = member("name", min_len=1, max_len=64)
    security_configuration_data: SecurityConfigurationData = member("securityConfigurationData")
    container_provider: ContainerProvider | None = member("containerProvider", default=None)
    tags: dict[str, str] | None = member("tags", default=None, min_len=0, max_len=50)


@model
class CreateSecurityConfigurationResponse(Response):
    """DOC: CreateSecurityConfigurationResponse"""

    id: str | None = member("id", default=None, min_len=1, max_len=64)
    name: str | None = member("name", default=None, min_len=1, max_len=64)
    arn: str | None = member("arn", default=None, min_len=60, max_len=1024)


@model
class DeleteSecurityConfigurationRequest:
    """DOC: DeleteSecurityConfigurationRequest"""

    id: str = member("securityConfigurationId", location="uri", min_len=1, max_len=64)


@model
class DeleteSecurityConfigurationResponse(Response):
    """DOC: DeleteSecurityConfigurationResponse"""

    id: str | None = member("id", default=None, min_len=1, max_len=64)


@model
class DescribeSecurityConfigurationRequest:
    """DOC: DescribeSecurityConfigurationRequest"""

    id: str = member("securityConfigurationId", location="uri", min_len=1, max_len=64)


@model
class DescribeSecurityConfigurationResponse(Response):
    """DOC: DescribeSecurityConfigurationResponse"""

    security_configuration: SecurityConfiguration | None = member(
        "securityConfiguration", default=None
    )


@model
class ListSecurityConfigurationsRequest:
    """DOC: ListSecurityConfigurationsRequest"""

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
    """DOC: ListSecurityConfigurationsResponse"""

    security_configurations: list[SecurityConfiguration] | None = member(
        "securityConfigurations", default=None
    )
    next_token: str | None = member("nextToken", default=None, min_len=1, max_len=1024)
