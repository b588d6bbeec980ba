""":class:`EKSAuthClient`: the one Amazon EKS Auth operation, AssumeRoleForPodIdentity."""

from __future__ import annotations

from typing import TYPE_CHECKING

from emrk.core.client import BaseClient
from emrk.core.lazy import lazy_module
from emrk.eks_auth._service import SERVICE

if TYPE_CHECKING:
    from emrk.eks_auth import operations as ops
    from emrk.eks_auth.models import (
        AssumeRoleForPodIdentityResponse,
    )
else:
    ops = lazy_module("emrk.eks_auth.operations")

__all__ = ["EKSAuthClient"]


class EKSAuthClient(BaseClient):
    """Client for Amazon EKS Auth, the API behind EKS Pod Identity.

    The EKS Pod Identity Agent on each node calls it to trade a pod's service
    account token for IAM role credentials. Applications rarely need it: the
    AWS SDKs (and emrk's credential chain) already read Pod Identity
    credentials from the container. The endpoint is always the dual-stack
    ``eks-auth.<region>.api.aws`` (``.api.amazonwebservices.com.cn`` in China).
    """

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
        """Exchange a pod's service account token for credentials of the role associated with it.

        EKS looks up the Pod Identity association of the token's namespace and
        service account and returns temporary credentials for its role (or its
        target role). The token and the credentials are hidden in ``repr`` and logs.

        Args:
            cluster_name: The cluster the pod runs in.
            token: The pod's projected service account token (a JWT).
            eks_node_name: Kubernetes name of the node running the pod.
            instance_id: EC2 instance ID of that node.
            zone: Availability Zone ID of that node.

        Raises:
            emrk.eks_auth.InvalidTokenException: The token is not valid.
            emrk.eks_auth.ExpiredTokenException: The token has expired.
        """
        return self._call(
            ops.ASSUME_ROLE_FOR_POD_IDENTITY,
            cluster_name=cluster_name,
            token=token,
            eks_node_name=eks_node_name,
            instance_id=instance_id,
            zone=zone,
        )
