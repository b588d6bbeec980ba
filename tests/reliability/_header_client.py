"""A rest-json client whose one operation sends members as headers (no real service has one)."""

from __future__ import annotations

import emrk
from emrk.core.client import BaseClient
from emrk.core.endpoints import EndpointRules
from emrk.core.model import Response, member, model
from emrk.core.operation import Operation, ServiceSpec
from emrk.core.protocols import RestJsonProtocol

__all__ = ["HeaderClient"]


@model
class HeaderRequest:
    tag: str | None = member("x-amz-tag", default=None, location="header")
    tags: list[str] | None = member("x-amz-tags", default=None, location="header")


@model
class HeaderResponse(Response):
    pass


class HeaderClient(BaseClient):
    """A rest-json client whose one operation sends members as headers."""

    _SERVICE = ServiceSpec(
        name="headers",
        service_id="Headers",
        signing_name="headers",
        api_version="2024-01-01",
        protocol=RestJsonProtocol(),
        endpoint_rules=EndpointRules(prefix="headers"),
        base_error=emrk.ServiceError,
        errors={},
    )
    _OP: Operation[HeaderRequest, HeaderResponse] = Operation(
        "Put", HeaderRequest, HeaderResponse, "PUT", "/"
    )

    def put(self, *, tag: str | None = None, tags: list[str] | None = None) -> HeaderResponse:
        return self._call(self._OP, tag=tag, tags=tags)
