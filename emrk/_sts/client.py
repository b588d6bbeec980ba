"""STSClient: ``AssumeRole`` and ``GetCallerIdentity`` through emrk's core.

Private: :func:`emrk.eks.get_token` uses it to take on a role before signing
a token. It behaves like every emrk client (validation, retries, typed
errors, ``AWS_ENDPOINT_URL_STS``), with one STS twist: the ``aws-global``
pseudo-region talks to ``sts.amazonaws.com`` and signs for ``us-east-1``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

import requests

from emrk._sts import operations as ops
from emrk._sts._service import SERVICE
from emrk._sts.endpoints import resolve_sts_endpoint
from emrk._sts.models import (
    AssumeRoleRequest,
    AssumeRoleResponse,
    GetCallerIdentityRequest,
    GetCallerIdentityResponse,
    PolicyDescriptorType,
    ProvidedContext,
    Tag,
)
from emrk.core.client import BaseClient
from emrk.core.config import Config
from emrk.core.session import BaseSession

if TYPE_CHECKING:
    from emrk.core.http import Transport

__all__ = ["STSClient"]


class STSClient(BaseClient):
    """A minimal AWS STS client; safe to share between threads."""

    _SERVICE = SERVICE

    def __init__(
        self,
        *,
        session: BaseSession | None = None,
        region_name: str | None = None,
        endpoint_url: str | None = None,
        config: Config | None = None,
        auth: requests.auth.AuthBase | None = None,
        transport: Transport | None = None,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        session = session if session is not None else BaseSession(region_name=region_name)
        region = region_name or session.region_name
        if region == "aws-global" and endpoint_url is None and not _endpoint_from_env():
            resolved = (config or Config()).resolve()
            endpoint = resolve_sts_endpoint(
                region,
                use_fips=resolved.use_fips_endpoint,
                use_dualstack=resolved.use_dualstack_endpoint,
            )
            region_name, endpoint_url = endpoint.signing_region, endpoint.url
        super().__init__(
            session=session,
            region_name=region_name,
            endpoint_url=endpoint_url,
            config=config,
            auth=auth,
            transport=transport,
            sleep=sleep,
        )

    def assume_role(
        self,
        *,
        role_arn: str,
        role_session_name: str,
        policy_arns: list[PolicyDescriptorType] | None = None,
        policy: str | None = None,
        duration_seconds: int | None = None,
        tags: list[Tag] | None = None,
        transitive_tag_keys: list[str] | None = None,
        external_id: str | None = None,
        serial_number: str | None = None,
        token_code: str | None = None,
        source_identity: str | None = None,
        provided_contexts: list[ProvidedContext] | None = None,
        minimum_session_token_size: int | None = None,
    ) -> AssumeRoleResponse:
        """Get temporary credentials for ``role_arn``.

        The caller's own credentials sign the request; the answer carries keys
        that act as the role until ``credentials.expiration`` (one hour unless
        ``duration_seconds`` says otherwise). The role's trust policy decides
        who may do this: a caller it does not trust gets ``STSError`` with
        code ``AccessDenied``. ``external_id`` and the MFA pair
        (``serial_number``, ``token_code``) answer conditions a trust policy
        may set.
        """
        return self._invoke(
            ops.ASSUME_ROLE,
            AssumeRoleRequest(
                role_arn=role_arn,
                role_session_name=role_session_name,
                policy_arns=policy_arns,
                policy=policy,
                duration_seconds=duration_seconds,
                tags=tags,
                transitive_tag_keys=transitive_tag_keys,
                external_id=external_id,
                serial_number=serial_number,
                token_code=token_code,
                source_identity=source_identity,
                provided_contexts=provided_contexts,
                minimum_session_token_size=minimum_session_token_size,
            ),
        )

    def get_caller_identity(self) -> GetCallerIdentityResponse:
        """Who the client's credentials belong to: account, ARN and user id.

        Needs no permission at all, which makes it the standard way to check
        that credentials work (and the request an EKS token wraps).
        """
        return self._invoke(ops.GET_CALLER_IDENTITY, GetCallerIdentityRequest())


def _endpoint_from_env() -> bool:
    """Whether the environment overrides the STS endpoint (as BaseClient reads it)."""
    if os.environ.get("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "").lower() == "true":
        return False
    return bool(os.environ.get(SERVICE.endpoint_env_var) or os.environ.get("AWS_ENDPOINT_URL"))
