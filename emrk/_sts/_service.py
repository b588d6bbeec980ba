"""The STS service spec: query protocol, SigV4 name ``sts``, regional endpoints."""

from __future__ import annotations

from emrk._sts.endpoints import ENDPOINT_RULES
from emrk._sts.errors import ERRORS, STSError
from emrk.core.operation import ServiceSpec
from emrk.core.protocols.query import QueryProtocol

__all__ = ["SERVICE"]

API_VERSION = "2011-06-15"

SERVICE = ServiceSpec(
    name="sts",
    service_id="STS",
    signing_name="sts",
    api_version=API_VERSION,
    protocol=QueryProtocol(api_version=API_VERSION),
    endpoint_rules=ENDPOINT_RULES,
    base_error=STSError,
    errors=ERRORS,
)
