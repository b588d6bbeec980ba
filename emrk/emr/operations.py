"""The Amazon EMR operations emrk supports, each naming its input and output models.

Every EMR call is ``POST /`` with the operation in ``X-Amz-Target``; a new
operation is one more :class:`~emrk.core.operation.Operation` here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from emrk.core.operation import Operation

if TYPE_CHECKING:
    from emrk.emr.models import (
        GetClusterSessionCredentialsRequest,
        GetClusterSessionCredentialsResponse,
    )

#: Where the models named below live; each loads on its operation's first call.
_MODELS = "emrk.emr.models"

GET_CLUSTER_SESSION_CREDENTIALS: Operation[
    GetClusterSessionCredentialsRequest, GetClusterSessionCredentialsResponse
] = Operation(
    "GetClusterSessionCredentials",
    "GetClusterSessionCredentialsRequest",
    "GetClusterSessionCredentialsResponse",
    models=_MODELS,
)
