"""The Amazon EMR operations emrk supports, each naming its input and output models.

Every EMR call is ``POST /`` with the operation in ``X-Amz-Target``; a new
operation is one more :class:`~emrk.core.operation.Operation` here.
"""

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
