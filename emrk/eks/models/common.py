"""DOC: module common"""

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
    """DOC: CancellationStatus"""

    INPROGRESS = "InProgress"
    FAILED = "Failed"
    SUCCESSFUL = "Successful"


class CertificateAuthorityActivatedBy(str, enum.Enum):
    """DOC: CertificateAuthorityActivatedBy"""

    EKS = "EKS"
    CUSTOMER = "CUSTOMER"


class ErrorCode(str, enum.Enum):
    """DOC: ErrorCode"""

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
    """DOC: UpdateParamType"""

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
    """DOC: UpdateStatus"""

    INPROGRESS = "InProgress"
    FAILED = "Failed"
    CANCELLED = "Cancelled"
    SUCCESSFUL = "Successful"


class UpdateType(str, enum.Enum):
    """DOC: UpdateType"""

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
    """DOC: Cancellation"""

    status: CancellationStatus | str | None = member("status", default=None)
    reason: str | None = member("reason", default=None)


@model
class ErrorDetail:
    """DOC: ErrorDetail"""

    error_code: ErrorCode | str | None = member("errorCode", default=None)
    error_message: str | None = member("errorMessage", default=None)
    resource_ids: list[str] | None = member("resourceIds", default=None)


@model
class Update:
    """DOC: Update"""

    id: str | None = member("id", default=None)
    status: UpdateStatus | str | None = member("status", default=None)
    type: UpdateType | str | None = member("type", default=None)
    params: list[UpdateParam] | None = member("params", default=None)
    created_at: datetime.datetime | None = member("createdAt", default=None)
    errors: list[ErrorDetail] | None = member("errors", default=None)
    cancellation: Cancellation | None = member("cancellation", default=None)


@model
class UpdateParam:
    """DOC: UpdateParam"""

    type: UpdateParamType | str | None = member("type", default=None)
    value: str | None = member("value", default=None)


@model
class UntagResourceRequest:
    """DOC: UntagResourceRequest"""

    resource_arn: str = member("resourceArn", location="uri")
    tag_keys: list[str] = member("tagKeys", location="querystring", min_len=1, max_len=50)


@model
class UntagResourceResponse(Response):
    """DOC: UntagResourceResponse"""
