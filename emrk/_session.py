"""``emrk.Session``: a :class:`~emrk.core.session.BaseSession` with client factories.

The factories sit here, above the service packages, so that imports run one
way (``emrk`` -> services -> core): the core resolves credentials and
regions without knowing any service, and each factory imports its service
only when called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from emrk.core.session import BaseSession

if TYPE_CHECKING:
    import requests.auth

    from emrk.core.config import Config
    from emrk.eks import EKSClient
    from emrk.eks_auth import EKSAuthClient
    from emrk.emr import EMRClient
    from emrk.emr_containers import EMRContainersClient
    from emrk.pcs import PCSClient

__all__ = ["Session"]


class Session(BaseSession):
    """Credentials, region and profile shared by the clients made from it.

    Every argument is optional. Keys given here win over every other source;
    ``profile_name`` picks a profile from the shared config files;
    ``botocore_session`` reuses a botocore session you already have. Clients
    made from one session share its credentials (refreshed once for all).
    """

    def eks(
        self,
        *,
        endpoint_url: str | None = None,
        config: Config | None = None,
        auth: requests.auth.AuthBase | None = None,
    ) -> EKSClient:
        """An Amazon EKS client."""
        from emrk.eks import EKSClient

        return EKSClient(session=self, endpoint_url=endpoint_url, config=config, auth=auth)

    def eks_auth(
        self,
        *,
        endpoint_url: str | None = None,
        config: Config | None = None,
        auth: requests.auth.AuthBase | None = None,
    ) -> EKSAuthClient:
        """An Amazon EKS Auth client."""
        from emrk.eks_auth import EKSAuthClient

        return EKSAuthClient(session=self, endpoint_url=endpoint_url, config=config, auth=auth)

    def emr_containers(
        self,
        *,
        endpoint_url: str | None = None,
        config: Config | None = None,
        auth: requests.auth.AuthBase | None = None,
    ) -> EMRContainersClient:
        """An Amazon EMR on EKS client."""
        from emrk.emr_containers import EMRContainersClient

        return EMRContainersClient(
            session=self, endpoint_url=endpoint_url, config=config, auth=auth
        )

    def pcs(
        self,
        *,
        endpoint_url: str | None = None,
        config: Config | None = None,
        auth: requests.auth.AuthBase | None = None,
    ) -> PCSClient:
        """An AWS PCS client."""
        from emrk.pcs import PCSClient

        return PCSClient(session=self, endpoint_url=endpoint_url, config=config, auth=auth)

    def emr(
        self,
        *,
        endpoint_url: str | None = None,
        config: Config | None = None,
        auth: requests.auth.AuthBase | None = None,
    ) -> EMRClient:
        """An Amazon EMR client."""
        from emrk.emr import EMRClient

        return EMRClient(session=self, endpoint_url=endpoint_url, config=config, auth=auth)
