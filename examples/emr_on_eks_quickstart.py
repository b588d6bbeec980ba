"""EMR on EKS quickstart: register a namespace, submit a Spark job, follow it.

By default the script needs no AWS account: it starts moto's server on
127.0.0.1 (a free port), uses fake credentials, and runs the whole tour
there in a few seconds::

    python examples/emr_on_eks_quickstart.py

Against a real account, name what already exists and where; the script never
starts moto then::

    python examples/emr_on_eks_quickstart.py --region eu-west-1 --profile data \\
        --virtual-cluster-id abcdefghijklmno1234567890 \\
        --execution-role-arn arn:aws:iam::123456789012:role/emr-on-eks-job

Without ``--virtual-cluster-id`` it registers ``--eks-cluster``/``--namespace``
as a new virtual cluster and deletes it again at the end. The job it submits
is cancelled right away, so a real run costs next to nothing.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
import uuid
from collections.abc import Iterator, Sequence

import emrk
from emrk.emr_containers import (
    CloudWatchMonitoringConfiguration,
    Configuration,
    ConfigurationOverrides,
    ContainerInfo,
    ContainerProvider,
    DescribeJobRunResponse,
    EksInfo,
    EMRContainersClient,
    EMRContainersError,
    JobDriver,
    JobRun,
    JobRunState,
    MonitoringConfiguration,
    SparkSubmitJobDriver,
    ValidationException,
)

FAKE_ROLE = "arn:aws:iam::123456789012:role/emr-on-eks-job"
JOB_COUNT = 3


def main(argv: Sequence[str] | None = None) -> int:
    """Run the tour; return the process exit code."""
    args = _parse_args(argv)
    real = _targets_real_account(args)
    if real and not args.execution_role_arn:
        print("--execution-role-arn is required against a real account", file=sys.stderr)
        return 2
    with _endpoint(real, args.endpoint_url) as endpoint_url:
        session = _session(real, args)
        with session.emr_containers(endpoint_url=endpoint_url) as emr:
            try:
                _tour(emr, args, offline=not real)
            except (EMRContainersError, emrk.WaiterError) as exc:
                print(f"\nfailed: {exc}", file=sys.stderr)
                return 1
    return 0


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    real = parser.add_argument_group("real account (any of these turns the local moto server off)")
    real.add_argument("--endpoint-url", help="send requests here instead of the AWS endpoint")
    real.add_argument("--region", help="AWS region, e.g. eu-west-1")
    real.add_argument("--profile", help="profile from your AWS config files")
    real.add_argument("--virtual-cluster-id", help="submit to this existing virtual cluster")
    real.add_argument("--execution-role-arn", help="IAM role the Spark job runs as")
    job = parser.add_argument_group("job and cluster")
    job.add_argument("--eks-cluster", default="analytics-eks", help="EKS cluster to register")
    job.add_argument("--namespace", default=None, help="namespace to register (default: random)")
    job.add_argument("--release-label", default="emr-7.2.0-latest")
    job.add_argument(
        "--entry-point", default="local:///usr/lib/spark/examples/src/main/python/pi.py"
    )
    return parser.parse_args(argv)


def _targets_real_account(args: argparse.Namespace) -> bool:
    flags = (
        args.endpoint_url,
        args.region,
        args.profile,
        args.virtual_cluster_id,
        args.execution_role_arn,
    )
    return any(flag is not None for flag in flags)


@contextlib.contextmanager
def _endpoint(real: bool, endpoint_url: str | None) -> Iterator[str | None]:
    """Yield the endpoint to use: the given one, or a moto server we start and stop."""
    if real:
        yield endpoint_url
        return
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # no access log on the console
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    try:
        host, port = server.get_host_and_port()
        print(f"Started a local moto server on http://{host}:{port} (fake credentials)\n")
        yield f"http://{host}:{port}"
    finally:
        server.stop()


def _session(real: bool, args: argparse.Namespace) -> emrk.Session:
    if real:
        return emrk.Session(region_name=args.region, profile_name=args.profile)
    return emrk.Session(
        aws_access_key_id="AKIDQUICKSTARTFAKE01",
        aws_secret_access_key="quickstart-fake-secret-key-not-real-000000",
        region_name="us-east-1",
    )


def _tour(emr: EMRContainersClient, args: argparse.Namespace, *, offline: bool) -> None:
    created = args.virtual_cluster_id is None
    cluster_id = args.virtual_cluster_id or _create_cluster(emr, args)
    role = args.execution_role_arn or FAKE_ROLE
    delay = 0 if offline else 10

    run_ids = [_submit(emr, cluster_id, role, args, n) for n in range(JOB_COUNT)]
    _list_runs(emr, cluster_id)
    _describe(emr, cluster_id, run_ids[0])
    print()
    for run_id in run_ids:
        _cancel(emr, cluster_id, run_id)
    print("\nWaiting for the first job run to finish...")
    _wait_for(emr, cluster_id, run_ids[0], delay)
    if created:
        _delete_cluster(emr, cluster_id, delay)


def _create_cluster(emr: EMRContainersClient, args: argparse.Namespace) -> str:
    namespace = args.namespace or f"spark-{uuid.uuid4().hex[:8]}"
    response = emr.create_virtual_cluster(
        name=f"quickstart-{namespace}",
        container_provider=ContainerProvider(
            type="EKS",
            id=args.eks_cluster,
            info=ContainerInfo(eks_info=EksInfo(namespace=namespace)),
        ),
        tags={"created-by": "emrk-quickstart"},
    )
    assert response.id is not None
    cluster = emr.wait_until_virtual_cluster_running(id=response.id).virtual_cluster
    state = cluster.state if cluster else "?"
    print(f"Virtual cluster {response.id} on {args.eks_cluster}/{namespace}: {state}")
    return response.id


def _submit(
    emr: EMRContainersClient, cluster_id: str, role: str, args: argparse.Namespace, n: int
) -> str:
    response = emr.start_job_run(
        virtual_cluster_id=cluster_id,
        name=f"spark-pi-{n}",
        execution_role_arn=role,
        release_label=args.release_label,
        job_driver=JobDriver(
            spark_submit_job_driver=SparkSubmitJobDriver(
                entry_point=args.entry_point,
                entry_point_arguments=["100"],
                spark_submit_parameters="--conf spark.executor.instances=2",
            )
        ),
        configuration_overrides=ConfigurationOverrides(
            application_configuration=[
                Configuration(
                    classification="spark-defaults",
                    properties={"spark.dynamicAllocation.enabled": "false"},
                )
            ],
            monitoring_configuration=MonitoringConfiguration(
                cloud_watch_monitoring_configuration=CloudWatchMonitoringConfiguration(
                    log_group_name="/emr-on-eks/quickstart", log_stream_name_prefix="spark-pi"
                )
            ),
        ),
        tags={"created-by": "emrk-quickstart"},
    )
    assert response.id is not None
    print(f"Submitted job run {response.id} ({response.name})")
    return response.id


def _list_runs(emr: EMRContainersClient, cluster_id: str) -> None:
    print("\nJob runs, two per page:")
    paginator = emr.paginate_list_job_runs(virtual_cluster_id=cluster_id, max_results=2)
    for number, page in enumerate(paginator.pages(), start=1):
        for run in page.job_runs or []:
            print(f"  page {number}  {_row(run)}")


def _row(run: JobRun) -> str:
    created = run.created_at.isoformat(timespec="seconds") if run.created_at else "-"
    return f"{run.id}  {run.name or '-':<12} {run.state or '-':<10} created {created}"


def _describe(emr: EMRContainersClient, cluster_id: str, run_id: str) -> None:
    run = emr.describe_job_run(id=run_id, virtual_cluster_id=cluster_id).job_run
    assert run is not None
    print(f"\nDescribed {run_id}:")
    print(f"  state          {run.state}")
    print(f"  release        {run.release_label}")
    print(f"  execution role {run.execution_role_arn}")
    print(f"  driver         {run.job_driver}")  # entry point and arguments print as ***


def _cancel(emr: EMRContainersClient, cluster_id: str, run_id: str) -> None:
    try:
        emr.cancel_job_run(id=run_id, virtual_cluster_id=cluster_id)
    except ValidationException as exc:  # it already ended: nothing to cancel
        print(f"Not cancelled {run_id}: {exc.message}")
        return
    print(f"Cancelled job run {run_id}")


def _wait_for(emr: EMRContainersClient, cluster_id: str, run_id: str, delay: float) -> None:
    try:
        done = emr.wait_until_job_run_completed(
            id=run_id, virtual_cluster_id=cluster_id, delay=delay, max_attempts=30
        )
    except emrk.WaiterError as exc:
        # The waiter stops on CANCELLED, a failure state for it; here that is what we asked for.
        last = exc.last_response
        run = last.job_run if isinstance(last, DescribeJobRunResponse) else None
        if run is None or run.state != JobRunState.CANCELLED:
            print(f"  did not complete: {exc.reason}")
            return
        print(f'  cancelled, as requested above; state details: "{run.state_details}"')
        if run.finished_at is not None:
            print(f"  finished at {run.finished_at.isoformat(timespec='seconds')}")
        return
    print(f"  completed at {done.job_run.finished_at if done.job_run else '?'}")


def _delete_cluster(emr: EMRContainersClient, cluster_id: str, delay: float) -> None:
    emr.delete_virtual_cluster(id=cluster_id)
    gone = emr.wait_until_virtual_cluster_deleted(id=cluster_id, delay=delay)
    state = "gone"
    if gone is not None and gone.virtual_cluster is not None:
        state = str(gone.virtual_cluster.state)
    print(f"\nDeleted virtual cluster {cluster_id}: {state}")


if __name__ == "__main__":
    sys.exit(main())
