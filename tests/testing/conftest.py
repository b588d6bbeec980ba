"""Clients for the Stubber tests: one per protocol, with sleeping recorded, not done."""

from __future__ import annotations

import pytest

import emrk
from emrk.eks import EKSClient
from emrk.emr import EMRClient
from emrk.emr_containers import EMRContainersClient
from emrk.pcs import PCSClient


class SleepRecorder:
    """Stands in for ``time.sleep`` so waiter tests never wait."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


@pytest.fixture
def sleeps() -> SleepRecorder:
    """What the clients below would have slept."""
    return SleepRecorder()


@pytest.fixture
def eks(session: emrk.Session, sleeps: SleepRecorder) -> EKSClient:
    """A rest-json client."""
    return EKSClient(session=session, sleep=sleeps)


@pytest.fixture
def pcs(session: emrk.Session, sleeps: SleepRecorder) -> PCSClient:
    """An awsJson 1.0 client."""
    return PCSClient(session=session, sleep=sleeps)


@pytest.fixture
def emr(session: emrk.Session, sleeps: SleepRecorder) -> EMRClient:
    """An awsJson 1.1 client."""
    return EMRClient(session=session, sleep=sleeps)


@pytest.fixture
def emr_containers(session: emrk.Session, sleeps: SleepRecorder) -> EMRContainersClient:
    """The rest-json EMR on EKS client."""
    return EMRContainersClient(session=session, sleep=sleeps)
