"""Endpoint rules of Amazon EKS (botocore ``eks``, 2017-11-01).

FIPS without dual-stack has its own hosts: ``fips.eks.{region}`` in ``aws``
and the plain (already FIPS validated) host in ``aws-us-gov``.
"""

from __future__ import annotations

from emrk.core.endpoints import EndpointRules

__all__ = ["ENDPOINT_RULES"]

ENDPOINT_RULES = EndpointRules(
    prefix="eks",
    fips_partition_hosts={
        "aws": "fips.eks.{region}.amazonaws.com",
        "aws-us-gov": "eks.{region}.amazonaws.com",
    },
)
