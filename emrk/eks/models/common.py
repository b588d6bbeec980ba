"""Pieces several EKS resources share: updates, their parameters and errors.

Every ``update_*`` call (and a few others, such as
``associate_encryption_config``) starts an asynchronous :class:`Update`; poll
it with ``describe_update`` or ``EKSClient.wait_until_update_successful``.
``UntagResourceRequest`` lives here because tagging applies to every resource.
"""

from __future__ import annotations

import datetime
import enum

from emrk.core.model import Response, member, model

__all__ = [
    "Cancellation",
    "CancellationStatus",
    "CertificateAuthorityActivatedBy",
    "ErrorCode",
    "ErrorDetail",
    "UntagResourceRequest",
    "UntagResourceResponse",
    "Update",
    "UpdateParam",
    "UpdateParamType",
    "UpdateStatus",
    "UpdateType",
]


class CancellationStatus(str, enum.Enum):
    """Progress of an attempt to cancel an update."""

    INPROGRESS = "InProgress"
    FAILED = "Failed"
    SUCCESSFUL = "Successful"


class CertificateAuthorityActivatedBy(str, enum.Enum):
    """Who made a cluster certificate authority the active one: EKS itself or the customer."""

    EKS = "EKS"
    CUSTOMER = "CUSTOMER"


class ErrorCode(str, enum.Enum):
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


class UpdateParamType(str, enum.Enum):
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


class UpdateStatus(str, enum.Enum):
    """Lifecycle of an update: ``InProgress``, then ``Successful``, ``Failed`` or ``Cancelled``."""

    INPROGRESS = "InProgress"
    FAILED = "Failed"
    CANCELLED = "Cancelled"
    SUCCESSFUL = "Successful"


class UpdateType(str, enum.Enum):
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
