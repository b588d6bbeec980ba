"""Pieces several EKS resources share: updates, their parameters and errors.

Every ``update_*`` call (and a few others, such as
``associate_encryption_config``) starts an asynchronous :class:`Update`; poll
it with ``describe_update`` or ``EKSClient.wait_until_update_successful``.
``UntagResourceRequest`` lives here because tagging applies to every resource.
"""

from __future__ import annotations

import datetime
from typing import Literal, TypeAlias

from emrk.core.enums import ServiceEnum
from emrk.core.model import Response, member, model

__all__ = [
    "Cancellation",
    "CancellationStatus",
    "CancellationStatusLiteral",
    "ErrorCode",
    "ErrorCodeLiteral",
    "ErrorDetail",
    "UntagResourceRequest",
    "UntagResourceResponse",
    "Update",
    "UpdateParam",
    "UpdateParamType",
    "UpdateParamTypeLiteral",
    "UpdateStatus",
    "UpdateStatusLiteral",
    "UpdateType",
    "UpdateTypeLiteral",
]


class CancellationStatus(ServiceEnum):
    """Progress of an attempt to cancel an update."""

    INPROGRESS = "InProgress"
    FAILED = "Failed"
    SUCCESSFUL = "Successful"


CancellationStatusLiteral: TypeAlias = Literal[
    "InProgress",
    "Failed",
    "Successful",
]
"""The values of :class:`CancellationStatus` as string literals. A request argument typed
``CancellationStatus | CancellationStatusLiteral`` takes a member or one of these strings, so a
typo is a type error; a value newer than this client goes through ``typing.cast``.
"""


class ErrorCode(ServiceEnum):
    """Why an asynchronous update or operation failed (``ErrorDetail.error_code``).

    Network codes (``SubnetNotFound``, ``SecurityGroupNotFound``,
    ``EniLimitReached``, ``IpNotAvailable``, ``InsufficientFreeAddresses``,
    ``VpcIdNotFound``) point at the cluster's VPC; ``NodeCreationFailure`` and
    ``PodEvictionFailure`` at node group rollouts; the add-on codes
    (``ConfigurationConflict``, ``AdmissionRequestDenied``,
    ``UnsupportedAddonModification``, ``K8sResourceNotFound``) at what the add-on
    found in the cluster.
    """

    SUBNETNOTFOUND = "SubnetNotFound"
    SECURITYGROUPNOTFOUND = "SecurityGroupNotFound"
    ENILIMITREACHED = "EniLimitReached"
    IPNOTAVAILABLE = "IpNotAvailable"
    ACCESSDENIED = "AccessDenied"
    OPERATIONNOTPERMITTED = "OperationNotPermitted"
    VPCIDNOTFOUND = "VpcIdNotFound"
    UNKNOWN = "Unknown"
    NODECREATIONFAILURE = "NodeCreationFailure"
    PODEVICTIONFAILURE = "PodEvictionFailure"
    INSUFFICIENTFREEADDRESSES = "InsufficientFreeAddresses"
    CLUSTERUNREACHABLE = "ClusterUnreachable"
    INSUFFICIENTNUMBEROFREPLICAS = "InsufficientNumberOfReplicas"
    CONFIGURATIONCONFLICT = "ConfigurationConflict"
    ADMISSIONREQUESTDENIED = "AdmissionRequestDenied"
    UNSUPPORTEDADDONMODIFICATION = "UnsupportedAddonModification"
    K8SRESOURCENOTFOUND = "K8sResourceNotFound"


ErrorCodeLiteral: TypeAlias = Literal[
    "SubnetNotFound",
    "SecurityGroupNotFound",
    "EniLimitReached",
    "IpNotAvailable",
    "AccessDenied",
    "OperationNotPermitted",
    "VpcIdNotFound",
    "Unknown",
    "NodeCreationFailure",
    "PodEvictionFailure",
    "InsufficientFreeAddresses",
    "ClusterUnreachable",
    "InsufficientNumberOfReplicas",
    "ConfigurationConflict",
    "AdmissionRequestDenied",
    "UnsupportedAddonModification",
    "K8sResourceNotFound",
]
"""The values of :class:`ErrorCode` as string literals. A request argument typed ``ErrorCode |
ErrorCodeLiteral`` takes a member or one of these strings, so a typo is a type error; a value
newer than this client goes through ``typing.cast``.
"""


class UpdateParamType(ServiceEnum):
    """Which setting an :class:`UpdateParam` of an update refers to."""

    VERSION = "Version"
    PLATFORMVERSION = "PlatformVersion"
    ENDPOINTPRIVATEACCESS = "EndpointPrivateAccess"
    ENDPOINTPUBLICACCESS = "EndpointPublicAccess"
    CLUSTERLOGGING = "ClusterLogging"
    DESIREDSIZE = "DesiredSize"
    LABELSTOADD = "LabelsToAdd"
    LABELSTOREMOVE = "LabelsToRemove"
    TAINTSTOADD = "TaintsToAdd"
    TAINTSTOREMOVE = "TaintsToRemove"
    MAXSIZE = "MaxSize"
    MINSIZE = "MinSize"
    RELEASEVERSION = "ReleaseVersion"
    PUBLICACCESSCIDRS = "PublicAccessCidrs"
    LAUNCHTEMPLATENAME = "LaunchTemplateName"
    LAUNCHTEMPLATEVERSION = "LaunchTemplateVersion"
    IDENTITYPROVIDERCONFIG = "IdentityProviderConfig"
    ENCRYPTIONCONFIG = "EncryptionConfig"
    ADDONVERSION = "AddonVersion"
    SERVICEACCOUNTROLEARN = "ServiceAccountRoleArn"
    RESOLVECONFLICTS = "ResolveConflicts"
    MAXUNAVAILABLE = "MaxUnavailable"
    MAXUNAVAILABLEPERCENTAGE = "MaxUnavailablePercentage"
    NODEREPAIRENABLED = "NodeRepairEnabled"
    UPDATESTRATEGY = "UpdateStrategy"
    CONFIGURATIONVALUES = "ConfigurationValues"
    SECURITYGROUPS = "SecurityGroups"
    SUBNETS = "Subnets"
    AUTHENTICATIONMODE = "AuthenticationMode"
    PODIDENTITYASSOCIATIONS = "PodIdentityAssociations"
    UPGRADEPOLICY = "UpgradePolicy"
    ZONALSHIFTCONFIG = "ZonalShiftConfig"
    COMPUTECONFIG = "ComputeConfig"
    STORAGECONFIG = "StorageConfig"
    KUBERNETESNETWORKCONFIG = "KubernetesNetworkConfig"
    REMOTENETWORKCONFIG = "RemoteNetworkConfig"
    DELETIONPROTECTION = "DeletionProtection"
    NODEREPAIRCONFIG = "NodeRepairConfig"
    ROLEARN = "RoleArn"
    ROLEMAPPINGSTOADDORUPDATE = "RoleMappingsToAddOrUpdate"
    ROLEMAPPINGSTOREMOVE = "RoleMappingsToRemove"
    NETWORKACCESS = "NetworkAccess"
    VENDEDLOGS = "VendedLogs"
    UPDATEDTIER = "UpdatedTier"
    PREVIOUSTIER = "PreviousTier"
    ENABLECROSSNAMESPACE = "EnableCrossNamespace"
    DISABLEDSERVICES = "DisabledServices"
    WARMPOOLENABLED = "WarmPoolEnabled"
    WARMPOOLMAXGROUPPREPAREDCAPACITY = "WarmPoolMaxGroupPreparedCapacity"
    WARMPOOLMINSIZE = "WarmPoolMinSize"
    WARMPOOLSTATE = "WarmPoolState"
    WARMPOOLREUSEONSCALEIN = "WarmPoolReuseOnScaleIn"
    CONTROLPLANEEGRESSMODE = "ControlPlaneEgressMode"
    KUBEAPISERVERCONFIG = "KubeApiServerConfig"
    KUBESCHEDULERCONFIG = "KubeSchedulerConfig"
    KUBECONTROLLERMANAGERCONFIG = "KubeControllerManagerConfig"
    ACTIVECERTIFICATEAUTHORITY = "ActiveCertificateAuthority"
    TRUSTEDCERTIFICATEAUTHORITIES = "TrustedCertificateAuthorities"
    CERTIFICATEAUTHORITYID = "CertificateAuthorityId"
    SIGNINGSTATUS = "SigningStatus"


UpdateParamTypeLiteral: TypeAlias = Literal[
    "Version",
    "PlatformVersion",
    "EndpointPrivateAccess",
    "EndpointPublicAccess",
    "ClusterLogging",
    "DesiredSize",
    "LabelsToAdd",
    "LabelsToRemove",
    "TaintsToAdd",
    "TaintsToRemove",
    "MaxSize",
    "MinSize",
    "ReleaseVersion",
    "PublicAccessCidrs",
    "LaunchTemplateName",
    "LaunchTemplateVersion",
    "IdentityProviderConfig",
    "EncryptionConfig",
    "AddonVersion",
    "ServiceAccountRoleArn",
    "ResolveConflicts",
    "MaxUnavailable",
    "MaxUnavailablePercentage",
    "NodeRepairEnabled",
    "UpdateStrategy",
    "ConfigurationValues",
    "SecurityGroups",
    "Subnets",
    "AuthenticationMode",
    "PodIdentityAssociations",
    "UpgradePolicy",
    "ZonalShiftConfig",
    "ComputeConfig",
    "StorageConfig",
    "KubernetesNetworkConfig",
    "RemoteNetworkConfig",
    "DeletionProtection",
    "NodeRepairConfig",
    "RoleArn",
    "RoleMappingsToAddOrUpdate",
    "RoleMappingsToRemove",
    "NetworkAccess",
    "VendedLogs",
    "UpdatedTier",
    "PreviousTier",
    "EnableCrossNamespace",
    "DisabledServices",
    "WarmPoolEnabled",
    "WarmPoolMaxGroupPreparedCapacity",
    "WarmPoolMinSize",
    "WarmPoolState",
    "WarmPoolReuseOnScaleIn",
    "ControlPlaneEgressMode",
    "KubeApiServerConfig",
    "KubeSchedulerConfig",
    "KubeControllerManagerConfig",
    "ActiveCertificateAuthority",
    "TrustedCertificateAuthorities",
    "CertificateAuthorityId",
    "SigningStatus",
]
"""The values of :class:`UpdateParamType` as string literals. A request argument typed
``UpdateParamType | UpdateParamTypeLiteral`` takes a member or one of these strings, so a typo
is a type error; a value newer than this client goes through ``typing.cast``.
"""


class UpdateStatus(ServiceEnum):
    """Lifecycle of an update: ``InProgress``, then ``Successful``, ``Failed`` or ``Cancelled``."""

    INPROGRESS = "InProgress"
    FAILED = "Failed"
    CANCELLED = "Cancelled"
    SUCCESSFUL = "Successful"


UpdateStatusLiteral: TypeAlias = Literal[
    "InProgress",
    "Failed",
    "Cancelled",
    "Successful",
]
"""The values of :class:`UpdateStatus` as string literals. A request argument typed ``UpdateStatus
| UpdateStatusLiteral`` takes a member or one of these strings, so a typo is a type error; a
value newer than this client goes through ``typing.cast``.
"""


class UpdateType(ServiceEnum):
    """What kind of change an :class:`Update` applies (version, logging, VPC, add-on, ...)."""

    VERSIONUPDATE = "VersionUpdate"
    ENDPOINTACCESSUPDATE = "EndpointAccessUpdate"
    LOGGINGUPDATE = "LoggingUpdate"
    CONFIGUPDATE = "ConfigUpdate"
    ASSOCIATEIDENTITYPROVIDERCONFIG = "AssociateIdentityProviderConfig"
    DISASSOCIATEIDENTITYPROVIDERCONFIG = "DisassociateIdentityProviderConfig"
    ASSOCIATEENCRYPTIONCONFIG = "AssociateEncryptionConfig"
    ADDONUPDATE = "AddonUpdate"
    VPCCONFIGUPDATE = "VpcConfigUpdate"
    ACCESSCONFIGUPDATE = "AccessConfigUpdate"
    UPGRADEPOLICYUPDATE = "UpgradePolicyUpdate"
    ZONALSHIFTCONFIGUPDATE = "ZonalShiftConfigUpdate"
    AUTOMODEUPDATE = "AutoModeUpdate"
    REMOTENETWORKCONFIGUPDATE = "RemoteNetworkConfigUpdate"
    DELETIONPROTECTIONUPDATE = "DeletionProtectionUpdate"
    CAPABILITYUPDATE = "CapabilityUpdate"
    CONTROLPLANESCALINGCONFIGUPDATE = "ControlPlaneScalingConfigUpdate"
    VENDEDLOGSUPDATE = "VendedLogsUpdate"
    CONTROLPLANEEGRESSUPDATE = "ControlPlaneEgressUpdate"
    VERSIONROLLBACK = "VersionRollback"
    CONTROLPLANECOMPONENTCONFIGUPDATE = "ControlPlaneComponentConfigUpdate"
    CERTIFICATEAUTHORITYUPDATE = "CertificateAuthorityUpdate"


UpdateTypeLiteral: TypeAlias = Literal[
    "VersionUpdate",
    "EndpointAccessUpdate",
    "LoggingUpdate",
    "ConfigUpdate",
    "AssociateIdentityProviderConfig",
    "DisassociateIdentityProviderConfig",
    "AssociateEncryptionConfig",
    "AddonUpdate",
    "VpcConfigUpdate",
    "AccessConfigUpdate",
    "UpgradePolicyUpdate",
    "ZonalShiftConfigUpdate",
    "AutoModeUpdate",
    "RemoteNetworkConfigUpdate",
    "DeletionProtectionUpdate",
    "CapabilityUpdate",
    "ControlPlaneScalingConfigUpdate",
    "VendedLogsUpdate",
    "ControlPlaneEgressUpdate",
    "VersionRollback",
    "ControlPlaneComponentConfigUpdate",
    "CertificateAuthorityUpdate",
]
"""The values of :class:`UpdateType` as string literals. A request argument typed ``UpdateType |
UpdateTypeLiteral`` takes a member or one of these strings, so a typo is a type error; a value
newer than this client goes through ``typing.cast``.
"""


@model
class Cancellation:
    """The most recent attempt to cancel an update (see ``EKSClient.cancel_update``)."""

    status: CancellationStatus | str | None = member("status", default=None)
    """How the cancellation attempt went."""
    reason: str | None = member("reason", default=None)
    """Free text from the service: why it was cancelled, or why cancelling failed."""


@model
class ErrorDetail:
    """One error reported by a failed asynchronous update."""

    error_code: ErrorCode | str | None = member("errorCode", default=None)
    """Short machine-readable cause, such as ``SubnetNotFound``."""
    error_message: str | None = member("errorMessage", default=None)
    """Longer human-readable explanation."""
    resource_ids: list[str] | None = member("resourceIds", default=None)
    """IDs of the resources involved (subnets, instances, ...), when known."""


@model
class Update:
    """An asynchronous change to a cluster, node group, add-on or capability.

    Changes made through the ``update_*`` operations take effect in the
    background; this record tracks one of them. Its ``id`` is what
    ``describe_update`` and the update waiters take.
    """

    id: str | None = member("id", default=None)
    """The update's UUID; pass it to ``describe_update``."""
    status: UpdateStatus | str | None = member("status", default=None)
    """``InProgress`` until the update ends."""
    type: UpdateType | str | None = member("type", default=None)
    params: list[UpdateParam] | None = member("params", default=None)
    """The settings the update changes, as type/value pairs."""
    created_at: datetime.datetime | None = member("createdAt", default=None)
    """When the update was requested."""
    errors: list[ErrorDetail] | None = member("errors", default=None)
    """What went wrong, filled in when ``status`` is ``Failed``."""
    cancellation: Cancellation | None = member("cancellation", default=None)
    """Present only once someone has tried to cancel the update."""


@model
class UpdateParam:
    """One setting changed by an update, as a type and its new value in text form."""

    type: UpdateParamType | str | None = member("type", default=None)
    """Which setting the value is for."""
    value: str | None = member("value", default=None)
    """The new value, always as text (numbers and JSON included)."""


@model
class UntagResourceRequest:
    """Input of :meth:`EKSClient.untag_resource`."""

    resource_arn: str = member("resourceArn", location="uri")
    """ARN of the cluster, node group, add-on or other resource to untag."""
    tag_keys: list[str] = member(
        "tagKeys", location="querystring", min_len=1, max_len=50, item_min_len=1, item_max_len=128
    )
    """Keys of the tags to remove; sent as repeated ``tagKeys`` query parameters."""


@model
class UntagResourceResponse(Response):
    """Output of :meth:`EKSClient.untag_resource` (no members)."""
