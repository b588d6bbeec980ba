"""The ``python -m emrk`` command line.

Two commands, for people who reach EKS clusters with kubectl:

``python -m emrk eks get-token --cluster-name NAME [--region R] [--role-arn ARN]``
    prints a Kubernetes ``ExecCredential`` with a fresh token, in the same
    shape as ``aws eks get-token``, so a kubeconfig ``exec`` user can run emrk
    instead of the AWS CLI. kubectl runs it whenever its token nears expiry,
    so it loads only what signing needs: not the EKS client, PyYAML or
    ``requests``, and not botocore when the keys are in the environment
    (signing is local; only ``--role-arn`` makes a call).

``python -m emrk eks update-kubeconfig --name NAME [--kubeconfig PATH] ...``
    describes the cluster and merges a context for it into a kubeconfig, like
    ``aws eks update-kubeconfig``.

Both take the same connection options: ``--region``, ``--profile``,
``--role-arn`` and ``--endpoint-url``. The endpoint is the one of the call
the command makes: EKS ``DescribeCluster`` for ``update-kubeconfig``, STS
``AssumeRole`` for ``get-token --role-arn`` (without ``--role-arn`` it makes
no call; the token always names the real STS host, the only one a cluster
accepts).

Exit status: 0 on success, 1 when emrk or AWS reports an error (the message
goes to stderr), 2 for a usage error.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO, cast

from emrk._version import __version__
from emrk.core.errors import EmrkError

if TYPE_CHECKING:
    import argparse

    from emrk.core.session import BaseSession

__all__ = ["main"]

#: The options of ``get-token`` that take a value, as ``_add_get_token`` declares them.
_GET_TOKEN_OPTIONS = (
    "--cluster-name",
    "--cluster-id",
    "--region",
    "--profile",
    "--role-arn",
    "--endpoint-url",
    "--session-name",
)


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); returns the exit status."""
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    words = list(sys.argv[1:] if argv is None else argv)
    args = _get_token_args(words) or _parser().parse_args(words)
    try:
        return int(args.run(args, out, err))
    except EmrkError as exc:
        err.write(f"emrk: error: {exc}\n")
        return 1


def _get_token_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """``argv`` read without argparse, when it is a plain ``eks get-token`` command line.

    kubectl runs ``get-token`` for every command that needs a fresh token,
    and importing argparse and building the parser is a noticeable share of
    such a run. A command line made of ``eks get-token`` and the command's
    own ``--option value`` (or ``--option=value``) pairs, each given once,
    with exactly one of ``--cluster-name`` and ``--cluster-id``, is read
    here, into the namespace argparse would build. Anything else (help,
    abbreviated options, a separate value starting with ``-``, a ``--``
    value, repeated or unknown options, usage errors) returns ``None`` and
    goes to argparse;
    ``tests/k8s/test_cli.py`` checks the two agree wherever this answers.
    """
    if len(argv) < 2 or argv[0] != "eks" or argv[1] != "get-token":
        return None
    values: dict[str, str] = {}
    rest = list(argv[2:])
    while rest:
        name, equals, value = rest.pop(0).partition("=")
        if not equals:
            if not rest or rest[0].startswith("-"):
                return None
            value = rest.pop(0)
        if name not in _GET_TOKEN_OPTIONS or name in values or value == "--":
            return None  # (argparse drops a "--" value, even after "=")
        values[name] = value
    if ("--cluster-name" in values) == ("--cluster-id" in values):
        return None
    import types

    found = {name[2:].replace("-", "_"): values.get(name) for name in _GET_TOKEN_OPTIONS}
    namespace = types.SimpleNamespace(
        service="eks", command="get-token", **found, run=_run_get_token
    )
    return cast("argparse.Namespace", namespace)


def _parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m emrk", description="emrk command line helpers for Amazon EKS."
    )
    parser.add_argument("--version", action="version", version=f"emrk {__version__}")
    services = parser.add_subparsers(dest="service", required=True, metavar="SERVICE")
    eks = services.add_parser("eks", help="Amazon EKS helpers")
    commands = eks.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_get_token(commands)
    _add_update_kubeconfig(commands)
    return parser


def _add_common(parser: argparse.ArgumentParser, endpoint_help: str) -> None:
    parser.add_argument("--region", help="AWS region of the cluster (default: your AWS config)")
    parser.add_argument("--profile", help="AWS profile to take credentials from")
    parser.add_argument("--role-arn", help="IAM role to assume before signing tokens")
    parser.add_argument("--endpoint-url", help=endpoint_help)


def _add_get_token(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "get-token",
        help="print an ExecCredential with a token for a cluster's Kubernetes API",
        description="Print a Kubernetes ExecCredential holding a token for an EKS cluster.",
    )
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--cluster-name", help="name of the EKS cluster")
    which.add_argument("--cluster-id", help="id of a local EKS cluster on AWS Outposts")
    _add_common(
        parser,
        "STS endpoint for the AssumeRole call of --role-arn (the token always names the "
        "real STS host)",
    )
    parser.add_argument(
        "--session-name", help="role session name with --role-arn (default: EKSGetTokenAuth)"
    )
    parser.set_defaults(run=_run_get_token)


def _add_update_kubeconfig(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "update-kubeconfig",
        help="add or update a kubeconfig context for a cluster",
        description="Describe an EKS cluster and merge a context for it into a kubeconfig.",
    )
    parser.add_argument("--name", required=True, help="name of the EKS cluster")
    _add_common(parser, "EKS endpoint to describe the cluster with (default: from the region)")
    parser.add_argument(
        "--kubeconfig", help="file to update (default: from KUBECONFIG, else ~/.kube/config)"
    )
    parser.add_argument("--alias", help="context name (default: the cluster ARN)")
    parser.add_argument("--user-alias", help="user name (default: the cluster ARN)")
    parser.add_argument(
        "--dry-run", action="store_true", help="print the merged kubeconfig instead of writing it"
    )
    parser.set_defaults(run=_run_update_kubeconfig)


def _session(args: argparse.Namespace) -> BaseSession:
    from emrk.core.session import BaseSession

    return BaseSession(region_name=args.region, profile_name=args.profile)


def _run_get_token(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from emrk._sts.k8s_token import exec_api_version, get_token

    api_version, warning = exec_api_version()
    if warning:
        err.write(warning + "\n")
    token = get_token(
        args.cluster_name,
        cluster_id=args.cluster_id,
        session=_session(args),
        region_name=args.region,
        role_arn=args.role_arn,
        role_session_name=args.session_name,
        sts_endpoint_url=args.endpoint_url,
    )
    out.write(json.dumps(token.exec_credential(api_version), indent=4) + "\n")
    return 0


def _run_update_kubeconfig(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from emrk.eks import EKSClient

    with EKSClient(
        session=_session(args), region_name=args.region, endpoint_url=args.endpoint_url
    ) as eks:
        document = eks.build_kubeconfig(
            args.name,
            role_arn=args.role_arn,
            alias=args.alias,
            user_alias=args.user_alias,
        )
    if args.dry_run:
        out.write(document.render(args.kubeconfig))
        return 0
    path = document.write(args.kubeconfig)
    out.write(f"Wrote context {document.context_name} to {path}\n")
    return 0
