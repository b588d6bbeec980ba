"""ClientBase: what a sync and an async client of one service have in common.

Everything decided once per client lives here: the session (credentials and
the signing clock), the resolved :class:`~emrk.Config`, the region and
endpoint, the signer, the retry policy and the user agent. The drivers
(:class:`~emrk.core.client.BaseClient` and
:class:`~emrk.core.async_client.AsyncBaseClient`) add a transport and a way
to wait, and run each call through :class:`~emrk.core.call.Call`.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any, ClassVar

from emrk._version import __version__
from emrk.core.config import Config
from emrk.core.endpoints import resolve_endpoint_url
from emrk.core.errors import ParamValidationError
from emrk.core.retries import RetryPolicy, make_policy
from emrk.core.session import BaseSession
from emrk.core.signing import RequestSigner

if TYPE_CHECKING:
    from emrk.core.operation import ServiceSpec

__all__ = ["ClientBase"]

_PYTHON_VERSION = ".".join(str(part) for part in sys.version_info[:3])


class ClientBase:
    """Configuration, endpoint, signer and retry policy of one service client."""

    _SERVICE: ClassVar[ServiceSpec]
    #: The transport, set by the sync or async driver.
    _transport: Any

    def __init__(
        self,
        *,
        session: BaseSession | None = None,
        region_name: str | None = None,
        endpoint_url: str | None = None,
        config: Config | None = None,
        custom_auth: object = None,
    ) -> None:
        spec = self._SERVICE
        self._session = session if session is not None else BaseSession(region_name=region_name)
        resolved = (config or Config()).resolve()
        region = region_name or self._session.region_name
        if not region:
            raise ParamValidationError(
                "region_name",
                "no AWS region configured: pass region_name=, set AWS_REGION or "
                "AWS_DEFAULT_REGION, or set a region in your AWS profile",
            )
        self._config = resolved
        self._region = region
        self._endpoint_url = _endpoint_url(
            spec, region, endpoint_url, resolved.use_fips_endpoint, resolved.use_dualstack_endpoint
        )
        self._credential_provider = self._session.credential_provider
        self._signer = RequestSigner(spec.signing_name, region, self._session.signing_clock)
        #: A ``requests`` auth object that signs instead of ``_signer`` (sync only).
        self._custom_auth: Any = custom_auth
        self._retry_policy = make_policy(
            resolved.retry_mode,
            resolved.max_attempts,
            throttling_codes=spec.throttling_codes,
            transient_codes=spec.transient_codes,
        )
        self._user_agent = _user_agent(resolved.user_agent_extra)

    @property
    def region_name(self) -> str:
        """The region this client signs for."""
        return str(self._region)

    @property
    def endpoint_url(self) -> str:
        """The endpoint this client sends to."""
        return self._endpoint_url

    def _swap_transport(self, transport: Any, retry_policy: RetryPolicy) -> tuple[Any, RetryPolicy]:
        """Replace the transport and retry policy; return the previous pair.

        How ``emrk.testing.Stubber`` answers a client's calls: its transport
        serves the queued answers and a one-attempt policy keeps stubbed
        errors from being retried.
        """
        previous = (self._transport, self._retry_policy)
        self._transport, self._retry_policy = transport, retry_policy
        return previous

    def __repr__(self) -> str:
        name = type(self).__name__
        return f"{name}(region_name={self._region!r}, endpoint_url={self._endpoint_url!r})"


def _endpoint_url(
    spec: ServiceSpec,
    region: str | None,
    explicit: str | None,
    use_fips: bool,
    use_dualstack: bool,
) -> str:
    url = explicit
    if url is None and os.environ.get("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "").lower() != "true":
        url = os.environ.get(spec.endpoint_env_var) or os.environ.get("AWS_ENDPOINT_URL")
    if url:
        if "://" not in url:
            raise ParamValidationError("endpoint_url", f"must include a scheme, got {url!r}")
        if not url.isprintable() or any(c.isspace() for c in url):
            # The HTTP stack would drop or refuse such characters after signing,
            # so the signature would not match what is sent.
            raise ParamValidationError(
                "endpoint_url", "must not contain whitespace or control characters"
            )
        return url.rstrip("/")
    return resolve_endpoint_url(
        spec.endpoint_rules, region, use_fips=use_fips, use_dualstack=use_dualstack
    )


def _user_agent(extra: str | None) -> str:
    """The same for the sync and async clients, so both send identical headers."""
    agent = f"emrk/{__version__} Python/{_PYTHON_VERSION}"
    return f"{agent} {extra}" if extra else agent
