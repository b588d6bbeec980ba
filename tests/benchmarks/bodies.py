"""Canned response bodies shaped like what the real services send.

The sizes and shapes matter more than the values: a DescribeCluster answer of
about 2.2 KB with the long certificate-authority blob, a job run with its
configuration overrides, a PCS cluster with its Slurm settings and endpoints,
and ListClusters pages of 100 names chained by opaque tokens. Every body
parses cleanly in both SDKs (the benchmark checks that before timing).
"""

from __future__ import annotations

import base64
import json
from typing import Any

__all__ = [
    "CLUSTER_NAME",
    "JOB_RUN_ID",
    "PAGE_SIZE",
    "PCS_CLUSTER_ID",
    "PCS_TARGET",
    "VIRTUAL_CLUSTER_ID",
    "cluster_name",
    "describe_cluster",
    "describe_job_run",
    "list_clusters_page",
    "offset_of",
    "pcs_get_cluster",
    "start_job_run",
    "token_for",
]

ACCOUNT = "123456789012"
REGION = "us-east-1"
CLUSTER_NAME = "analytics-prod"
VIRTUAL_CLUSTER_ID = "kx5wn0f3pqm8b7v2zq1y9r4t6"
JOB_RUN_ID = "0000000338e8lcmbm4v"
PCS_CLUSTER_ID = "pcs_a1b2c3d4e5"
PCS_TARGET = "AWSParallelComputingService.GetCluster"
#: Names per ListClusters page (the service's default and maximum page size).
PAGE_SIZE = 100

# A certificate-authority blob (base64 of a PEM), sized so the whole answer is ~2.2 KB.
_CA_DATA = base64.b64encode(
    b"-----BEGIN CERTIFICATE-----\n"
    + (bytes(range(256)) * 3)[:525]
    + b"\n-----END CERTIFICATE-----\n"
).decode("ascii")
_TOKEN_FILLER = "eyJ2IjoyLCJjIjoiZWtzIiwiciI6InVzLWVhc3QtMSJ9"


def _encode(document: dict[str, Any]) -> bytes:
    return json.dumps(document, separators=(",", ":")).encode("utf-8")


def _describe_cluster() -> bytes:
    arn = f"arn:aws:eks:{REGION}:{ACCOUNT}:cluster/{CLUSTER_NAME}"
    return _encode(
        {
            "cluster": {
                "name": CLUSTER_NAME,
                "arn": arn,
                "createdAt": 1718041162.516,
                "version": "1.30",
                "endpoint": "https://4F1E3A9C2B7D8E6F0A1B2C3D4E5F6A7B.gr7.us-east-1.eks.amazonaws.com",
                "roleArn": f"arn:aws:iam::{ACCOUNT}:role/eks-cluster-role",
                "resourcesVpcConfig": {
                    "subnetIds": [
                        "subnet-0a1b2c3d4e5f60718",
                        "subnet-0b2c3d4e5f6071829",
                        "subnet-0c3d4e5f607182930",
                    ],
                    "securityGroupIds": ["sg-0123456789abcdef0"],
                    "clusterSecurityGroupId": "sg-0fedcba9876543210",
                    "vpcId": "vpc-0a1b2c3d4e5f67890",
                    "endpointPublicAccess": True,
                    "endpointPrivateAccess": True,
                    "publicAccessCidrs": ["203.0.113.0/24"],
                },
                "kubernetesNetworkConfig": {
                    "serviceIpv4Cidr": "172.20.0.0/16",
                    "ipFamily": "ipv4",
                    "elasticLoadBalancing": {"enabled": False},
                },
                "logging": {
                    "clusterLogging": [
                        {"types": ["api", "audit", "authenticator"], "enabled": True},
                        {"types": ["controllerManager", "scheduler"], "enabled": False},
                    ]
                },
                "identity": {
                    "oidc": {
                        "issuer": "https://oidc.eks.us-east-1.amazonaws.com/id/"
                        "4F1E3A9C2B7D8E6F0A1B2C3D4E5F6A7B"
                    }
                },
                "status": "ACTIVE",
                "certificateAuthority": {"data": _CA_DATA},
                "platformVersion": "eks.8",
                "tags": {"team": "data-platform", "env": "prod", "cost-center": "4711"},
                "encryptionConfig": [
                    {
                        "resources": ["secrets"],
                        "provider": {
                            "keyArn": f"arn:aws:kms:{REGION}:{ACCOUNT}:key/"
                            "1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d"
                        },
                    }
                ],
                "health": {"issues": []},
                "accessConfig": {"authenticationMode": "API_AND_CONFIG_MAP"},
                "upgradePolicy": {"supportType": "STANDARD"},
            }
        }
    )


def _describe_job_run() -> bytes:
    vc = VIRTUAL_CLUSTER_ID
    return _encode(
        {
            "jobRun": {
                "id": JOB_RUN_ID,
                "name": "nightly-sessionize",
                "virtualClusterId": vc,
                "arn": f"arn:aws:emr-containers:{REGION}:{ACCOUNT}:/virtualclusters/{vc}"
                f"/jobruns/{JOB_RUN_ID}",
                "state": "COMPLETED",
                "clientToken": "3f1c9a2e-8b7d-4e6f-9a0b-1c2d3e4f5a6b",
                "executionRoleArn": f"arn:aws:iam::{ACCOUNT}:role/emr-job-execution",
                "releaseLabel": "emr-7.1.0-latest",
                "configurationOverrides": {
                    "applicationConfiguration": [
                        {
                            "classification": "spark-defaults",
                            "properties": {
                                "spark.executor.instances": "20",
                                "spark.executor.memory": "8G",
                                "spark.dynamicAllocation.enabled": "false",
                            },
                        }
                    ],
                    "monitoringConfiguration": {
                        "persistentAppUI": "ENABLED",
                        "cloudWatchMonitoringConfiguration": {
                            "logGroupName": "/emr-on-eks/analytics",
                            "logStreamNamePrefix": "nightly",
                        },
                        "s3MonitoringConfiguration": {"logUri": "s3://example-logs/emr/"},
                    },
                },
                "jobDriver": {
                    "sparkSubmitJobDriver": {
                        "entryPoint": "s3://example-code/jobs/sessionize.py",
                        "entryPointArguments": ["--date", "2024-06-10", "--output", "s3://out/"],
                        "sparkSubmitParameters": "--conf spark.executor.cores=4",
                    }
                },
                "createdAt": "2024-06-10T02:00:04Z",
                "createdBy": f"arn:aws:sts::{ACCOUNT}:assumed-role/scheduler/airflow",
                "finishedAt": "2024-06-10T02:41:57Z",
                "stateDetails": "JobRun completed successfully. It ran for 41 Minutes 53 Seconds",
                "tags": {"pipeline": "sessionize", "owner": "analytics"},
                "retryPolicyConfiguration": {"maxAttempts": 3},
                "retryPolicyExecution": {"currentAttemptCount": 1},
            }
        }
    )


def _pcs_get_cluster() -> bytes:
    return _encode(
        {
            "cluster": {
                "name": "hpc-research",
                "id": PCS_CLUSTER_ID,
                "arn": f"arn:aws:pcs:{REGION}:{ACCOUNT}:cluster/{PCS_CLUSTER_ID}",
                "status": "ACTIVE",
                "createdAt": "2024-05-02T09:14:21Z",
                "modifiedAt": "2024-06-01T16:03:45Z",
                "scheduler": {"type": "SLURM", "version": "24.05"},
                "size": "SMALL",
                "slurmConfiguration": {
                    "scaleDownIdleTimeInSeconds": 600,
                    "slurmCustomSettings": [
                        {"parameterName": "MaxJobCount", "parameterValue": "20000"},
                        {"parameterName": "KillWait", "parameterValue": "30"},
                    ],
                    "authKey": {
                        "secretArn": f"arn:aws:secretsmanager:{REGION}:{ACCOUNT}:secret:"
                        "pcs!slurm-secret-pcs_a1b2c3d4e5-AbCdEf",
                        "secretVersion": "a1b2c3d4-5678-90ab-cdef-EXAMPLE11111",
                    },
                },
                "networking": {
                    "subnetIds": ["subnet-0a1b2c3d4e5f60718"],
                    "securityGroupIds": ["sg-0123456789abcdef0", "sg-0fedcba9876543210"],
                    "networkType": "IPV4",
                },
                "endpoints": [
                    {"type": "SLURMCTLD", "privateIpAddress": "10.3.149.220", "port": "6817"}
                ],
                "errorInfo": [],
            }
        }
    )


def _start_job_run() -> bytes:
    vc = VIRTUAL_CLUSTER_ID
    return _encode(
        {
            "id": JOB_RUN_ID,
            "name": "nightly-sessionize",
            "arn": f"arn:aws:emr-containers:{REGION}:{ACCOUNT}:/virtualclusters/{vc}"
            f"/jobruns/{JOB_RUN_ID}",
            "virtualClusterId": vc,
        }
    )


DESCRIBE_CLUSTER = _describe_cluster()
DESCRIBE_JOB_RUN = _describe_job_run()
PCS_GET_CLUSTER = _pcs_get_cluster()
START_JOB_RUN = _start_job_run()


def describe_cluster() -> bytes:
    """EKS DescribeCluster for ``CLUSTER_NAME`` (about 2.2 KB)."""
    return DESCRIBE_CLUSTER


def describe_job_run() -> bytes:
    """EMR on EKS DescribeJobRun for a completed Spark job."""
    return DESCRIBE_JOB_RUN


def pcs_get_cluster() -> bytes:
    """PCS GetCluster for an active Slurm cluster."""
    return PCS_GET_CLUSTER


def start_job_run() -> bytes:
    """EMR on EKS StartJobRun: the id, name and ARN of the new job run."""
    return START_JOB_RUN


def cluster_name(index: int) -> str:
    """The name of the ``index``-th cluster in a listing."""
    return f"analytics-{index:05d}-eks"


def token_for(offset: int) -> str:
    """An opaque-looking next token that resumes the listing at ``offset``."""
    raw = f"{offset}|{_TOKEN_FILLER}".encode("ascii")
    return base64.urlsafe_b64encode(raw).decode("ascii")


def offset_of(token: str | None) -> int:
    """The listing offset a token stands for (0 for no token or a token we did not issue)."""
    if not token:
        return 0
    try:
        return int(base64.urlsafe_b64decode(token.encode("ascii")).split(b"|", 1)[0])
    except ValueError:
        return 0


def list_clusters_page(offset: int, total: int, page_size: int = PAGE_SIZE) -> bytes:
    """One ListClusters page, generated on demand so no listing is held in memory."""
    end = min(offset + page_size, total)
    page: dict[str, Any] = {"clusters": [cluster_name(i) for i in range(offset, end)]}
    if end < total:
        page["nextToken"] = token_for(end)
    return _encode(page)
