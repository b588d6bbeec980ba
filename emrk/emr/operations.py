"""DOC: operations module"""

from __future__ import annotations

from emrk.core.operation import Operation
from emrk.emr.models import (
    GetClusterSessionCredentialsRequest,
    GetClusterSessionCredentialsResponse,
)

GET_CLUSTER_SESSION_CREDENTIALS: Operation[
    GetClusterSessionCredentialsRequest, GetClusterSessionCredentialsResponse
] = Operation(
    "GetClusterSessionCredentials",
    GetClusterSessionCredentialsRequest,
    GetClusterSessionCredentialsResponse,
)
