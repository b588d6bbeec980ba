"""awsJson 1.0 and 1.1: ``POST /`` with the operation named in ``X-Amz-Target``."""

from __future__ import annotations

import json
from typing import Any

from emrk.core.http import HttpRequest
from emrk.core.operation import Operation
from emrk.core.protocols.base import Protocol

__all__ = ["AwsJsonProtocol"]


class AwsJsonProtocol(Protocol):
    """The awsJson protocol of a service with the given target prefix and version."""

    name = "json"

    def __init__(self, *, target_prefix: str, json_version: str) -> None:
        super().__init__()
        self.target_prefix = target_prefix
        self.content_type: str = f"application/x-amz-json-{json_version}"

    def serialize(self, op: Operation[Any, Any], request: Any) -> HttpRequest:
        """The whole input model is the JSON body; the target header names the operation."""
        body = self.codec.unstructure(request)
        return HttpRequest(
            method=op.http_method,
            url=op.request_uri,
            headers={
                "X-Amz-Target": f"{self.target_prefix}.{op.name}",
                "Content-Type": self.content_type,
            },
            body=json.dumps(body).encode("utf-8"),
        )
