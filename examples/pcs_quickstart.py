"""AWS PCS quickstart: a Slurm cluster, a compute node group and a queue, then cleanup.

Run it as is and it works offline: HTTP is intercepted by ``responses`` and
answered by a small in-memory PCS that moves resources from ``CREATING`` to
``ACTIVE`` and from ``DELETING`` to gone, so every call, waiter and
paginator below runs for real through emrk.

    python examples/pcs_quickstart.py

Against a real account (this creates billable resources; they are deleted at
the end unless ``--keep`` is given). The node group uses a PCS-managed launch
template, so it needs an AMI built for PCS and an instance profile whose role
name starts with ``AWSPCS``:

    python examples/pcs_quickstart.py --region us-east-1 [--profile dev] \\
        --subnet-id subnet-0123456789abcdef0 --security-group-id sg-0123456789abcdef0 \\
        --instance-profile-arn arn:aws:iam::111122223333:instance-profile/AWSPCS-nodes \\
        --ami-id ami-0123456789abcdef0
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import itertools
import json
import sys
from collections.abc import Iterator, Sequence
from typing import Any

import attrs
import responses

import emrk
from emrk.pcs import (
    ComputeNodeGroupConfiguration,
    InstanceConfig,
    LaunchTemplateMode,
    NetworkingRequest,
    PCSClient,
    ScalingConfigurationRequest,
    SchedulerRequest,
    SchedulerType,
    Size,
)

OFFLINE_REGION = "us-east-1"
OFFLINE_ACCOUNT = "111122223333"


@attrs.frozen
class Settings:
    """What the walk-through creates, and how patiently it waits."""

    cluster_name: str
    subnet_id: str
    security_group_id: str
    instance_profile_arn: str
    ami_id: str
    instance_type: str
    slurm_version: str
    #: Seconds between waiter polls; ``None`` keeps each waiter's own default.
    delay: float | None
    keep: bool = False


def run(pcs: PCSClient, s: Settings) -> None:
    """Create cluster -> node group -> queue, show them, then tear down in reverse."""
    cluster_id = _create_cluster(pcs, s)
    group_id = _create_node_group(pcs, s, cluster_id)
    queue_id = _create_queue(pcs, s, cluster_id, group_id)
    _show_inventory(pcs, cluster_id)
    if s.keep:
        print("Keeping the resources (--keep).")
        return
    _tear_down(pcs, s, cluster_id, group_id, queue_id)


def _create_cluster(pcs: PCSClient, s: Settings) -> str:
    print(f"Creating cluster {s.cluster_name!r} (Slurm {s.slurm_version})...")
    pcs.create_cluster(
        cluster_name=s.cluster_name,
        scheduler=SchedulerRequest(type=SchedulerType.SLURM, version=s.slurm_version),
        size=Size.SMALL,
        networking=NetworkingRequest(
            subnet_ids=[s.subnet_id], security_group_ids=[s.security_group_id]
        ),
        tags={"created-by": "emrk-quickstart"},
    )
    cluster = pcs.wait_until_cluster_active(
        cluster_identifier=s.cluster_name, delay=s.delay, on_attempt=_progress
    ).cluster
    assert cluster is not None
    print(f"  {cluster.id} is {_status(cluster.status)}; controller at {_controller(cluster)}")
    return cluster.id


def _create_node_group(pcs: PCSClient, s: Settings, cluster_id: str) -> str:
    print("Creating compute node group 'workers'...")
    created = pcs.create_compute_node_group(
        cluster_identifier=cluster_id,
        compute_node_group_name="workers",
        subnet_ids=[s.subnet_id],
        iam_instance_profile_arn=s.instance_profile_arn,
        scaling_configuration=ScalingConfigurationRequest(
            min_instance_count=0, max_instance_count=4
        ),
        instance_configs=[InstanceConfig(instance_type=s.instance_type)],
        launch_template_mode=LaunchTemplateMode.MANAGED,
        ami_id=s.ami_id,
        security_group_ids=[s.security_group_id],
    ).compute_node_group
    assert created is not None
    group = pcs.wait_until_compute_node_group_active(
        cluster_identifier=cluster_id,
        compute_node_group_identifier=created.id,
        delay=s.delay,
        on_attempt=_progress,
    ).compute_node_group
    assert group is not None
    scaling = group.scaling_configuration
    print(
        f"  {group.id} is {_status(group.status)}: {s.instance_type}, "
        f"{scaling.min_instance_count}..{scaling.max_instance_count} instances"
    )
    return group.id


def _create_queue(pcs: PCSClient, s: Settings, cluster_id: str, group_id: str) -> str:
    print("Creating queue 'batch'...")
    created = pcs.create_queue(
        cluster_identifier=cluster_id,
        queue_name="batch",
        compute_node_group_configurations=[
            ComputeNodeGroupConfiguration(compute_node_group_id=group_id)
        ],
    ).queue
    assert created is not None
    queue = pcs.wait_until_queue_active(
        cluster_identifier=cluster_id,
        queue_identifier=created.id,
        delay=s.delay,
        on_attempt=_progress,
    ).queue
    assert queue is not None
    print(f"  {queue.id} is {_status(queue.status)}; submit with: sbatch -p {queue.name} job.sh")
    return queue.id


def _show_inventory(pcs: PCSClient, cluster_id: str) -> None:
    print("Inventory:")
    for summary in pcs.paginate_list_clusters():
        print(f"  cluster {summary.name:<20} {summary.id:<16} {_status(summary.status)}")
    for g in pcs.paginate_list_compute_node_groups(cluster_identifier=cluster_id):
        print(f"    node group {g.name:<15} {g.id:<16} {_status(g.status)}")
    for q in pcs.paginate_list_queues(cluster_identifier=cluster_id):
        print(f"    queue      {q.name:<15} {q.id:<16} {_status(q.status)}")


def _tear_down(pcs: PCSClient, s: Settings, cluster_id: str, group_id: str, queue_id: str) -> None:
    print("Deleting queue, node group and cluster (in that order)...")
    delay = s.delay
    pcs.delete_queue(cluster_identifier=cluster_id, queue_identifier=queue_id)
    pcs.wait_until_queue_deleted(
        cluster_identifier=cluster_id, queue_identifier=queue_id, delay=delay
    )
    pcs.delete_compute_node_group(
        cluster_identifier=cluster_id, compute_node_group_identifier=group_id
    )
    pcs.wait_until_compute_node_group_deleted(
        cluster_identifier=cluster_id, compute_node_group_identifier=group_id, delay=delay
    )
    pcs.delete_cluster(cluster_identifier=cluster_id)
    pcs.wait_until_cluster_deleted(cluster_identifier=cluster_id, delay=delay)
    print("  all gone.")


def _progress(attempt: emrk.WaiterAttempt) -> None:
    if attempt.state is None and attempt.response is not None:
        print(f"  ...still waiting ({attempt.waiter}, poll {attempt.attempt})")


def _controller(cluster: Any) -> str:
    for endpoint in cluster.endpoints or []:
        if endpoint.type == "SLURMCTLD":
            return f"{endpoint.private_ip_address}:{endpoint.port}"
    return "(no endpoint yet)"


def _status(status: Any) -> str:
    return str(getattr(status, "value", status))


# -- the offline stand-in for PCS ---------------------------------------------------

_KINDS = {
    # kind in the operation name -> (body key, list key, name member in Create*)
    "Cluster": ("cluster", "clusters", "clusterName"),
    "ComputeNodeGroup": ("computeNodeGroup", "computeNodeGroups", "computeNodeGroupName"),
    "Queue": ("queue", "queues", "queueName"),
}
_SUMMARY_KEYS = ("name", "id", "arn", "clusterId", "createdAt", "modifiedAt", "status")
_NOT_ECHOED = {"clientToken", "tags", "clusterIdentifier"}


class OfflinePCS:
    """An in-memory PCS: enough of CreateX/GetX/ListXs/DeleteX for the walk-through.

    A resource reports ``CREATING`` on its first ``Get`` after creation and
    ``ACTIVE`` afterwards; after a delete it reports ``DELETING`` once and then
    ``ResourceNotFoundException``, as the real service does over minutes.
    """

    def __init__(self) -> None:
        self._resources: dict[str, dict[str, dict[str, Any]]] = {k: {} for k in _KINDS}
        self._ids = itertools.count(0x5A17C0DE01)
        self._request_ids = itertools.count(1)

    def handle(self, request: Any) -> tuple[int, dict[str, str], str]:
        """The ``responses`` callback: dispatch on ``X-Amz-Target``."""
        operation = request.headers["X-Amz-Target"].split(".", 1)[1]
        body = json.loads(request.body or b"{}")
        for verb in ("Create", "Get", "List", "Delete"):
            if operation.startswith(verb):
                kind = operation[len(verb) :].removesuffix("s")
                status, answer = getattr(self, f"_{verb.lower()}")(kind, body)
                headers = {"x-amzn-RequestId": f"offline-{next(self._request_ids)}"}
                return status, headers, json.dumps(answer)
        return 400, {}, json.dumps({"__type": "UnknownOperationException", "message": operation})

    def _create(self, kind: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        key, _, name_member = _KINDS[kind]
        ident = f"pcs_{next(self._ids):010x}"
        now = _now()
        resource = {k: v for k, v in body.items() if k not in _NOT_ECHOED | {name_member}}
        resource |= {"name": body[name_member], "id": ident, "status": "CREATING"}
        resource |= {"createdAt": now, "modifiedAt": now, "arn": self._arn(kind, ident, body)}
        if kind == "Cluster":
            resource["slurmConfiguration"] = {"scaleDownIdleTimeInSeconds": 600}
        else:
            resource["clusterId"] = self._find("Cluster", body["clusterIdentifier"])["id"]
        self._resources[kind][ident] = resource
        return 200, {key: resource}

    def _get(self, kind: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        key = _KINDS[kind][0]
        resource = self._find(kind, body[f"{key}Identifier"])
        if not resource:
            return 400, _not_found(kind, body[f"{key}Identifier"])
        shown = dict(resource)
        if resource["status"] == "CREATING":
            resource["status"] = "ACTIVE"
            if kind == "Cluster":
                endpoint = {"type": "SLURMCTLD", "privateIpAddress": "10.0.0.17", "port": "6817"}
                resource["endpoints"] = [endpoint]
        elif resource["status"] == "DELETING":
            del self._resources[kind][resource["id"]]
        return 200, {key: shown}

    def _list(self, kind: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        items = list(self._resources[kind].values())
        if kind != "Cluster":
            cluster = self._find("Cluster", body["clusterIdentifier"])
            items = [r for r in items if r["clusterId"] == cluster.get("id")]
        summaries = [{k: r[k] for k in _SUMMARY_KEYS if k in r} for r in items]
        return 200, {_KINDS[kind][1]: summaries}

    def _delete(self, kind: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        key = _KINDS[kind][0]
        resource = self._find(kind, body[f"{key}Identifier"])
        if not resource:
            return 400, _not_found(kind, body[f"{key}Identifier"])
        resource["status"] = "DELETING"
        return 200, {}

    def _find(self, kind: str, identifier: str) -> dict[str, Any]:
        for resource in self._resources[kind].values():
            if identifier in (resource["id"], resource["name"]):
                return resource
        return {}

    def _arn(self, kind: str, ident: str, body: dict[str, Any]) -> str:
        prefix = f"arn:aws:pcs:{OFFLINE_REGION}:{OFFLINE_ACCOUNT}:{kind.lower()}"
        if kind == "Cluster":
            return f"{prefix}/{ident}"
        return f"{prefix}/{self._find('Cluster', body['clusterIdentifier'])['id']}/{ident}"


def _not_found(kind: str, identifier: str) -> dict[str, Any]:
    return {
        "__type": "ResourceNotFoundException",
        "message": f"{kind} {identifier} not found",
        "resourceId": identifier,
        "resourceType": kind,
    }


def _now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@contextlib.contextmanager
def offline_pcs() -> Iterator[PCSClient]:
    """A real PCSClient whose HTTP traffic goes to :class:`OfflinePCS`."""
    session = emrk.Session(
        aws_access_key_id="AKIDOFFLINEEXAMPLE",
        aws_secret_access_key="offline-secret-not-a-real-key",
        region_name=OFFLINE_REGION,
    )
    fake = OfflinePCS()
    with responses.RequestsMock() as mock:
        mock.add_callback(
            responses.POST, f"https://pcs.{OFFLINE_REGION}.amazonaws.com/", callback=fake.handle
        )
        yield session.pcs()


# -- command line -------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    live = parser.add_argument_group("run against a real account (any of these turns it on)")
    live.add_argument("--region", help="AWS Region, e.g. us-east-1")
    live.add_argument("--profile", help="named profile from your AWS config")
    live.add_argument("--endpoint-url", help="send requests here instead of the PCS endpoint")
    need = parser.add_argument_group("resources to use (required with a real account)")
    need.add_argument("--subnet-id")
    need.add_argument("--security-group-id")
    need.add_argument("--instance-profile-arn")
    need.add_argument("--ami-id", help="an AMI built for PCS compute nodes")
    parser.add_argument("--cluster-name", default="emrk-quickstart")
    parser.add_argument("--instance-type", default="c6i.xlarge")
    parser.add_argument("--slurm-version", default="25.05")
    parser.add_argument(
        "--poll-seconds",
        type=float,
        help="seconds between status polls (default: each waiter's own pace)",
    )
    parser.add_argument("--keep", action="store_true", help="do not delete what was created")
    return parser


def _live_settings(args: argparse.Namespace, parser: argparse.ArgumentParser) -> Settings:
    required = ("subnet_id", "security_group_id", "instance_profile_arn", "ami_id")
    missing = ["--" + name.replace("_", "-") for name in required if not getattr(args, name)]
    if missing:
        parser.error(f"a real account needs {', '.join(missing)}")
    return Settings(
        cluster_name=args.cluster_name,
        subnet_id=args.subnet_id,
        security_group_id=args.security_group_id,
        instance_profile_arn=args.instance_profile_arn,
        ami_id=args.ami_id,
        instance_type=args.instance_type,
        slurm_version=args.slurm_version,
        delay=args.poll_seconds,
        keep=args.keep,
    )


def _offline_settings(args: argparse.Namespace) -> Settings:
    return Settings(
        cluster_name=args.cluster_name,
        subnet_id="subnet-0a1b2c3d4e5f60718",
        security_group_id="sg-0123456789abcdef0",
        instance_profile_arn=f"arn:aws:iam::{OFFLINE_ACCOUNT}:instance-profile/AWSPCS-nodes",
        ami_id="ami-0fedcba9876543210",
        instance_type=args.instance_type,
        slurm_version=args.slurm_version,
        delay=0,
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments, pick live or offline mode, run the walk-through."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        if args.region or args.profile or args.endpoint_url:
            settings = _live_settings(args, parser)
            session = emrk.Session(region_name=args.region, profile_name=args.profile)
            with session.pcs(endpoint_url=args.endpoint_url) as pcs:
                run(pcs, settings)
        else:
            print("Offline mode: answering PCS calls in memory (see --help for a real account).")
            with offline_pcs() as pcs:
                run(pcs, _offline_settings(args))
    except emrk.EmrkError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
