"""Amazon EMR: short-lived credentials for a cluster's endpoints, per runtime role.

A data platform that runs notebooks on EMR clusters with runtime roles asks
EMR for a username and password that act as a given IAM role, then uses them
against the cluster's HTTP endpoints (Livy, for example) until they expire.

Run as is, it works offline: the answers come from ``emrk.testing.Stubber``,
so the request and the parsing are emrk's real ones.

    python examples/emr_cluster_credentials.py

Against a real cluster:

    python examples/emr_cluster_credentials.py --region us-east-1 \\
        --cluster-id j-ABCDEFGHIJKLM --execution-role-arn arn:aws:iam::111122223333:role/analyst
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import sys
from collections.abc import Iterator, Sequence

import emrk
from emrk.emr import (
    Credentials,
    EMRClient,
    GetClusterSessionCredentialsResponse,
    InvalidRequestException,
    UsernamePassword,
)
from emrk.testing import Stubber

OFFLINE_CLUSTER = "j-2AXXXXXXGAPLF"
OFFLINE_ROLE = "arn:aws:iam::111122223333:role/analyst"


def fetch_livy_credentials(emr: EMRClient, cluster_id: str, role_arn: str) -> tuple[str, str]:
    """Username and password for the cluster's endpoints, acting as ``role_arn``."""
    answer = emr.get_cluster_session_credentials(cluster_id=cluster_id, execution_role_arn=role_arn)
    creds = answer.credentials.username_password if answer.credentials else None
    if creds is None or creds.username is None or creds.password is None:
        raise SystemExit("EMR answered without a username and password")
    expires = answer.expires_at.isoformat() if answer.expires_at else "unknown"
    print(f"credentials for {cluster_id} as {role_arn}: user {creds.username}, expire {expires}")
    print(f"the response prints safely: {answer!r}")
    return creds.username, creds.password


@contextlib.contextmanager
def _offline_answers(emr: EMRClient) -> Iterator[None]:
    expires = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=1)
    with Stubber(emr) as stub:
        stub.add_response(
            "get_cluster_session_credentials",
            GetClusterSessionCredentialsResponse(
                credentials=Credentials(
                    username_password=UsernamePassword(username="analyst", password="s3cr3t-pw")
                ),
                expires_at=expires.replace(microsecond=0),
            ),
            expected_params={"cluster_id": OFFLINE_CLUSTER, "execution_role_arn": OFFLINE_ROLE},
        )
        stub.add_client_error(
            "get_cluster_session_credentials",
            InvalidRequestException(
                "Cluster id 'j-NOPE' is not valid.", error_code="INVALID_CLUSTER_ID"
            ),
        )
        yield
        stub.assert_no_pending_responses()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--region", help="AWS region; setting it uses a real account")
    parser.add_argument("--profile", help="AWS profile; setting it uses a real account")
    parser.add_argument("--endpoint-url", help="send requests here (a real account or a proxy)")
    parser.add_argument("--cluster-id", default=OFFLINE_CLUSTER)
    parser.add_argument("--execution-role-arn", default=OFFLINE_ROLE)
    args = parser.parse_args(argv)
    online = bool(args.region or args.profile or args.endpoint_url)
    if online:
        session = emrk.Session(region_name=args.region, profile_name=args.profile)
    else:
        session = emrk.Session(
            aws_access_key_id="AKIDEXAMPLE",
            aws_secret_access_key="offline",
            region_name="us-east-1",
        )
    emr = session.emr(endpoint_url=args.endpoint_url)
    offline = contextlib.nullcontext() if online else _offline_answers(emr)
    with offline:
        fetch_livy_credentials(emr, args.cluster_id, args.execution_role_arn)
        if not online:
            try:
                emr.get_cluster_session_credentials(cluster_id="j-NOPE")
            except InvalidRequestException as exc:
                name = type(exc).__name__
                print(f"a bad cluster id raises {name} ({exc.error_code}): {exc.message}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
