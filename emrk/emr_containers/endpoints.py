"""Endpoint rules of Amazon EMR on EKS (botocore ``emr-containers``, 2020-10-01).

FIPS in the two listed GovCloud regions goes to the plain host, which is
already FIPS validated; other GovCloud regions get ``emr-containers-fips``.
"""

from __future__ import annotations

from emrk.core.endpoints import EndpointRules

__all__ = ["ENDPOINT_RULES"]

ENDPOINT_RULES = EndpointRules(
    prefix="emr-containers",
    fips_region_hosts={
        "us-gov-east-1": "emr-containers.us-gov-east-1.amazonaws.com",
        "us-gov-west-1": "emr-containers.us-gov-west-1.amazonaws.com",
    },
)
