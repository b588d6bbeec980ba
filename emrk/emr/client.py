"""DOC: client module"""

from __future__ import annotations

from emrk.core.client import BaseClient
from emrk.emr import operations as ops
from emrk.emr._service import SERVICE
from emrk.emr.models import (
    GetClusterSessionCredentialsRequest,
    GetClusterSessionCredentialsResponse,
)

__all__ = ["EMRClient"]


class EMRClient(BaseClient):
    """DOC: EMRClient"""

    _SERVICE = SERVICE

    def get_cluster_session_credentials(
        self, *, cluster_id: str, execution_role_arn: str | None = None
    ) -> GetClusterSessionCredentialsResponse:
        """DOC: GetClusterSessionCredentials"""
        return self._invoke(
            ops.GET_CLUSTER_SESSION_CREDENTIALS,
            GetClusterSessionCredentialsRequest(
                cluster_id=cluster_id, execution_role_arn=execution_role_arn
            ),
        )
