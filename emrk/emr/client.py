"""EMRClient: typed methods for the Amazon EMR operations emrk covers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from emrk.core.client import BaseClient
from emrk.core.lazy import lazy_module
from emrk.emr._service import SERVICE

if TYPE_CHECKING:
    from emrk.emr import operations as ops
    from emrk.emr.models import (
        GetClusterSessionCredentialsResponse,
    )
else:
    ops = lazy_module("emrk.emr.operations")

__all__ = ["EMRClient"]


class EMRClient(BaseClient):
    """A client for Amazon EMR on EC2, today for session credentials only.

    Build one with ``emrk.Session().emr()`` or ``EMRClient(region_name=...)``;
    it signs for ``elasticmapreduce`` and is safe to share between threads.
    Methods raise an :class:`~emrk.emr.EMRError` subclass when the service
    refuses the call.
    """

    _SERVICE = SERVICE

    def get_cluster_session_credentials(
        self, *, cluster_id: str, execution_role_arn: str | None = None
    ) -> GetClusterSessionCredentialsResponse:
        """Get short-lived HTTP basic credentials for an EMR cluster's endpoints.

        For clusters with fine-grained access control (runtime roles): the
        username and password let a client connect to cluster endpoints that
        take basic authentication, acting as ``execution_role_arn`` (which
        may belong to another account). The answer's ``expires_at`` says
        when to ask again.

        The password is sensitive: the response's ``repr`` and ``str`` show
        ``***`` and it never reaches emrk's logs. Raises
        ``InvalidRequestException`` (see its ``error_code``) for bad input
        and ``InternalServerError`` when EMR fails on its side.
        """
        return self._call(
            ops.GET_CLUSTER_SESSION_CREDENTIALS,
            cluster_id=cluster_id,
            execution_role_arn=execution_role_arn,
        )
