"""Endpoint rules of Amazon EMR (botocore ``emr``, 2009-03-31).

Hosts use the endpoint prefix ``elasticmapreduce``; FIPS without dual-stack in
``aws-us-gov`` goes to the plain (already FIPS validated) host.
"""

from __future__ import annotations

from emrk.core.endpoints import EndpointRules

__all__ = ["ENDPOINT_RULES"]

ENDPOINT_RULES = EndpointRules(
    prefix="elasticmapreduce",
    fips_partition_hosts={"aws-us-gov": "elasticmapreduce.{region}.amazonaws.com"},
)
