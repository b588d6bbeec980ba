"""DOC: module common"""

from __future__ import annotations

import enum

from emrk.core.model import Response, member, model

__all__ = [
    "Endpoint",
    "EndpointType",
    "ErrorInfo",
    "SlurmCustomSetting",
    "UntagResourceRequest",
    "UntagResourceResponse",
]


class EndpointType(str, enum.Enum):
    """DOC: EndpointType"""

    SLURMCTLD = "SLURMCTLD"
    SLURMDBD = "SLURMDBD"
    SLURMRESTD = "SLURMRESTD"


@model
class Endpoint:
    """DOC: Endpoint"""

    type: EndpointType | str = member("type")
    private_ip_address: str = member("privateIpAddress")
    port: str = member("port")
    public_ip_address: str | None = member("publicIpAddress", default=None)
    ipv6_address: str | None = member("ipv6Address", default=None)


@model
class ErrorInfo:
    """DOC: ErrorInfo"""

    code: str | None = member("code", default=None)
    message: str | None = member("message", default=None)


@model
class SlurmCustomSetting:
    """DOC: SlurmCustomSetting"""

    parameter_name: str = member("parameterName")
    parameter_value: str = member("parameterValue")


@model
class UntagResourceRequest:
    """DOC: UntagResourceRequest"""

    resource_arn: str = member("resourceArn", min_len=1, max_len=1011)
    tag_keys: list[str] = member("tagKeys", min_len=1, max_len=200)


@model
class UntagResourceResponse(Response):
    """DOC: UntagResourceResponse"""
