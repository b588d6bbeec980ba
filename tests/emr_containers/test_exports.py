"""The package's public names: complete, in sync, documented, and matching botocore's model."""

from __future__ import annotations

import enum
import gzip
import inspect
import json
from pathlib import Path
from typing import Any

import botocore
from botocore import xform_name

import emrk.emr_containers as pkg
from emrk.core.errors import ServiceError
from emrk.emr_containers import EMRContainersClient, errors, models


def _botocore_model() -> dict[str, Any]:
    root = Path(botocore.__file__).parent / "data" / "emr-containers"
    version = sorted(p for p in root.iterdir() if p.is_dir())[-1]
    with gzip.open(version / "service-2.json.gz") as fh:
        loaded: dict[str, Any] = json.load(fh)
    return loaded


def test_all_is_the_client_plus_errors_plus_models() -> None:
    expected = ["EMRContainersClient", "AsyncEMRContainersClient", *errors.__all__, *models.__all__]
    assert sorted(pkg.__all__) == sorted(expected)
    assert len(pkg.__all__) == len(set(pkg.__all__))


def test_every_submodule_name_is_re_exported() -> None:
    from emrk.emr_containers.models import (
        common,
        job_run,
        job_template,
        managed_endpoint,
        security_configuration,
        tags,
        virtual_cluster,
    )

    submodules = (common, job_run, job_template, managed_endpoint, security_configuration, tags)
    names = [n for m in (*submodules, virtual_cluster) for n in m.__all__]
    assert sorted(models.__all__) == sorted(names)
    for name in pkg.__all__:
        assert getattr(pkg, name) is not None


def test_every_public_name_has_a_real_docstring() -> None:
    for name in pkg.__all__:
        obj = getattr(pkg, name)
        if not inspect.isclass(obj):
            continue
        doc = inspect.getdoc(obj) or ""
        assert doc and not doc.startswith("DOC:"), name


def test_every_client_method_has_a_real_docstring() -> None:
    for name, fn in inspect.getmembers(EMRContainersClient, inspect.isfunction):
        if name.startswith("_"):
            continue
        doc = inspect.getdoc(fn) or ""
        assert doc and "DOC:" not in doc, name


def test_one_method_per_botocore_operation() -> None:
    operations = _botocore_model()["operations"]
    for op in operations:
        method = xform_name(op)
        assert callable(getattr(EMRContainersClient, method, None)), method
        assert hasattr(pkg, f"{op}Request") and hasattr(pkg, f"{op}Response"), op
    assert len(operations) == 25


def test_one_class_per_botocore_shape_enum_and_error() -> None:
    """Every error, enum and structure of botocore 1.44.5's model: 5, 9 and 40."""
    shapes = _botocore_model()["shapes"]
    checked = {"error": 0, "enum": 0, "structure": 0}
    for name, shape in shapes.items():
        if shape.get("exception"):
            assert issubclass(getattr(errors, name), ServiceError), name
            checked["error"] += 1
        elif "enum" in shape:
            cls = getattr(pkg, name)
            assert issubclass(cls, enum.Enum), name
            assert sorted(m.value for m in cls) == sorted(shape["enum"]), name
            checked["enum"] += 1
        elif shape["type"] == "structure" and not name.endswith(("Request", "Response")):
            assert hasattr(pkg, name), name
            checked["structure"] += 1
    assert checked == {"error": 5, "enum": 9, "structure": 40}


def test_paginators_exist_for_every_botocore_paginator() -> None:
    """One paginate_ method per botocore paginator (5 in botocore 1.44.5), and no other."""
    root = Path(botocore.__file__).parent / "data" / "emr-containers"
    version = sorted(p for p in root.iterdir() if p.is_dir())[-1]
    paginated = json.loads((version / "paginators-1.json").read_text())["pagination"]
    expected = {f"paginate_{xform_name(op)}" for op in paginated}
    assert len(expected) == 5
    methods = {name for name in dir(EMRContainersClient) if name.startswith("paginate_")}
    assert methods == expected
    assert all(callable(getattr(EMRContainersClient, name)) for name in methods)


def test_the_extra_waiters_from_the_api_contract_exist() -> None:
    for name in (
        "wait_until_job_run_completed",
        "wait_until_virtual_cluster_running",
        "wait_until_virtual_cluster_deleted",
        "wait_until_managed_endpoint_active",
        "wait_until_managed_endpoint_deleted",
    ):
        params = inspect.signature(getattr(EMRContainersClient, name)).parameters
        assert {"delay", "max_attempts", "on_attempt"} <= set(params), name
        assert all(
            p.kind is inspect.Parameter.KEYWORD_ONLY for n, p in params.items() if n != "self"
        )
