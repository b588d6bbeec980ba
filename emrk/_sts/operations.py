"""Operation specs of the STS operations emrk calls."""

from __future__ import annotations

from emrk._sts.models import (
    AssumeRoleRequest,
    AssumeRoleResponse,
    GetCallerIdentityRequest,
    GetCallerIdentityResponse,
)
from emrk.core.operation import Operation

__all__ = ["ASSUME_ROLE", "GET_CALLER_IDENTITY"]

ASSUME_ROLE: Operation[AssumeRoleRequest, AssumeRoleResponse] = Operation(
    "AssumeRole", AssumeRoleRequest, AssumeRoleResponse
)
GET_CALLER_IDENTITY: Operation[GetCallerIdentityRequest, GetCallerIdentityResponse] = Operation(
    "GetCallerIdentity", GetCallerIdentityRequest, GetCallerIdentityResponse
)
