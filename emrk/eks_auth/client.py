"""DOC: client module"""

from __future__ import annotations

from emrk.core.client import BaseClient
from emrk.eks_auth import operations as ops
from emrk.eks_auth._service import SERVICE
from emrk.eks_auth.models import (
    AssumeRoleForPodIdentityRequest,
    AssumeRoleForPodIdentityResponse,
)

__all__ = ["EKSAuthClient"]


class EKSAuthClient(BaseClient):
    """DOC: EKSAuthClient"""

    _SERVICE = SERVICE

    def assume_role_for_pod_identity(
        self,
        *,
        cluster_name: str,
        token: str,
        eks_node_name: str | None = None,
        instance_id: str | None = None,
        zone: str | None = None,
    ) -> AssumeRoleForPodIdentityResponse:
        """DOC: AssumeRoleForPodIdentity"""
        return self._invoke(
            ops.ASSUME_ROLE_FOR_POD_IDENTITY,
            AssumeRoleForPodIdentityRequest(
                cluster_name=cluster_name,
                token=token,
                eks_node_name=eks_node_name,
                instance_id=instance_id,
                zone=zone,
            ),
        )
