"""The cluster's shared Slurm secret never leaks through repr, str or logs."""

from __future__ import annotations

import logging

import pytest

from emrk.pcs import (
    Endpoint,
    EndpointType,
    PCSClient,
    RegisterComputeNodeGroupInstanceResponse,
)

from . import fakes
from .fakes import FakePCS

REGISTER_ANSWER = {
    "nodeID": "c6i-workers-1",
    "sharedSecret": fakes.SHARED_SECRET,
    "endpoints": [{"type": "SLURMCTLD", "privateIpAddress": "10.0.1.23", "port": "6817"}],
    "clusterName": fakes.CLUSTER_NAME,
    "computeNodeGroupId": fakes.NODE_GROUP_ID,
    "computeNodeGroupName": fakes.NODE_GROUP_NAME,
    "schedulerVersion": "25.05",
}


def _register(pcs: PCSClient, fake: FakePCS) -> RegisterComputeNodeGroupInstanceResponse:
    fake.reply("RegisterComputeNodeGroupInstance", REGISTER_ANSWER)
    return pcs.register_compute_node_group_instance(
        cluster_identifier=fakes.CLUSTER_ID, bootstrap_id="i-0abc1234def567890"
    )


def test_secret_is_usable_but_hidden_from_repr_and_str(pcs: PCSClient, fake: FakePCS) -> None:
    response = _register(pcs, fake)

    assert response.shared_secret == fakes.SHARED_SECRET
    for text in (repr(response), str(response), f"{response}", repr([response])):
        assert fakes.SHARED_SECRET not in text
        assert "shared_secret=***" in text
    assert "node_id='c6i-workers-1'" in repr(response)


def test_secret_stays_out_of_debug_logs(
    pcs: PCSClient, fake: FakePCS, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG):
        response = _register(pcs, fake)
        logging.getLogger("test").debug("registered: %s / %r", response, response)

    assert caplog.records, "debug logging should have produced records"
    assert fakes.SHARED_SECRET not in caplog.text


def test_secret_stays_out_of_a_model_built_by_hand() -> None:
    response = RegisterComputeNodeGroupInstanceResponse(
        node_id="n1",
        shared_secret="hunter2-munge-key",
        endpoints=[
            Endpoint(type=EndpointType.SLURMCTLD, private_ip_address="10.0.0.5", port="6817")
        ],
    )

    assert "hunter2" not in repr(response)
    assert "***" in repr(response)


def test_equal_responses_compare_equal_without_showing_the_secret() -> None:
    a = RegisterComputeNodeGroupInstanceResponse(node_id="n", shared_secret="s1", endpoints=[])
    b = RegisterComputeNodeGroupInstanceResponse(node_id="n", shared_secret="s2", endpoints=[])

    assert a != b
    assert repr(a) == repr(b)
