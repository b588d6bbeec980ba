"""Create an EKS cluster and a managed node group, wait for both, look around, clean up.

By default the script runs against moto's server, which it starts itself on
127.0.0.1 with fake credentials, so it costs nothing and needs no AWS account:

    python examples/eks_quickstart.py

Against a real account (this creates billable resources and takes 15 to 25
minutes; everything is deleted at the end unless ``--keep`` is given):

    python examples/eks_quickstart.py --region us-west-2 --profile dev \\
        --role-arn arn:aws:iam::111122223333:role/eksClusterRole \\
        --node-role-arn arn:aws:iam::111122223333:role/eksNodeRole \\
        --subnet-ids subnet-0a1b2c3d subnet-4e5f6a7b

Any of ``--endpoint-url``, ``--profile``, ``--role-arn`` or ``--subnet-ids``
means "not moto": the script then never starts a local server.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from collections.abc import Iterator

import emrk
from emrk.eks import (
    EKSClient,
    NodegroupScalingConfig,
    ResourceInUseException,
    ResourceNotFoundException,
    VpcConfigRequest,
)

FAKE_ACCOUNT = "123456789012"
FAKE_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
FAKE_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--endpoint-url", help="send requests here instead of the AWS endpoint")
    parser.add_argument("--region", default="us-east-1", help="AWS region (default: us-east-1)")
    parser.add_argument("--profile", help="profile from your AWS config files")
    parser.add_argument("--role-arn", help="IAM role the EKS control plane assumes")
    parser.add_argument("--node-role-arn", help="IAM role of the worker nodes")
    parser.add_argument("--subnet-ids", nargs="+", help="at least two subnets in different AZs")
    parser.add_argument("--cluster-name", default="emrk-quickstart")
    parser.add_argument("--kubernetes-version", help="for example 1.31 (default: the latest)")
    parser.add_argument("--keep", action="store_true", help="leave the cluster running")
    args = parser.parse_args(argv)
    args.use_moto = not (args.endpoint_url or args.profile or args.role_arn or args.subnet_ids)
    if args.use_moto:
        args.role_arn = f"arn:aws:iam::{FAKE_ACCOUNT}:role/eksClusterRole"
        args.node_role_arn = f"arn:aws:iam::{FAKE_ACCOUNT}:role/eksNodeRole"
        args.subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
    elif not (args.role_arn and args.subnet_ids):
        parser.error("--role-arn and --subnet-ids are needed outside moto")
    args.node_role_arn = args.node_role_arn or args.role_arn
    return args


@contextlib.contextmanager
def moto_server() -> Iterator[str]:
    """Start moto's server on a free loopback port; yield its URL."""
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # no access log on stderr
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    try:
        host, port = server.get_host_and_port()
        yield f"http://{host}:{port}"
    finally:
        server.stop()


def progress(attempt: emrk.WaiterAttempt) -> None:
    """Print one line per poll so a long wait does not look like a hang."""
    state = attempt.state or "still waiting"
    print(f"    {attempt.waiter}: poll {attempt.attempt}/{attempt.max_attempts}: {state}")


def create_cluster(eks: EKSClient, args: argparse.Namespace) -> str:
    print(f"Creating cluster {args.cluster_name} ...")
    created = eks.create_cluster(
        name=args.cluster_name,
        role_arn=args.role_arn,
        version=args.kubernetes_version,
        resources_vpc_config=VpcConfigRequest(
            subnet_ids=args.subnet_ids, endpoint_public_access=True
        ),
        tags={"created-by": "emrk-quickstart"},
    )
    assert created.cluster is not None and created.cluster.arn is not None
    return created.cluster.arn


def wait_for_cluster(eks: EKSClient, args: argparse.Namespace) -> None:
    print("Waiting for the control plane (several minutes on AWS) ...")
    active = eks.wait_until_cluster_active(name=args.cluster_name, on_attempt=progress)
    assert active.cluster is not None
    cluster = active.cluster
    print(f"  {cluster.arn} is {cluster.status}, Kubernetes {cluster.version}")


def add_nodegroup(eks: EKSClient, args: argparse.Namespace, name: str) -> None:
    print(f"Adding managed node group {name} ...")
    eks.create_nodegroup(
        cluster_name=args.cluster_name,
        nodegroup_name=name,
        node_role=args.node_role_arn,
        subnets=args.subnet_ids,
        instance_types=["t3.medium"],
        scaling_config=NodegroupScalingConfig(min_size=1, max_size=2, desired_size=1),
        labels={"pool": name},
    )
    ready = eks.wait_until_nodegroup_active(
        cluster_name=args.cluster_name, nodegroup_name=name, on_attempt=progress
    )
    assert ready.nodegroup is not None
    print(f"  {name} is {ready.nodegroup.status} with {ready.nodegroup.instance_types}")


def look_around(eks: EKSClient, args: argparse.Namespace, arn: str) -> None:
    print("Clusters in this region:")
    for name in eks.paginate_list_clusters(max_results=10):
        print(f"  - {name}")
    print(f"Node groups of {args.cluster_name}, one page at a time:")
    for page in eks.paginate_list_nodegroups(cluster_name=args.cluster_name, max_results=1).pages():
        print(f"  page: {page.nodegroups}")
    cluster = eks.describe_cluster(name=args.cluster_name).cluster
    assert cluster is not None
    print(f"API server endpoint: {cluster.endpoint}")
    eks.tag_resource(resource_arn=arn, tags={"team": "data-platform"})
    print(f"Tags now: {eks.list_tags_for_resource(resource_arn=arn).tags}")


def clean_up(eks: EKSClient, args: argparse.Namespace, nodegroups: list[str]) -> None:
    print("Cleaning up ...")
    for name in nodegroups:
        with contextlib.suppress(ResourceNotFoundException):
            eks.delete_nodegroup(cluster_name=args.cluster_name, nodegroup_name=name)
            eks.wait_until_nodegroup_deleted(
                cluster_name=args.cluster_name, nodegroup_name=name, on_attempt=progress
            )
    with contextlib.suppress(ResourceNotFoundException):
        eks.delete_cluster(name=args.cluster_name)
        eks.wait_until_cluster_deleted(name=args.cluster_name, on_attempt=progress)
    print("  done")


def run(eks: EKSClient, args: argparse.Namespace) -> None:
    arn = create_cluster(eks, args)  # if this fails there is nothing of ours to delete
    nodegroups: list[str] = []
    try:
        wait_for_cluster(eks, args)
        nodegroups.append("general")
        add_nodegroup(eks, args, "general")
        look_around(eks, args, arn)
    finally:
        if not args.keep:
            clean_up(eks, args, nodegroups)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        if args.use_moto:
            with moto_server() as url:
                print(f"Using moto's server at {url} (fake credentials, nothing is billed)")
                session = emrk.Session(
                    aws_access_key_id=FAKE_KEY_ID,
                    aws_secret_access_key=FAKE_SECRET,
                    region_name=args.region,
                )
                with session.eks(endpoint_url=url) as eks:
                    run(eks, args)
        else:
            session = emrk.Session(profile_name=args.profile, region_name=args.region)
            with session.eks(endpoint_url=args.endpoint_url) as eks:
                run(eks, args)
    except ResourceInUseException as exc:
        print(f"error: {args.cluster_name} already exists or is busy: {exc}", file=sys.stderr)
        return 1
    except emrk.EmrkError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
