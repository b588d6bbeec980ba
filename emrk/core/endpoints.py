"""Endpoint hostnames, worked out the way botocore's endpoint rules work them out.

botocore ships a rule set per service (``endpoint-rule-set-1.json``) plus a
partition table (``partitions.json``) and interprets them at run time. The
rule sets of the services emrk covers are all one shape: find the region's
partition, then pick one of four hostname templates (plain, FIPS, dual-stack,
FIPS + dual-stack), with a handful of service-specific FIPS hostnames. emrk
writes that shape down as plain Python instead of loading and interpreting
JSON, so a service package declares its knobs in an :class:`EndpointRules`
value and :func:`resolve_endpoint_url` does the rest.

The tests compare every listed region, in every mode, against botocore's own
rule engine; when botocore's data changes, they say which case moved.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType

from emrk.core.errors import ParamValidationError
from emrk.core.record import FrozenRecord

_NO_OVERRIDES: Mapping[str, str] = MappingProxyType({})

__all__ = [
    "PARTITIONS",
    "EndpointRules",
    "Partition",
    "partition_for_region",
    "resolve_endpoint_url",
]


class Partition(FrozenRecord, kw_only=False):
    """One AWS partition: which regions belong to it and its DNS suffixes.

    Mirrors one entry of botocore's ``partitions.json``; the field names are
    the snake_case forms of that file's keys.
    """

    name: str
    region_regex: str
    """Regions not listed in ``regions`` belong here when this matches."""
    regions: frozenset[str]
    dns_suffix: str
    dual_stack_dns_suffix: str
    supports_fips: bool
    supports_dual_stack: bool
    implicit_global_region: str

    def contains(self, region: str) -> bool:
        """Whether ``region`` belongs to this partition (listed or regex match)."""
        return region in self.regions or re.match(self.region_regex, region) is not None


# Copied from botocore 1.44.5 ``botocore/data/partitions.json``, in that file's
# order: the first partition that lists or matches a region wins, and ``aws``
# (the first) is the fallback for a region no partition claims.
PARTITIONS: tuple[Partition, ...] = (
    Partition(
        name="aws",
        region_regex=r"^(us|eu|ap|sa|ca|me|af|il|mx)\-\w+\-\d+$",
        regions=frozenset(
            {
                "af-south-1",
                "ap-east-1",
                "ap-east-2",
                "ap-northeast-1",
                "ap-northeast-2",
                "ap-northeast-3",
                "ap-south-1",
                "ap-south-2",
                "ap-southeast-1",
                "ap-southeast-2",
                "ap-southeast-3",
                "ap-southeast-4",
                "ap-southeast-5",
                "ap-southeast-6",
                "ap-southeast-7",
                "aws-global",
                "ca-central-1",
                "ca-west-1",
                "eu-central-1",
                "eu-central-2",
                "eu-north-1",
                "eu-south-1",
                "eu-south-2",
                "eu-west-1",
                "eu-west-2",
                "eu-west-3",
                "il-central-1",
                "me-central-1",
                "me-south-1",
                "me-west-1",
                "mx-central-1",
                "sa-east-1",
                "sa-west-1",
                "us-east-1",
                "us-east-2",
                "us-west-1",
                "us-west-2",
            }
        ),
        dns_suffix="amazonaws.com",
        dual_stack_dns_suffix="api.aws",
        supports_fips=True,
        supports_dual_stack=True,
        implicit_global_region="us-east-1",
    ),
    Partition(
        name="aws-cn",
        region_regex=r"^cn\-\w+\-\d+$",
        regions=frozenset({"aws-cn-global", "cn-north-1", "cn-northwest-1"}),
        dns_suffix="amazonaws.com.cn",
        dual_stack_dns_suffix="api.amazonwebservices.com.cn",
        supports_fips=True,
        supports_dual_stack=True,
        implicit_global_region="cn-northwest-1",
    ),
    Partition(
        name="aws-eusc",
        region_regex=r"^eusc\-(de)\-\w+\-\d+$",
        regions=frozenset({"eusc-de-east-1"}),
        dns_suffix="amazonaws.eu",
        dual_stack_dns_suffix="api.amazonwebservices.eu",
        supports_fips=True,
        supports_dual_stack=True,
        implicit_global_region="eusc-de-east-1",
    ),
    Partition(
        name="aws-iso",
        region_regex=r"^us\-iso\-\w+\-\d+$",
        regions=frozenset({"aws-iso-global", "us-iso-east-1", "us-iso-west-1"}),
        dns_suffix="c2s.ic.gov",
        dual_stack_dns_suffix="api.aws.ic.gov",
        supports_fips=True,
        supports_dual_stack=True,
        implicit_global_region="us-iso-east-1",
    ),
    Partition(
        name="aws-iso-b",
        region_regex=r"^us\-isob\-\w+\-\d+$",
        regions=frozenset({"aws-iso-b-global", "us-isob-east-1", "us-isob-west-1"}),
        dns_suffix="sc2s.sgov.gov",
        dual_stack_dns_suffix="api.aws.scloud",
        supports_fips=True,
        supports_dual_stack=True,
        implicit_global_region="us-isob-east-1",
    ),
    Partition(
        name="aws-iso-e",
        region_regex=r"^eu\-isoe\-\w+\-\d+$",
        regions=frozenset({"aws-iso-e-global", "eu-isoe-west-1"}),
        dns_suffix="cloud.adc-e.uk",
        dual_stack_dns_suffix="api.cloud-aws.adc-e.uk",
        supports_fips=True,
        supports_dual_stack=True,
        implicit_global_region="eu-isoe-west-1",
    ),
    Partition(
        name="aws-iso-f",
        region_regex=r"^us\-isof\-\w+\-\d+$",
        regions=frozenset({"aws-iso-f-global", "us-isof-east-1", "us-isof-south-1"}),
        dns_suffix="csp.hci.ic.gov",
        dual_stack_dns_suffix="api.aws.hci.ic.gov",
        supports_fips=True,
        supports_dual_stack=True,
        implicit_global_region="us-isof-south-1",
    ),
    Partition(
        name="aws-us-gov",
        region_regex=r"^us\-gov\-\w+\-\d+$",
        regions=frozenset({"aws-us-gov-global", "us-gov-east-1", "us-gov-west-1"}),
        dns_suffix="amazonaws.com",
        dual_stack_dns_suffix="api.aws",
        supports_fips=True,
        supports_dual_stack=True,
        implicit_global_region="us-gov-west-1",
    ),
)


class EndpointRules(FrozenRecord, kw_only=False):
    """One service's endpoint rule set, reduced to the knobs that vary.

    Every rule set emrk covers builds ``https://{host}`` from the region's
    partition like this (``{suffix}`` is the partition's DNS suffix,
    ``{ds_suffix}`` its dual-stack one)::

        plain            {prefix}.{region}.{suffix}
        FIPS             {prefix}-fips.{region}.{suffix}
        dual-stack       {prefix}.{region}.{ds_suffix}
        FIPS+dual-stack  {prefix}-fips.{region}.{ds_suffix}

    and raises when the partition lacks FIPS or dual-stack support. What
    differs between services is written down here.
    """

    prefix: str
    """First host label, the service's endpoint prefix (``eks``, ``elasticmapreduce``)."""

    fips_region_hosts: Mapping[str, str] = _NO_OVERRIDES
    """Exact FIPS (non-dual-stack) hostname for particular region names.

    Some rule sets pin a region's FIPS host, usually because the plain host
    there is already FIPS validated (``us-gov-west-1``). Checked before
    ``fips_partition_hosts``.
    """

    fips_partition_hosts: Mapping[str, str] = _NO_OVERRIDES
    """FIPS (non-dual-stack) hostname template per partition name.

    ``{region}`` in the template is replaced by the region. Used by rule sets
    whose FIPS hosts do not follow the ``{prefix}-fips`` pattern in a whole
    partition (``fips.eks.{region}.amazonaws.com`` in ``aws``).
    """

    dualstack_if_supported: bool = False
    """The rule set has no dual-stack switch: it picks the dual-stack host
    whenever the partition supports dual-stack, else the plain one.

    ``use_dualstack`` is then ignored, as botocore ignores it for such
    services (the rule set has no ``UseDualStack`` parameter to pass it to).
    """


def partition_for_region(region: str, partitions: Sequence[Partition] = PARTITIONS) -> Partition:
    """The partition ``region`` belongs to, as botocore's ``aws.partition`` finds it.

    The first partition that lists the region or whose regex matches it wins;
    a region nobody claims falls back to the first partition (``aws``), so new
    commercial-looking regions keep working before the table learns about them.
    """
    for partition in partitions:
        if partition.contains(region):
            return partition
    return partitions[0]


def resolve_endpoint_url(
    rules: EndpointRules,
    region: str | None,
    *,
    use_fips: bool = False,
    use_dualstack: bool = False,
    partitions: Sequence[Partition] = PARTITIONS,
) -> str:
    """The ``https://`` endpoint URL for a service in ``region``.

    Gives the same URL as botocore's endpoint rules for the same region and
    switches, and raises :class:`ParamValidationError` where they raise: no
    region (``region_name``), a region that is not a DNS label
    (``region_name``, as botocore checks when creating a client), or a mode
    the region's partition lacks (``use_fips_endpoint`` /
    ``use_dualstack_endpoint``). ``partitions`` exists for tests.
    """
    region = _checked_region(region)
    partition = partition_for_region(region, partitions)
    if rules.dualstack_if_supported:
        use_dualstack = partition.supports_dual_stack
    if use_fips and not partition.supports_fips:
        raise ParamValidationError("use_fips_endpoint", _unsupported(partition, region, "FIPS"))
    if use_dualstack and not partition.supports_dual_stack:
        raise ParamValidationError(
            "use_dualstack_endpoint", _unsupported(partition, region, "DualStack")
        )
    suffix = partition.dual_stack_dns_suffix if use_dualstack else partition.dns_suffix
    if use_fips and not use_dualstack:
        if region in rules.fips_region_hosts:
            return f"https://{rules.fips_region_hosts[region]}"
        template = rules.fips_partition_hosts.get(partition.name)
        if template is not None:
            return "https://" + template.format(region=region)
    label = f"{rules.prefix}-fips" if use_fips else rules.prefix
    return f"https://{label}.{region}.{suffix}"


# botocore.utils.validate_region_name's pattern: a DNS label of letters,
# digits and hyphens, not all digits, no hyphen at either end.
_REGION_LABEL = re.compile(r"(?![0-9]+\Z)(?!-)[a-zA-Z0-9-]{1,63}(?<!-)")


def _checked_region(region: str | None) -> str:
    if not region:
        raise ParamValidationError(
            "region_name",
            "no AWS region configured; pass region_name=... (for example 'us-east-1'), "
            "set AWS_REGION or AWS_DEFAULT_REGION, or set region in your AWS config profile",
        )
    if _REGION_LABEL.fullmatch(region) is None:
        raise ParamValidationError(
            "region_name",
            f"{region!r} is not a valid region name; expected a DNS label of letters, "
            "digits and hyphens such as 'us-east-1'",
        )
    return region


def _unsupported(partition: Partition, region: str, feature: str) -> str:
    # botocore's rule-set wording, plus which partition was meant.
    return (
        f"{feature} is enabled but partition {partition.name!r} "
        f"(region {region!r}) does not support {feature}"
    )
