"""DOC: errors module"""

from __future__ import annotations

from typing import Any

from emrk.core.errors import ServiceError

__all__ = [
    "EKSError",
    "AccessDeniedException",
    "BadRequestException",
    "ClientException",
    "InvalidParameterException",
    "InvalidRequestException",
    "InvalidStateException",
    "NotFoundException",
    "ResourceInUseException",
    "ResourceLimitExceededException",
    "ResourceNotFoundException",
    "ResourcePropagationDelayException",
    "ServerException",
    "ServiceUnavailableException",
    "ThrottlingException",
    "UnsupportedAvailabilityZoneException",
    "ERRORS",
]


class EKSError(ServiceError):
    """DOC: EKSError"""


class AccessDeniedException(EKSError):
    """DOC: AccessDeniedException"""

    wire_code = "AccessDeniedException"
    wire_members = {}


class BadRequestException(EKSError):
    """DOC: BadRequestException"""

    wire_code = "BadRequestException"
    wire_members = {}


class ClientException(EKSError):
    """DOC: ClientException"""

    wire_code = "ClientException"
    wire_members = {
        "cluster_name": "clusterName",
        "nodegroup_name": "nodegroupName",
        "addon_name": "addonName",
        "subscription_id": "subscriptionId",
    }
    cluster_name: str | None
    nodegroup_name: str | None
    addon_name: str | None
    subscription_id: str | None


class InvalidParameterException(EKSError):
    """DOC: InvalidParameterException"""

    wire_code = "InvalidParameterException"
    wire_members = {
        "cluster_name": "clusterName",
        "nodegroup_name": "nodegroupName",
        "fargate_profile_name": "fargateProfileName",
        "addon_name": "addonName",
        "subscription_id": "subscriptionId",
    }
    cluster_name: str | None
    nodegroup_name: str | None
    fargate_profile_name: str | None
    addon_name: str | None
    subscription_id: str | None


class InvalidRequestException(EKSError):
    """DOC: InvalidRequestException"""

    wire_code = "InvalidRequestException"
    wire_members = {
        "cluster_name": "clusterName",
        "nodegroup_name": "nodegroupName",
        "addon_name": "addonName",
        "subscription_id": "subscriptionId",
    }
    cluster_name: str | None
    nodegroup_name: str | None
    addon_name: str | None
    subscription_id: str | None


class InvalidStateException(EKSError):
    """DOC: InvalidStateException"""

    wire_code = "InvalidStateException"
    wire_members = {"cluster_name": "clusterName"}
    cluster_name: str | None


class NotFoundException(EKSError):
    """DOC: NotFoundException"""

    wire_code = "NotFoundException"
    wire_members = {}


class ResourceInUseException(EKSError):
    """DOC: ResourceInUseException"""

    wire_code = "ResourceInUseException"
    wire_members = {
        "cluster_name": "clusterName",
        "nodegroup_name": "nodegroupName",
        "addon_name": "addonName",
    }
    cluster_name: str | None
    nodegroup_name: str | None
    addon_name: str | None


class ResourceLimitExceededException(EKSError):
    """DOC: ResourceLimitExceededException"""

    wire_code = "ResourceLimitExceededException"
    wire_members = {
        "cluster_name": "clusterName",
        "nodegroup_name": "nodegroupName",
        "subscription_id": "subscriptionId",
    }
    cluster_name: str | None
    nodegroup_name: str | None
    subscription_id: str | None


class ResourceNotFoundException(EKSError):
    """DOC: ResourceNotFoundException"""

    wire_code = "ResourceNotFoundException"
    wire_members = {
        "cluster_name": "clusterName",
        "nodegroup_name": "nodegroupName",
        "fargate_profile_name": "fargateProfileName",
        "addon_name": "addonName",
        "subscription_id": "subscriptionId",
    }
    cluster_name: str | None
    nodegroup_name: str | None
    fargate_profile_name: str | None
    addon_name: str | None
    subscription_id: str | None


class ResourcePropagationDelayException(EKSError):
    """DOC: ResourcePropagationDelayException"""

    wire_code = "ResourcePropagationDelayException"
    wire_members = {}


class ServerException(EKSError):
    """DOC: ServerException"""

    wire_code = "ServerException"
    wire_members = {
        "cluster_name": "clusterName",
        "nodegroup_name": "nodegroupName",
        "addon_name": "addonName",
        "subscription_id": "subscriptionId",
    }
    cluster_name: str | None
    nodegroup_name: str | None
    addon_name: str | None
    subscription_id: str | None


class ServiceUnavailableException(EKSError):
    """DOC: ServiceUnavailableException"""

    wire_code = "ServiceUnavailableException"
    wire_members = {}


class ThrottlingException(EKSError):
    """DOC: ThrottlingException"""

    wire_code = "ThrottlingException"
    wire_members = {"cluster_name": "clusterName"}
    cluster_name: str | None


class UnsupportedAvailabilityZoneException(EKSError):
    """DOC: UnsupportedAvailabilityZoneException"""

    wire_code = "UnsupportedAvailabilityZoneException"
    wire_members = {
        "cluster_name": "clusterName",
        "nodegroup_name": "nodegroupName",
        "valid_zones": "validZones",
    }
    cluster_name: str | None
    nodegroup_name: str | None
    valid_zones: list[Any] | None


ERRORS: dict[str, type[EKSError]] = {
    cls.wire_code: cls
    for cls in (
        AccessDeniedException,
        BadRequestException,
        ClientException,
        InvalidParameterException,
        InvalidRequestException,
        InvalidStateException,
        NotFoundException,
        ResourceInUseException,
        ResourceLimitExceededException,
        ResourceNotFoundException,
        ResourcePropagationDelayException,
        ServerException,
        ServiceUnavailableException,
        ThrottlingException,
        UnsupportedAvailabilityZoneException,
    )
}
