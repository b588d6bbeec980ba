"""How the core calls Amazon EMR: awsJson 1.1, target prefix ``ElasticMapReduce``.

Requests are signed for ``elasticmapreduce``, the name EMR had before it
became "Amazon EMR", which is also its endpoint prefix. EMR models no
retryable error of its own: the core's defaults (HTTP 5xx, throttling codes,
connection errors) apply.
"""

from __future__ import annotations

from emrk.core.operation import ServiceSpec
from emrk.core.protocols import AwsJsonProtocol
from emrk.emr.endpoints import ENDPOINT_RULES
from emrk.emr.errors import ERRORS, EMRError

SERVICE = ServiceSpec(
    name="emr",
    service_id="EMR",
    signing_name="elasticmapreduce",
    api_version="2009-03-31",
    protocol=AwsJsonProtocol(target_prefix="ElasticMapReduce", json_version="1.1"),
    endpoint_rules=ENDPOINT_RULES,
    base_error=EMRError,
    errors=ERRORS,
    throttling_codes=frozenset([]),
    transient_codes=frozenset([]),
)
