"""Where a PCS cluster lives on the network, and how to reach its scheduler."""

from __future__ import annotations

from typing import Literal, TypeAlias

from emrk.core.enums import ServiceEnum
from emrk.core.model import member, model

__all__ = [
    "Endpoint",
    "EndpointType",
    "EndpointTypeLiteral",
    "NetworkType",
    "NetworkTypeLiteral",
    "Networking",
    "NetworkingRequest",
]


class NetworkType(ServiceEnum):
    """The IP version a cluster's control plane uses; PCS assumes ``IPV4`` when unset."""

    IPV4 = "IPV4"
    IPV6 = "IPV6"


NetworkTypeLiteral: TypeAlias = Literal[
    "IPV4",
    "IPV6",
]
"""The values of :class:`NetworkType` as string literals. A request argument typed ``NetworkType |
NetworkTypeLiteral`` takes a member or one of these strings, so a typo is a type error; a value
newer than this client goes through ``typing.cast``.
"""


class EndpointType(ServiceEnum):
    """Which Slurm daemon listens on an :class:`Endpoint`."""

    SLURMCTLD = "SLURMCTLD"
    """The Slurm controller, which compute nodes and job submitters talk to."""
    SLURMDBD = "SLURMDBD"
    """The Slurm accounting database daemon (present when accounting is on)."""
    SLURMRESTD = "SLURMRESTD"
    """The Slurm REST API daemon (present when the REST API is on)."""


EndpointTypeLiteral: TypeAlias = Literal[
    "SLURMCTLD",
    "SLURMDBD",
    "SLURMRESTD",
]
"""The values of :class:`EndpointType` as string literals. A request argument typed ``EndpointType
| EndpointTypeLiteral`` takes a member or one of these strings, so a typo is a type error; a
value newer than this client goes through ``typing.cast``.
"""


@model
class NetworkingRequest:
    """The network placement of a new cluster's control plane.

    PCS puts an elastic network interface for its managed controller into the
    given subnet, so the subnet and security groups must exist beforehand and
    be in the VPC where compute node groups will run.
    """

    subnet_ids: list[str] | None = member("subnetIds", default=None, min_len=1)
    """Subnet for the controller's network interface; PCS accepts exactly one
    today, and it cannot be in an Outpost, Wavelength Zone or Local Zone."""
    security_group_ids: list[str] | None = member("securityGroupIds", default=None)
    """Security groups attached to that network interface."""
    network_type: NetworkType | NetworkTypeLiteral | None = member("networkType", default=None)
    """IP version of the cluster; ``IPV4`` when left out."""


@model
class Networking:
    """The network placement of an existing cluster's control plane, as PCS reports it."""

    subnet_ids: list[str] | None = member("subnetIds", default=None, min_len=1)
    """The subnet holding the controller's network interface; it needs a free IP address."""
    security_group_ids: list[str] | None = member("securityGroupIds", default=None)
    """Security groups on that interface. They must let the cluster's members
    reach each other (all traffic from the group itself) and allow all
    outbound traffic."""
    network_type: NetworkType | str | None = member("networkType", default=None)
    """IP version of the cluster."""


@model
class Endpoint:
    """An address where one of the cluster's Slurm daemons can be reached."""

    type: EndpointType | str = member("type")
    """Which daemon listens here."""
    private_ip_address: str = member("privateIpAddress")
    """Private IPv4 address inside the VPC; an empty string on IPv6 clusters."""
    port: str = member("port")
    """TCP port the daemon listens on (a string on the wire, e.g. ``"6817"``)."""
    public_ip_address: str | None = member("publicIpAddress", default=None)
    """Public IPv4 address, when the endpoint has one."""
    ipv6_address: str | None = member("ipv6Address", default=None)
    """IPv6 address, on clusters that use IPv6."""
