"""First answers: short-lived programs, from a fresh interpreter to one result.

A Lambda function, a cron job or a CLI makes a handful of calls and exits, so
what it pays is the import, one client and the first call, all in one fresh
process. Two shapes are measured, for boto3 and emrk alike:

* **first call**: import the SDK, build one client with credentials and
  region from the environment (``AWS_ACCESS_KEY_ID``,
  ``AWS_SECRET_ACCESS_KEY``, ``AWS_DEFAULT_REGION``), make one call against
  the local server and check the parsed answer; for EKS DescribeCluster,
  EMR on EKS StartJobRun (a job with a Spark driver, configuration
  overrides and tags) and PCS GetCluster;
* **get-token**: what kubectl runs for every command that needs a token.
  emrk is ``python -m emrk eks get-token --cluster-name C --region R``; boto3
  is a script that mints the same token the way ``aws eks get-token`` does
  (``generate_presigned_url`` of ``GetCallerIdentity`` on an STS client, the
  ``x-k8s-aws-id`` header moved into the signed headers by the same two
  event handlers) and prints the same ``ExecCredential``. Once with keys in
  the environment, once with keys from the default profile of a shared
  credentials file.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import NamedTuple
from urllib.parse import parse_qsl, urlsplit

from tests.benchmarks import bodies
from tests.benchmarks.sdks import FAKE_KEY_ID, FAKE_SECRET, REGION

__all__ = ["FIRST_CALLS", "TOKENS", "Script", "check_token_output", "first_call_scripts"]

#: First-call workload -> the label of its row.
FIRST_CALLS = {
    "eks_first": "EKS client + 1 DescribeCluster",
    "emr_first": "EMR on EKS client + 1 StartJobRun",
    "pcs_first": "PCS client + 1 GetCluster",
}
#: get-token workload -> where its credentials come from.
TOKENS = {"token_env": "environment", "token_profile": "profile"}


class Script(NamedTuple):
    """A fresh-process program: interpreter arguments and what its environment adds."""

    argv: tuple[str, ...]
    env: dict[str, str]
    #: Whether the program ends by printing its peak RSS (only ``-c`` programs can).
    rss: bool = True
    #: For get-token programs: the output is an ExecCredential to check.
    token: bool = False


_EMRK_FIRST = {
    "eks_first": """\
import emrk
eks = emrk.Session().eks(endpoint_url={url!r})
assert eks.describe_cluster(name={cluster!r}).cluster.name == {cluster!r}
""",
    "emr_first": """\
import emrk
from emrk.emr_containers import (
    Configuration, ConfigurationOverrides, JobDriver, MonitoringConfiguration,
    S3MonitoringConfiguration, SparkSubmitJobDriver,
)
emr = emrk.Session().emr_containers(endpoint_url={url!r})
run = emr.start_job_run(
    virtual_cluster_id={vc!r},
    name="nightly-sessionize",
    execution_role_arn="arn:aws:iam::123456789012:role/emr-job-execution",
    release_label="emr-7.1.0-latest",
    job_driver=JobDriver(spark_submit_job_driver=SparkSubmitJobDriver(
        entry_point="s3://example-code/jobs/sessionize.py",
        entry_point_arguments=["--date", "2024-06-10"],
        spark_submit_parameters="--conf spark.executor.cores=4",
    )),
    configuration_overrides=ConfigurationOverrides(
        application_configuration=[Configuration(
            classification="spark-defaults", properties={{"spark.executor.instances": "20"}},
        )],
        monitoring_configuration=MonitoringConfiguration(
            persistent_app_ui="ENABLED",
            s3_monitoring_configuration=S3MonitoringConfiguration(log_uri="s3://example-logs/"),
        ),
    ),
    tags={{"pipeline": "sessionize"}},
)
assert run.id == {job!r}
""",
    "pcs_first": """\
import emrk
pcs = emrk.Session().pcs(endpoint_url={url!r})
assert pcs.get_cluster(cluster_identifier={pcs!r}).cluster.id == {pcs!r}
""",
}

_BOTO3_FIRST = {
    "eks_first": """\
import boto3
eks = boto3.session.Session().client("eks", endpoint_url={url!r})
assert eks.describe_cluster(name={cluster!r})["cluster"]["name"] == {cluster!r}
""",
    "emr_first": """\
import boto3
emr = boto3.session.Session().client("emr-containers", endpoint_url={url!r})
run = emr.start_job_run(
    virtualClusterId={vc!r},
    name="nightly-sessionize",
    executionRoleArn="arn:aws:iam::123456789012:role/emr-job-execution",
    releaseLabel="emr-7.1.0-latest",
    jobDriver={{"sparkSubmitJobDriver": {{
        "entryPoint": "s3://example-code/jobs/sessionize.py",
        "entryPointArguments": ["--date", "2024-06-10"],
        "sparkSubmitParameters": "--conf spark.executor.cores=4",
    }}}},
    configurationOverrides={{
        "applicationConfiguration": [{{
            "classification": "spark-defaults",
            "properties": {{"spark.executor.instances": "20"}},
        }}],
        "monitoringConfiguration": {{
            "persistentAppUI": "ENABLED",
            "s3MonitoringConfiguration": {{"logUri": "s3://example-logs/"}},
        }},
    }},
    tags={{"pipeline": "sessionize"}},
)
assert run["id"] == {job!r}
""",
    "pcs_first": """\
import boto3
pcs = boto3.session.Session().client("pcs", endpoint_url={url!r})
assert pcs.get_cluster(clusterIdentifier={pcs!r})["cluster"]["id"] == {pcs!r}
""",
}

# What ``aws eks get-token`` does (awscli/customizations/eks/get_token.py),
# with boto3's client in place of the CLI's session plumbing.
_BOTO3_TOKEN = """\
import base64, datetime, json
import boto3

def _retrieve_k8s_aws_id(params, context, **kwargs):
    if "x-k8s-aws-id" in params:
        context["x-k8s-aws-id"] = params.pop("x-k8s-aws-id")

def _inject_k8s_aws_id_header(request, **kwargs):
    if "x-k8s-aws-id" in request.context:
        request.headers["x-k8s-aws-id"] = request.context["x-k8s-aws-id"]

sts = boto3.session.Session().client("sts", region_name={region!r})
sts.meta.events.register(
    "provide-client-params.sts.GetCallerIdentity", _retrieve_k8s_aws_id
)
sts.meta.events.register("before-sign.sts.GetCallerIdentity", _inject_k8s_aws_id_header)
url = sts.generate_presigned_url(
    "get_caller_identity", Params={{"x-k8s-aws-id": {cluster!r}}}, ExpiresIn=60, HttpMethod="GET"
)
token = "k8s-aws-v1." + base64.urlsafe_b64encode(url.encode()).decode().rstrip("=")
expires = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(minutes=14)
print(json.dumps({{
    "kind": "ExecCredential",
    "apiVersion": "client.authentication.k8s.io/v1beta1",
    "spec": {{}},
    "status": {{"expirationTimestamp": expires.strftime("%Y-%m-%dT%H:%M:%SZ"), "token": token}},
}}, indent=4))
"""

_PROFILE = f"""\
[default]
aws_access_key_id = {FAKE_KEY_ID}
aws_secret_access_key = {FAKE_SECRET}
"""


def first_call_scripts(url: str, scratch: Path) -> dict[str, Script]:
    """Every first-call and get-token program, named ``<workload>:<sdk>``.

    ``scratch`` is a directory for the shared credentials file of the
    profile case.
    """
    values = {
        "url": url,
        "cluster": bodies.CLUSTER_NAME,
        "vc": bodies.VIRTUAL_CLUSTER_ID,
        "job": bodies.JOB_RUN_ID,
        "pcs": bodies.PCS_CLUSTER_ID,
        "region": REGION,
    }
    env_keys = {
        "AWS_ACCESS_KEY_ID": FAKE_KEY_ID,
        "AWS_SECRET_ACCESS_KEY": FAKE_SECRET,
        "AWS_DEFAULT_REGION": REGION,
    }
    credentials = scratch / "credentials"
    credentials.write_text(_PROFILE, encoding="utf-8")
    profile = {"AWS_SHARED_CREDENTIALS_FILE": str(credentials)}
    scripts: dict[str, Script] = {}
    for workload in FIRST_CALLS:
        for sdk, sources in (("boto3", _BOTO3_FIRST), ("emrk", _EMRK_FIRST)):
            code = sources[workload].format(**values)
            scripts[f"{workload}:{sdk}"] = Script(("-c", code), env_keys)
    emrk_token = ("-m", "emrk", "eks", "get-token", "--cluster-name", bodies.CLUSTER_NAME)
    emrk_token += ("--region", REGION)
    boto3_token = ("-c", _BOTO3_TOKEN.format(**values))
    for workload, env in (("token_env", env_keys), ("token_profile", profile)):
        scripts[f"{workload}:boto3"] = Script(boto3_token, env, rss=False, token=True)
        scripts[f"{workload}:emrk"] = Script(emrk_token, env, rss=False, token=True)
    return scripts


def check_token_output(name: str, stdout: str) -> dict[str, str]:
    """The signed parameters of the token a get-token program printed.

    Fails loudly unless the output is an ExecCredential whose token is a
    presigned ``GetCallerIdentity`` URL for the right cluster, region and key.
    """
    document = json.loads(stdout)
    token = document["status"]["token"]
    if document.get("kind") != "ExecCredential" or not token.startswith("k8s-aws-v1."):
        raise RuntimeError(f"{name}: not an ExecCredential with an EKS token:\n{stdout}")
    encoded = token[len("k8s-aws-v1.") :]
    url = base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)).decode()
    parts = urlsplit(url)
    params = dict(parse_qsl(parts.query))
    expected = {
        "Action": "GetCallerIdentity",
        "X-Amz-SignedHeaders": "host;x-k8s-aws-id",
        "X-Amz-Expires": "60",
    }
    wrong = {k: params.get(k) for k, v in expected.items() if params.get(k) != v}
    credential = params.get("X-Amz-Credential", "")
    if (
        wrong
        or parts.netloc != f"sts.{REGION}.amazonaws.com"
        or not credential.startswith(f"{FAKE_KEY_ID}/")
    ):
        raise RuntimeError(f"{name}: unexpected token URL {url} ({wrong})")
    return {k: v for k, v in params.items() if k not in ("X-Amz-Date", "X-Amz-Signature")}
