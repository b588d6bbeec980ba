"""Offline unit tests of the EMR on EKS client (``responses``, no network).

Request shapes are compared with what botocore's own rest-json serializer
produces for the same input, so "right" means "what boto3 would send".
"""

from __future__ import annotations

import datetime
import json
import logging
import uuid
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

import botocore.session
import pytest
import responses
from botocore.serialize import create_serializer

import emrk
from emrk.emr_containers import (
    CloudWatchMonitoringConfiguration,
    Configuration,
    ConfigurationOverrides,
    ContainerInfo,
    ContainerLogRotationConfiguration,
    ContainerProvider,
    Credentials,
    DescribeJobRunResponse,
    EksInfo,
    EMRContainersClient,
    EMRContainersError,
    EndpointState,
    FailureReason,
    JobDriver,
    JobRunState,
    JobTemplateData,
    ManagedLogs,
    MonitoringConfiguration,
    ParametricConfigurationOverrides,
    ParametricMonitoringConfiguration,
    PersistentAppUI,
    ResourceNotFoundException,
    RetryPolicyConfiguration,
    S3MonitoringConfiguration,
    SchedulerConfiguration,
    SparkSqlJobDriver,
    SparkSubmitJobDriver,
    TemplateParameterConfiguration,
    TemplateParameterDataType,
    ValidationException,
    VirtualClusterState,
)

BASE = "https://emr-containers.us-east-1.amazonaws.com"
VC = "vc0123456789abcdefghijklm"
RUN = "run0123456789abcdef"
ROLE = "arn:aws:iam::123456789012:role/emr-on-eks-job"
VC_ARN = f"arn:aws:emr-containers:us-east-1:123456789012:/virtualclusters/{VC}"
VC_ARN_LABEL = quote(VC_ARN, safe="")  # an ARN travels as one percent-encoded path segment
SECRET_ARG = "--password=hunter2-secret"
SECRET_CONF = "--conf spark.hadoop.fs.s3a.secret.key=s3cr3t-value"
SECRET_PROP = "jdbc-password-value"


# -- fixtures and helpers -----------------------------------------------------


@pytest.fixture
def client(session: emrk.Session) -> Iterator[EMRContainersClient]:
    emr = EMRContainersClient(session=session, sleep=lambda _seconds: None)
    yield emr
    emr.close()


@pytest.fixture
def mock() -> Iterator[responses.RequestsMock]:
    with responses.RequestsMock() as rsps:
        yield rsps


def _botocore_request(operation: str, params: dict[str, Any]) -> dict[str, Any]:
    """What botocore's serializer makes of ``params`` for ``operation``."""
    service = botocore.session.get_session().get_service_model("emr-containers")
    serializer = create_serializer("rest-json", include_validation=False)
    serialized: dict[str, Any] = serializer.serialize_to_request(
        params, service.operation_model(operation)
    )
    return serialized


def _assert_same_request(sent: Any, expected: dict[str, Any]) -> None:
    """Method, path, query and JSON body of ``sent`` equal botocore's."""
    url = urlsplit(sent.url)
    assert sent.method == expected["method"]
    assert url.path == expected["url_path"]
    want_query = {
        k: [str(x) for x in (v if isinstance(v, list) else [v])]
        for k, v in expected["query_string"].items()
    }
    assert parse_qs(url.query) == want_query
    want_body = json.loads(expected["body"]) if expected["body"] else None
    got_body = json.loads(sent.body) if sent.body else None
    assert got_body == want_body


def _token(sent: Any) -> str:
    """The clientToken a captured request carried."""
    token: str = json.loads(sent.body)["clientToken"]
    return token


def _spark_driver() -> JobDriver:
    return JobDriver(
        spark_submit_job_driver=SparkSubmitJobDriver(
            entry_point="s3://my-bucket/jobs/etl.py",
            entry_point_arguments=["--date", "2024-06-01", SECRET_ARG],
            spark_submit_parameters=SECRET_CONF,
        )
    )


def _overrides() -> ConfigurationOverrides:
    return ConfigurationOverrides(
        application_configuration=[
            Configuration(
                classification="spark-defaults",
                properties={"spark.executor.memory": "4G", "spark.db.password": SECRET_PROP},
            ),
            Configuration(
                classification="spark-env",
                configurations=[
                    Configuration(classification="export", properties={"PYSPARK_PYTHON": "py3"})
                ],
            ),
        ],
        monitoring_configuration=MonitoringConfiguration(
            persistent_app_ui=PersistentAppUI.ENABLED,
            managed_logs=ManagedLogs(allow_aws_to_retain_logs="DISABLED"),
            cloud_watch_monitoring_configuration=CloudWatchMonitoringConfiguration(
                log_group_name="/emr-on-eks/etl", log_stream_name_prefix="daily"
            ),
            s3_monitoring_configuration=S3MonitoringConfiguration(log_uri="s3://my-bucket/logs/"),
            container_log_rotation_configuration=ContainerLogRotationConfiguration(
                rotation_size="2GB", max_files_to_keep=5
            ),
        ),
    )


_BOTOCORE_OVERRIDES = {
    "applicationConfiguration": [
        {
            "classification": "spark-defaults",
            "properties": {"spark.executor.memory": "4G", "spark.db.password": SECRET_PROP},
        },
        {
            "classification": "spark-env",
            "configurations": [
                {"classification": "export", "properties": {"PYSPARK_PYTHON": "py3"}}
            ],
        },
    ],
    "monitoringConfiguration": {
        "persistentAppUI": "ENABLED",
        "managedLogs": {"allowAWSToRetainLogs": "DISABLED"},
        "cloudWatchMonitoringConfiguration": {
            "logGroupName": "/emr-on-eks/etl",
            "logStreamNamePrefix": "daily",
        },
        "s3MonitoringConfiguration": {"logUri": "s3://my-bucket/logs/"},
        "containerLogRotationConfiguration": {"rotationSize": "2GB", "maxFilesToKeep": 5},
    },
}


def _started(mock: responses.RequestsMock) -> None:
    mock.add(
        "POST",
        f"{BASE}/virtualclusters/{VC}/jobruns",
        json={"id": RUN, "name": "etl", "virtualClusterId": VC, "arn": f"{VC_ARN}/jobruns/{RUN}"},
    )


# -- request shapes -----------------------------------------------------------


def test_start_job_run_matches_botocore_with_nested_overrides(
    client: EMRContainersClient, mock: responses.RequestsMock
) -> None:
    _started(mock)

    result = client.start_job_run(
        virtual_cluster_id=VC,
        name="etl",
        client_token="token-1",
        execution_role_arn=ROLE,
        release_label="emr-7.2.0-latest",
        job_driver=_spark_driver(),
        configuration_overrides=_overrides(),
        tags={"team": "data"},
        retry_policy_configuration=RetryPolicyConfiguration(max_attempts=3),
    )

    expected = _botocore_request(
        "StartJobRun",
        {
            "virtualClusterId": VC,
            "name": "etl",
            "clientToken": "token-1",
            "executionRoleArn": ROLE,
            "releaseLabel": "emr-7.2.0-latest",
            "jobDriver": {
                "sparkSubmitJobDriver": {
                    "entryPoint": "s3://my-bucket/jobs/etl.py",
                    "entryPointArguments": ["--date", "2024-06-01", SECRET_ARG],
                    "sparkSubmitParameters": SECRET_CONF,
                }
            },
            "configurationOverrides": _BOTOCORE_OVERRIDES,
            "tags": {"team": "data"},
            "retryPolicyConfiguration": {"maxAttempts": 3},
        },
    )
    _assert_same_request(mock.calls[0].request, expected)
    assert mock.calls[0].request.headers["Content-Type"] == "application/json"
    assert result.id == RUN
    assert result.response_metadata is not None
    assert result.response_metadata.http_status_code == 200


def test_start_job_run_from_a_template(
    client: EMRContainersClient, mock: responses.RequestsMock
) -> None:
    _started(mock)

    client.start_job_run(
        virtual_cluster_id=VC,
        client_token="token-2",
        job_template_id="tmpl01",
        job_template_parameters={"date": "2024-06-01"},
    )

    expected = _botocore_request(
        "StartJobRun",
        {
            "virtualClusterId": VC,
            "clientToken": "token-2",
            "jobTemplateId": "tmpl01",
            "jobTemplateParameters": {"date": "2024-06-01"},
        },
    )
    _assert_same_request(mock.calls[0].request, expected)


def test_list_job_runs_puts_lists_and_timestamps_in_the_query(
    client: EMRContainersClient, mock: responses.RequestsMock
) -> None:
    mock.add("GET", f"{BASE}/virtualclusters/{VC}/jobruns", json={"jobRuns": []})
    after = datetime.datetime(2024, 6, 1, 8, 30, tzinfo=datetime.timezone.utc)
    before = datetime.datetime(2024, 6, 2, 10, 0, 0, 250000, tzinfo=datetime.timezone.utc)

    client.list_job_runs(
        virtual_cluster_id=VC,
        created_after=after,
        created_before=before,
        name="etl",
        states=[JobRunState.RUNNING, "FAILED"],
        max_results=25,
        next_token="page-2",
    )

    expected = _botocore_request(
        "ListJobRuns",
        {
            "virtualClusterId": VC,
            "createdAfter": after,
            "createdBefore": before,
            "name": "etl",
            "states": ["RUNNING", "FAILED"],
            "maxResults": 25,
            "nextToken": "page-2",
        },
    )
    _assert_same_request(mock.calls[0].request, expected)
    query = parse_qs(urlsplit(str(mock.calls[0].request.url)).query)
    assert query["states"] == ["RUNNING", "FAILED"]
    assert query["createdAfter"] == ["2024-06-01T08:30:00Z"]


def test_list_virtual_clusters_query_matches_botocore(
    client: EMRContainersClient, mock: responses.RequestsMock
) -> None:
    mock.add("GET", f"{BASE}/virtualclusters", json={"virtualClusters": []})

    client.list_virtual_clusters(
        container_provider_id="prod-eks",
        container_provider_type="EKS",
        states=[VirtualClusterState.RUNNING, VirtualClusterState.ARRESTED],
        eks_access_entry_integrated=False,
    )

    expected = _botocore_request(
        "ListVirtualClusters",
        {
            "containerProviderId": "prod-eks",
            "containerProviderType": "EKS",
            "states": ["RUNNING", "ARRESTED"],
            "eksAccessEntryIntegrated": False,
        },
    )
    _assert_same_request(mock.calls[0].request, expected)


def test_create_virtual_cluster_matches_botocore(
    client: EMRContainersClient, mock: responses.RequestsMock
) -> None:
    mock.add("POST", f"{BASE}/virtualclusters", json={"id": VC, "name": "analytics"})

    client.create_virtual_cluster(
        name="analytics",
        client_token="token-3",
        container_provider=ContainerProvider(
            type="EKS",
            id="prod-eks",
            info=ContainerInfo(eks_info=EksInfo(namespace="spark-jobs", node_label="emr")),
        ),
        scheduler_configuration=SchedulerConfiguration(
            max_concurrent_job_runs=20, max_in_queue_job_runs=100
        ),
        session_enabled=True,
    )

    expected = _botocore_request(
        "CreateVirtualCluster",
        {
            "name": "analytics",
            "clientToken": "token-3",
            "containerProvider": {
                "type": "EKS",
                "id": "prod-eks",
                "info": {"eksInfo": {"namespace": "spark-jobs", "nodeLabel": "emr"}},
            },
            "schedulerConfiguration": {"maxConcurrentJobRuns": 20, "maxInQueueJobRuns": 100},
            "sessionEnabled": True,
        },
    )
    _assert_same_request(mock.calls[0].request, expected)


def test_tagging_requests_match_botocore(
    client: EMRContainersClient, mock: responses.RequestsMock
) -> None:
    mock.add("POST", f"{BASE}/tags/{VC_ARN_LABEL}", json={})
    mock.add("DELETE", f"{BASE}/tags/{VC_ARN_LABEL}", json={})
    mock.add("GET", f"{BASE}/tags/{VC_ARN_LABEL}", json={"tags": {"team": "data"}})

    client.tag_resource(resource_arn=VC_ARN, tags={"team": "data", "env": "prod"})
    client.untag_resource(resource_arn=VC_ARN, tag_keys=["env", "owner"])
    listed = client.list_tags_for_resource(resource_arn=VC_ARN)

    sent = [c.request for c in mock.calls]
    _assert_same_request(
        sent[0],
        _botocore_request(
            "TagResource", {"resourceArn": VC_ARN, "tags": {"team": "data", "env": "prod"}}
        ),
    )
    _assert_same_request(
        sent[1],
        _botocore_request("UntagResource", {"resourceArn": VC_ARN, "tagKeys": ["env", "owner"]}),
    )
    _assert_same_request(sent[2], _botocore_request("ListTagsForResource", {"resourceArn": VC_ARN}))
    assert listed.tags == {"team": "data"}


def test_create_job_template_matches_botocore(
    client: EMRContainersClient, mock: responses.RequestsMock
) -> None:
    mock.add(
        "POST", f"{BASE}/jobtemplates", json={"id": "tmpl01", "createdAt": "2024-06-01T08:00:00Z"}
    )

    created = client.create_job_template(
        name="daily-etl",
        client_token="token-4",
        job_template_data=JobTemplateData(
            execution_role_arn=ROLE,
            release_label="${Release}",
            job_driver=JobDriver(
                spark_sql_job_driver=SparkSqlJobDriver(entry_point="s3://b/q.sql")
            ),
            configuration_overrides=ParametricConfigurationOverrides(
                monitoring_configuration=ParametricMonitoringConfiguration(
                    persistent_app_ui="${AppUI}"
                )
            ),
            parameter_configuration={
                "Release": TemplateParameterConfiguration(
                    type=TemplateParameterDataType.STRING, default_value="emr-7.2.0-latest"
                ),
                "AppUI": TemplateParameterConfiguration(type="STRING", default_value="ENABLED"),
            },
            job_tags={"origin": "template"},
        ),
    )

    expected = _botocore_request(
        "CreateJobTemplate",
        {
            "name": "daily-etl",
            "clientToken": "token-4",
            "jobTemplateData": {
                "executionRoleArn": ROLE,
                "releaseLabel": "${Release}",
                "jobDriver": {"sparkSqlJobDriver": {"entryPoint": "s3://b/q.sql"}},
                "configurationOverrides": {
                    "monitoringConfiguration": {"persistentAppUI": "${AppUI}"}
                },
                "parameterConfiguration": {
                    "Release": {"type": "STRING", "defaultValue": "emr-7.2.0-latest"},
                    "AppUI": {"type": "STRING", "defaultValue": "ENABLED"},
                },
                "jobTags": {"origin": "template"},
            },
        },
    )
    _assert_same_request(mock.calls[0].request, expected)
    assert created.created_at == datetime.datetime(2024, 6, 1, 8, tzinfo=datetime.timezone.utc)


def test_managed_endpoint_requests_match_botocore(
    client: EMRContainersClient, mock: responses.RequestsMock
) -> None:
    mock.add("POST", f"{BASE}/virtualclusters/{VC}/endpoints", json={"id": "ep01"})
    mock.add(
        "POST",
        f"{BASE}/virtualclusters/{VC_ARN_LABEL}/endpoints/ep-arn/credentials",
        json={"id": "s1", "credentials": {"token": "tok"}, "expiresAt": "2024-06-01T09:00:00Z"},
    )

    client.create_managed_endpoint(
        name="studio",
        virtual_cluster_id=VC,
        type="JUPYTER_ENTERPRISE_GATEWAY",
        release_label="emr-7.2.0-latest",
        execution_role_arn=ROLE,
        client_token="token-5",
        session_idle_timeout_in_minutes=60,
    )
    client.get_managed_endpoint_session_credentials(
        endpoint_identifier="ep-arn",
        virtual_cluster_identifier=VC_ARN,
        execution_role_arn=ROLE,
        credential_type="TOKEN",
        duration_in_seconds=900,
        client_token="token-6",
    )

    _assert_same_request(
        mock.calls[0].request,
        _botocore_request(
            "CreateManagedEndpoint",
            {
                "name": "studio",
                "virtualClusterId": VC,
                "type": "JUPYTER_ENTERPRISE_GATEWAY",
                "releaseLabel": "emr-7.2.0-latest",
                "executionRoleArn": ROLE,
                "clientToken": "token-5",
                "sessionIdleTimeoutInMinutes": 60,
            },
        ),
    )
    _assert_same_request(
        mock.calls[1].request,
        _botocore_request(
            "GetManagedEndpointSessionCredentials",
            {
                "endpointIdentifier": "ep-arn",
                "virtualClusterIdentifier": VC_ARN,
                "executionRoleArn": ROLE,
                "credentialType": "TOKEN",
                "durationInSeconds": 900,
                "clientToken": "token-6",
            },
        ),
    )


# -- idempotency tokens -------------------------------------------------------


def test_idempotency_token_is_filled_and_reused_on_retry(
    client: EMRContainersClient, mock: responses.RequestsMock
) -> None:
    url = f"{BASE}/virtualclusters/{VC}/jobruns"
    mock.add("POST", url, status=500, json={"message": "try again"})
    mock.add("POST", url, status=503, body="Service Unavailable")
    _started(mock)

    client.start_job_run(virtual_cluster_id=VC, job_template_id="tmpl01")

    tokens = [_token(c.request) for c in mock.calls]
    assert len(tokens) == 3
    assert len(set(tokens)) == 1
    assert uuid.UUID(tokens[0]).version == 4


def test_each_call_gets_its_own_token(
    client: EMRContainersClient, mock: responses.RequestsMock
) -> None:
    _started(mock)
    _started(mock)

    client.start_job_run(virtual_cluster_id=VC, job_template_id="tmpl01")
    client.start_job_run(virtual_cluster_id=VC, job_template_id="tmpl01")

    first, second = (_token(c.request) for c in mock.calls)
    assert first != second


def test_every_token_member_is_filled(
    client: EMRContainersClient, mock: responses.RequestsMock
) -> None:
    mock.add("POST", f"{BASE}/virtualclusters", json={"id": VC})
    mock.add("PATCH", f"{BASE}/virtualclusters/{VC}", json={})

    client.create_virtual_cluster(
        name="vc", container_provider=ContainerProvider(type="EKS", id="eks")
    )
    client.update_virtual_cluster(id=VC)

    for call in mock.calls:
        assert uuid.UUID(_token(call.request)).version == 4


# -- validation ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "param"),
    [
        (
            lambda c: c.start_job_run(virtual_cluster_id="", job_template_id="t"),
            "virtual_cluster_id",
        ),
        (lambda c: c.start_job_run(virtual_cluster_id=VC, name="x" * 65), "name"),
        (
            lambda c: c.update_virtual_cluster(
                id=VC, scheduler_configuration=SchedulerConfiguration(max_concurrent_job_runs=0)
            ),
            "scheduler_configuration.max_concurrent_job_runs",
        ),
        (
            lambda c: c.list_job_runs(virtual_cluster_id=VC, states=["RUNNING"] * 11),
            "states",
        ),
    ],
)
def test_invalid_input_is_rejected_before_sending(
    client: EMRContainersClient, mock: responses.RequestsMock, call: Any, param: str
) -> None:
    with pytest.raises(emrk.ParamValidationError) as info:
        call(client)

    assert info.value.param == param
    assert len(mock.calls) == 0


# -- sensitive members --------------------------------------------------------


def test_spark_submit_driver_hides_its_sensitive_members() -> None:
    driver = _spark_driver().spark_submit_job_driver
    assert driver is not None

    shown = repr(driver) + str(driver)

    assert "etl.py" not in shown
    assert SECRET_ARG not in shown
    assert "2024-06-01" not in shown
    assert "s3cr3t" not in shown
    assert shown.count("***") == 6
    assert "entry_point=***" in repr(driver)
    assert "entry_point_arguments=***" in repr(driver)
    assert "spark_submit_parameters=***" in repr(driver)


def test_spark_sql_driver_and_configuration_properties_are_hidden() -> None:
    sql = SparkSqlJobDriver(entry_point="s3://b/secret.sql", spark_sql_parameters="--conf k=v")
    overrides = _overrides()

    assert "secret.sql" not in repr(sql)
    assert "k=v" not in repr(sql)
    assert SECRET_PROP not in repr(overrides)
    assert "4G" not in repr(overrides)
    assert "classification='spark-defaults'" in repr(overrides)
    assert "properties=***" in repr(overrides)


def test_credentials_token_is_hidden_in_a_parsed_response(
    client: EMRContainersClient, mock: responses.RequestsMock
) -> None:
    mock.add(
        "POST",
        f"{BASE}/virtualclusters/{VC}/endpoints/ep01/credentials",
        json={"id": "s1", "credentials": {"token": "very-secret-token"}},
    )

    result = client.get_managed_endpoint_session_credentials(
        endpoint_identifier="ep01",
        virtual_cluster_identifier=VC,
        execution_role_arn=ROLE,
        credential_type="TOKEN",
    )

    assert result.credentials is not None
    assert result.credentials.token == "very-secret-token"
    assert "very-secret-token" not in repr(result)
    assert "very-secret-token" not in str(result.credentials)
    assert "token=***" in repr(result)


def test_parsed_job_run_hides_driver_secrets(
    client: EMRContainersClient, mock: responses.RequestsMock
) -> None:
    mock.add(
        "GET",
        f"{BASE}/virtualclusters/{VC}/jobruns/{RUN}",
        json={
            "jobRun": {
                "id": RUN,
                "state": "RUNNING",
                "jobDriver": {
                    "sparkSubmitJobDriver": {
                        "entryPoint": "s3://b/etl.py",
                        "entryPointArguments": [SECRET_ARG],
                        "sparkSubmitParameters": SECRET_CONF,
                    }
                },
            }
        },
    )

    result = client.describe_job_run(id=RUN, virtual_cluster_id=VC)

    assert SECRET_ARG not in repr(result)
    assert "s3cr3t" not in repr(result)
    assert result.job_run is not None and result.job_run.job_driver is not None
    driver = result.job_run.job_driver.spark_submit_job_driver
    assert driver is not None and driver.entry_point_arguments == [SECRET_ARG]


def test_debug_log_of_a_request_hides_secrets(
    client: EMRContainersClient, mock: responses.RequestsMock, caplog: pytest.LogCaptureFixture
) -> None:
    _started(mock)

    with caplog.at_level(logging.DEBUG, logger="emrk"):
        client.start_job_run(
            virtual_cluster_id=VC,
            execution_role_arn=ROLE,
            release_label="emr-7.2.0-latest",
            job_driver=_spark_driver(),
            configuration_overrides=_overrides(),
        )

    assert caplog.records, "the client logs each attempt at DEBUG"
    assert SECRET_ARG not in caplog.text
    assert "s3cr3t" not in caplog.text
    assert SECRET_PROP not in caplog.text


# -- unions -------------------------------------------------------------------


@pytest.mark.parametrize("union", [ContainerInfo, Credentials])
def test_union_with_no_member_set_is_rejected(union: Any) -> None:
    """Both unions have a single member today, so "none set" is the only wrong way."""
    with pytest.raises(emrk.ParamValidationError, match="exactly one member, got 0"):
        union()


def test_union_with_one_member_is_fine() -> None:
    info = ContainerInfo(eks_info=EksInfo(namespace="jobs"))
    token = Credentials(token="t")

    assert info.eks_info == EksInfo(namespace="jobs")
    assert token.token == "t"


def test_unknown_union_variant_parses_with_every_member_none(
    client: EMRContainersClient, mock: responses.RequestsMock
) -> None:
    mock.add(
        "GET",
        f"{BASE}/virtualclusters/{VC}",
        json={
            "virtualCluster": {
                "id": VC,
                "state": "RUNNING",
                "containerProvider": {
                    "type": "EKS",
                    "id": "prod-eks",
                    "info": {"fargateInfo": {"profile": "p1"}},
                },
            }
        },
    )
    mock.add(
        "POST",
        f"{BASE}/virtualclusters/{VC}/endpoints/ep01/credentials",
        json={"id": "s1", "credentials": {"oidcToken": {"value": "x"}}},
    )

    cluster = client.describe_virtual_cluster(id=VC).virtual_cluster
    creds = client.get_managed_endpoint_session_credentials(
        endpoint_identifier="ep01",
        virtual_cluster_identifier=VC,
        execution_role_arn=ROLE,
        credential_type="TOKEN",
    ).credentials

    assert cluster is not None and cluster.container_provider is not None
    assert isinstance(cluster.container_provider.info, ContainerInfo)
    assert cluster.container_provider.info.eks_info is None
    assert isinstance(creds, Credentials)
    assert creds.token is None


# -- enums --------------------------------------------------------------------


def test_unknown_enum_values_in_a_response_are_kept_as_str(
    client: EMRContainersClient, mock: responses.RequestsMock
) -> None:
    mock.add(
        "GET",
        f"{BASE}/virtualclusters/{VC}/jobruns/{RUN}",
        json={"jobRun": {"id": RUN, "state": "PAUSED", "failureReason": "QUOTA_EXCEEDED"}},
    )
    mock.add(
        "GET",
        f"{BASE}/virtualclusters/{VC}/endpoints",
        json={"endpoints": [{"id": "e1", "state": "HIBERNATING"}, {"id": "e2", "state": "ACTIVE"}]},
    )

    run = client.describe_job_run(id=RUN, virtual_cluster_id=VC).job_run
    endpoints = client.list_managed_endpoints(virtual_cluster_id=VC).endpoints

    assert run is not None
    assert run.state == "PAUSED" and type(run.state) is str
    assert run.failure_reason == "QUOTA_EXCEEDED" and type(run.failure_reason) is str
    assert endpoints is not None
    assert endpoints[0].state == "HIBERNATING" and type(endpoints[0].state) is str
    assert endpoints[1].state is EndpointState.ACTIVE


def test_known_enum_values_come_back_as_members(
    client: EMRContainersClient, mock: responses.RequestsMock
) -> None:
    mock.add(
        "GET",
        f"{BASE}/virtualclusters/{VC}/jobruns/{RUN}",
        json={
            "jobRun": {
                "id": RUN,
                "state": "FAILED",
                "failureReason": "USER_ERROR",
                "createdAt": "2024-06-01T08:00:00Z",
                "finishedAt": 1717230000,
            }
        },
    )

    result = client.describe_job_run(id=RUN, virtual_cluster_id=VC)

    assert isinstance(result, DescribeJobRunResponse)
    run = result.job_run
    assert run is not None
    assert run.state is JobRunState.FAILED
    assert run.failure_reason is FailureReason.USER_ERROR
    assert run.created_at == datetime.datetime(2024, 6, 1, 8, tzinfo=datetime.timezone.utc)
    assert run.finished_at is not None and run.finished_at.tzinfo is datetime.timezone.utc


# -- errors -------------------------------------------------------------------


def test_typed_errors_carry_code_message_status_and_request_id(
    client: EMRContainersClient, mock: responses.RequestsMock
) -> None:
    mock.add(
        "GET",
        f"{BASE}/virtualclusters/{VC}/jobruns/{RUN}",
        status=404,
        headers={"x-amzn-ErrorType": "ResourceNotFoundException", "x-amzn-RequestId": "rid-1"},
        json={"message": f"Job run {RUN} doesn't exist."},
    )

    with pytest.raises(ResourceNotFoundException) as info:
        client.describe_job_run(id=RUN, virtual_cluster_id=VC)

    err = info.value
    assert isinstance(err, EMRContainersError)
    assert err.code == "ResourceNotFoundException"
    assert err.message == f"Job run {RUN} doesn't exist."
    assert err.status_code == 404
    assert err.request_id == "rid-1"


def test_validation_error_is_typed(
    client: EMRContainersClient, mock: responses.RequestsMock
) -> None:
    mock.add(
        "DELETE",
        f"{BASE}/virtualclusters/{VC}",
        status=400,
        json={"__type": "ValidationException", "message": "VirtualCluster does not exist"},
    )

    with pytest.raises(ValidationException, match="does not exist"):
        client.delete_virtual_cluster(id=VC)


def test_unknown_error_code_raises_the_service_base_class(
    client: EMRContainersClient, mock: responses.RequestsMock
) -> None:
    mock.add(
        "GET",
        f"{BASE}/virtualclusters/{VC}",
        status=409,
        headers={"x-amzn-ErrorType": "BrandNewConflictException"},
        json={"message": "something new"},
    )

    with pytest.raises(EMRContainersError) as info:
        client.describe_virtual_cluster(id=VC)

    assert type(info.value) is EMRContainersError
    assert info.value.code == "BrandNewConflictException"


def test_eks_throttling_is_retried(
    client: EMRContainersClient, mock: responses.RequestsMock
) -> None:
    throttled = {"x-amzn-ErrorType": "EKSRequestThrottledException"}
    mock.add(
        "POST", f"{BASE}/virtualclusters", status=400, headers=throttled, json={"message": "slow"}
    )
    mock.add("POST", f"{BASE}/virtualclusters", json={"id": VC})

    created = client.create_virtual_cluster(
        name="vc", container_provider=ContainerProvider(type="EKS", id="eks")
    )

    assert created.id == VC
    assert len(mock.calls) == 2
