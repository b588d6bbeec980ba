"""``emrk.Session`` and ``emrk.AsyncSession``: a session with client factories.

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
    from emrk.core.http import AsyncTransport, Transport
    from emrk.eks import AsyncEKSClient, EKSClient
    from emrk.eks_auth import AsyncEKSAuthClient, EKSAuthClient
    from emrk.emr import AsyncEMRClient, EMRClient
    from emrk.emr_containers import AsyncEMRContainersClient, EMRContainersClient
    from emrk.pcs import AsyncPCSClient, PCSClient

__all__ = ["AsyncSession", "Session"]


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
        transport: Transport | None = None,
    ) -> EKSClient:
        """An Amazon EKS client."""
        from emrk.eks import EKSClient

        return EKSClient(
            session=self, endpoint_url=endpoint_url, config=config, auth=auth, transport=transport
        )

    def eks_auth(
        self,
        *,
        endpoint_url: str | None = None,
        config: Config | None = None,
        auth: requests.auth.AuthBase | None = None,
        transport: Transport | None = None,
    ) -> EKSAuthClient:
        """An Amazon EKS Auth client."""
        from emrk.eks_auth import EKSAuthClient

        return EKSAuthClient(
            session=self, endpoint_url=endpoint_url, config=config, auth=auth, transport=transport
        )

    def emr_containers(
        self,
        *,
        endpoint_url: str | None = None,
        config: Config | None = None,
        auth: requests.auth.AuthBase | None = None,
        transport: Transport | None = None,
    ) -> EMRContainersClient:
        """An Amazon EMR on EKS client."""
        from emrk.emr_containers import EMRContainersClient

        return EMRContainersClient(
            session=self, endpoint_url=endpoint_url, config=config, auth=auth, transport=transport
        )

    def pcs(
        self,
        *,
        endpoint_url: str | None = None,
        config: Config | None = None,
        auth: requests.auth.AuthBase | None = None,
        transport: Transport | None = None,
    ) -> PCSClient:
        """An AWS PCS client."""
        from emrk.pcs import PCSClient

        return PCSClient(
            session=self, endpoint_url=endpoint_url, config=config, auth=auth, transport=transport
        )

    def emr(
        self,
        *,
        endpoint_url: str | None = None,
        config: Config | None = None,
        auth: requests.auth.AuthBase | None = None,
        transport: Transport | None = None,
    ) -> EMRClient:
        """An Amazon EMR client."""
        from emrk.emr import EMRClient

        return EMRClient(
            session=self, endpoint_url=endpoint_url, config=config, auth=auth, transport=transport
        )


class AsyncSession(BaseSession):
    """A :class:`Session` whose factories make asyncio clients.

    Same arguments and the same credential and region resolution as
    :class:`Session`; credentials that botocore must resolve or refresh are
    fetched off the event loop. Each factory returns a client to use with
    ``async with`` (or ``await client.close()``)::

        async with emrk.AsyncSession(region_name="us-west-2").eks() as eks:
            cluster = (await eks.describe_cluster(name="prod")).cluster
    """

    def eks(
        self,
        *,
        endpoint_url: str | None = None,
        config: Config | None = None,
        transport: AsyncTransport | None = None,
    ) -> AsyncEKSClient:
        """An async Amazon EKS client."""
        from emrk.eks import AsyncEKSClient

        return AsyncEKSClient(
            session=self, endpoint_url=endpoint_url, config=config, transport=transport
        )

    def eks_auth(
        self,
        *,
        endpoint_url: str | None = None,
        config: Config | None = None,
        transport: AsyncTransport | None = None,
    ) -> AsyncEKSAuthClient:
        """An async Amazon EKS Auth client."""
        from emrk.eks_auth import AsyncEKSAuthClient

        return AsyncEKSAuthClient(
            session=self, endpoint_url=endpoint_url, config=config, transport=transport
        )

    def emr_containers(
        self,
        *,
        endpoint_url: str | None = None,
        config: Config | None = None,
        transport: AsyncTransport | None = None,
    ) -> AsyncEMRContainersClient:
        """An async Amazon EMR on EKS client."""
        from emrk.emr_containers import AsyncEMRContainersClient

        return AsyncEMRContainersClient(
            session=self, endpoint_url=endpoint_url, config=config, transport=transport
        )

    def pcs(
        self,
        *,
        endpoint_url: str | None = None,
        config: Config | None = None,
        transport: AsyncTransport | None = None,
    ) -> AsyncPCSClient:
        """An async AWS PCS client."""
        from emrk.pcs import AsyncPCSClient

        return AsyncPCSClient(
            session=self, endpoint_url=endpoint_url, config=config, transport=transport
        )

    def emr(
        self,
        *,
        endpoint_url: str | None = None,
        config: Config | None = None,
        transport: AsyncTransport | None = None,
    ) -> AsyncEMRClient:
        """An async Amazon EMR client."""
        from emrk.emr import AsyncEMRClient

        return AsyncEMRClient(
            session=self, endpoint_url=endpoint_url, config=config, transport=transport
        )
