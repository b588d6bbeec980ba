"""The static description of one operation and of the service it belongs to.

Service packages declare one :class:`Operation` per API call and one
:class:`ServiceSpec` per service; the client core reads them and nothing else,
which is how the core stays free of any service knowledge.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Generic, TypeVar

from emrk.core.http import HttpRequest
from emrk.core.record import FrozenRecord

if TYPE_CHECKING:
    from emrk.core.endpoints import EndpointRules
    from emrk.core.errors import ServiceError
    from emrk.core.protocols.base import Protocol

__all__ = ["HttpRequest", "Operation", "ServiceSpec"]

Req = TypeVar("Req")
Resp = TypeVar("Resp")


class Operation(FrozenRecord, Generic[Req, Resp], kw_only=False):
    """One API operation: its name, HTTP binding and input/output models."""

    name: str
    input: type[Req]
    output: type[Resp]
    http_method: str = "POST"
    request_uri: str = "/"


class ServiceSpec(FrozenRecord, kw_only=False):
    """What the core needs to know about a service to call it."""

    #: botocore's service name, e.g. ``emr-containers``.
    name: str
    #: The service id; ``AWS_ENDPOINT_URL_<SERVICE_ID>`` is derived from it.
    service_id: str
    #: The SigV4 signing name (``elasticmapreduce`` for EMR).
    signing_name: str
    api_version: str
    protocol: Protocol
    endpoint_rules: EndpointRules
    base_error: type[ServiceError]
    #: Error classes by wire code; an unknown code raises ``base_error``.
    errors: Mapping[str, type[ServiceError]]
    #: Modeled error codes the retry policy treats as throttling.
    throttling_codes: frozenset[str] = frozenset()
    #: Modeled error codes the retry policy treats as transient.
    transient_codes: frozenset[str] = frozenset()

    @property
    def endpoint_env_var(self) -> str:
        """``AWS_ENDPOINT_URL_<SERVICE_ID>`` as the AWS SDKs spell it."""
        return "AWS_ENDPOINT_URL_" + self.service_id.upper().replace(" ", "_").replace("-", "_")
