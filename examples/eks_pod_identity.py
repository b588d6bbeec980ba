"""Amazon EKS Auth: trade a pod's service-account token for AWS credentials.

This is what the EKS Pod Identity agent does for every pod: it sends the
pod's projected service-account token to EKS Auth, which answers with
temporary credentials for the IAM role associated with that service account.
A custom agent, a sidecar or a test harness can do the same with emrk.

Run as is, it works offline: the answer comes from ``emrk.testing.Stubber``.

    python examples/eks_pod_identity.py

Inside a pod on a real cluster (the token file is mounted by EKS):

    python examples/eks_pod_identity.py --region us-west-2 --cluster-name prod \\
        --token-file /var/run/secrets/pods.eks.amazonaws.com/serviceaccount/eks-pod-identity-token
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import emrk
from emrk.eks_auth import (
    AssumedRoleUser,
    AssumeRoleForPodIdentityResponse,
    Credentials,
    EKSAuthClient,
    ExpiredTokenException,
    PodIdentityAssociation,
    Subject,
)
from emrk.testing import ANY, Stubber

OFFLINE_TOKEN = "eyJhbGciOiJSUzI1NiJ9.offline-demo-token.signature"


def credentials_for_pod(auth: EKSAuthClient, cluster_name: str, token: str) -> emrk.Credentials:
    """The pod's AWS credentials, as an ``emrk.Credentials`` ready for a Session."""
    answer = auth.assume_role_for_pod_identity(cluster_name=cluster_name, token=token)
    print(
        f"pod {answer.subject.namespace}/{answer.subject.service_account} "
        f"acts as {answer.assumed_role_user.arn}"
    )
    print(f"credentials expire at {answer.credentials.expiration.isoformat()}")
    print(f"the response prints safely: {answer!r}")
    c = answer.credentials
    return emrk.Credentials(c.access_key_id, c.secret_access_key, c.session_token)


@contextlib.contextmanager
def _offline_answers(auth: EKSAuthClient) -> Iterator[None]:
    expires = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=6)
    with Stubber(auth) as stub:
        stub.add_response(
            "assume_role_for_pod_identity",
            AssumeRoleForPodIdentityResponse(
                subject=Subject(namespace="analytics", service_account="spark-driver"),
                audience="pods.eks.amazonaws.com",
                pod_identity_association=PodIdentityAssociation(
                    association_arn="arn:aws:eks:us-east-1:111122223333:podidentityassociation/prod/a-abcdefghijklmnop1",
                    association_id="a-abcdefghijklmnop1",
                ),
                assumed_role_user=AssumedRoleUser(
                    arn="arn:aws:sts::111122223333:assumed-role/spark-driver/eks-prod-spark-dri",
                    assume_role_id="AROAEXAMPLEID:eks-prod-spark-dri",
                ),
                credentials=Credentials(
                    session_token="offline-session-token",
                    secret_access_key="offline-secret-key",
                    access_key_id="ASIAOFFLINEEXAMPLE01",
                    expiration=expires.replace(microsecond=0),
                ),
            ),
            expected_params={"cluster_name": "prod", "token": ANY},
        )
        stub.add_client_error(
            "assume_role_for_pod_identity", ExpiredTokenException("The token has expired.")
        )
        yield
        stub.assert_no_pending_responses()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--region", help="AWS region; setting it uses a real cluster")
    parser.add_argument("--endpoint-url", help="send requests here instead")
    parser.add_argument("--cluster-name", default="prod")
    parser.add_argument("--token-file", type=Path, help="the pod's service-account token file")
    args = parser.parse_args(argv)
    online = bool(args.region or args.endpoint_url)
    # EKS Auth needs no AWS credentials of its own: the token is the proof. The
    # request is still signed, so give the session placeholder keys offline.
    session = (
        emrk.Session(region_name=args.region)
        if online
        else emrk.Session(
            aws_access_key_id="AKIDEXAMPLE",
            aws_secret_access_key="offline",
            region_name="us-east-1",
        )
    )
    auth = session.eks_auth(endpoint_url=args.endpoint_url)
    token = args.token_file.read_text().strip() if args.token_file else OFFLINE_TOKEN
    with contextlib.nullcontext() if online else _offline_answers(auth):
        creds = credentials_for_pod(auth, args.cluster_name, token)
        pod_session = emrk.Session(
            aws_access_key_id=creds.access_key,
            aws_secret_access_key=creds.secret_key,
            aws_session_token=creds.token,
        )
        print(f"usable as a session: {pod_session!r}")
        if not online:
            try:
                auth.assume_role_for_pod_identity(cluster_name="prod", token="stale")
            except ExpiredTokenException as exc:
                print(f"an expired token raises {type(exc).__name__}: {exc.message}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
