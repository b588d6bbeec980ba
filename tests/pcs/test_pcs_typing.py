"""User code type-checks against emrk.pcs and emrk.emr under ``mypy --strict``."""

from __future__ import annotations

import textwrap
from pathlib import Path

import mypy.api as mypy_api
import pytest

ROOT = Path(__file__).resolve().parents[2]
#: mypy on a loaded machine may take longer than the suite's 60 s default.
pytestmark = pytest.mark.timeout(180)

GOOD = """
    import datetime

    import emrk
    from emrk.emr import EMRClient, InvalidRequestException
    from emrk.pcs import (
        ClusterStatus,
        ClusterSummary,
        GetClusterResponse,
        NetworkingRequest,
        PCSClient,
        SchedulerRequest,
        Size,
        ThrottlingException,
    )

    def create(pcs: PCSClient) -> ClusterStatus | str | None:
        created = pcs.create_cluster(
            cluster_name="genomics",
            scheduler=SchedulerRequest(type="SLURM", version="25.05"),
            size=Size.SMALL,
            networking=NetworkingRequest(subnet_ids=["subnet-1"]),
        )
        return created.cluster.status if created.cluster else None

    def names(pcs: PCSClient) -> list[str]:
        summaries: list[ClusterSummary] = list(pcs.paginate_list_clusters(max_results=10))
        return [s.name for s in summaries]

    def wait(pcs: PCSClient) -> GetClusterResponse | None:
        pcs.wait_until_cluster_active(cluster_identifier="genomics", delay=1.5)
        return pcs.wait_until_cluster_deleted(cluster_identifier="genomics", max_attempts=3)

    def backoff(exc: ThrottlingException) -> int:
        return exc.retry_after_seconds or 1

    def expiry(emr: EMRClient) -> datetime.datetime | None:
        try:
            return emr.get_cluster_session_credentials(cluster_id="j-1").expires_at
        except InvalidRequestException as exc:
            print(exc.error_code)
            return None

    session = emrk.Session(region_name="us-east-1")
    clients: tuple[PCSClient, EMRClient] = (session.pcs(), session.emr())
"""

BAD = """
    from emrk.pcs import PCSClient, SchedulerRequest

    def create(pcs: PCSClient) -> None:
        pcs.create_cluster(cluster_name="x", scheduler=SchedulerRequest(type="SLURM"))
        pcs.get_cluster(cluster_identifier=42)
"""


def _mypy(tmp_path: Path, source: str) -> tuple[str, int]:
    path = tmp_path / "user_code.py"
    path.write_text(textwrap.dedent(source))
    out, err, status = mypy_api.run(
        [
            "--strict",
            "--no-incremental",
            "--python-version",
            "3.10",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            str(path),
        ]
    )
    return out + err, status


def test_typical_user_code_type_checks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    output, status = _mypy(tmp_path, GOOD)
    assert status == 0, output


def test_mistakes_are_caught(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    output, status = _mypy(tmp_path, BAD)
    assert status == 1
    assert 'Missing named argument "version"' in output
    assert 'Missing named argument "size"' in output
    assert 'Missing named argument "networking"' in output
    assert 'Argument "cluster_identifier" to "get_cluster"' in output
