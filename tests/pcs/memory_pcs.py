"""An in-memory AWS PCS for the example's live-mode test, served over real HTTP.

It used to be the offline mode of ``examples/pcs_quickstart.py``, which now
uses ``emrk.testing.Stubber``. Stateful, unlike the scripted ``FakePCS``:
enough of ``Create*``/``Get*``/``List*``/``Delete*`` for the walk-through.
"""

from __future__ import annotations

import datetime
import itertools
import json
from typing import Any

REGION = "us-east-1"
ACCOUNT = "111122223333"

_KINDS = {
    # kind in the operation name -> (body key, list key, name member in Create*)
    "Cluster": ("cluster", "clusters", "clusterName"),
    "ComputeNodeGroup": ("computeNodeGroup", "computeNodeGroups", "computeNodeGroupName"),
    "Queue": ("queue", "queues", "queueName"),
}
_SUMMARY_KEYS = ("name", "id", "arn", "clusterId", "createdAt", "modifiedAt", "status")
_NOT_ECHOED = {"clientToken", "tags", "clusterIdentifier"}


class InMemoryPCS:
    """An in-memory PCS: enough of CreateX/GetX/ListXs/DeleteX for the walk-through.

    A resource reports ``CREATING`` on its first ``Get`` after creation and
    ``ACTIVE`` afterwards; after a delete it reports ``DELETING`` once and then
    ``ResourceNotFoundException``, as the real service does over minutes.
    """

    def __init__(self) -> None:
        self._resources: dict[str, dict[str, dict[str, Any]]] = {k: {} for k in _KINDS}
        self._ids = itertools.count(0x5A17C0DE01)
        self._request_ids = itertools.count(1)

    def handle(self, request: Any) -> tuple[int, dict[str, str], str]:
        """Answer one request (``.headers`` and ``.body``): dispatch on ``X-Amz-Target``."""
        operation = request.headers["X-Amz-Target"].split(".", 1)[1]
        body = json.loads(request.body or b"{}")
        for verb in ("Create", "Get", "List", "Delete"):
            if operation.startswith(verb):
                kind = operation[len(verb) :].removesuffix("s")
                status, answer = getattr(self, f"_{verb.lower()}")(kind, body)
                headers = {"x-amzn-RequestId": f"offline-{next(self._request_ids)}"}
                return status, headers, json.dumps(answer)
        return 400, {}, json.dumps({"__type": "UnknownOperationException", "message": operation})

    def _create(self, kind: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        key, _, name_member = _KINDS[kind]
        ident = f"pcs_{next(self._ids):010x}"
        now = _now()
        resource = {k: v for k, v in body.items() if k not in _NOT_ECHOED | {name_member}}
        resource |= {"name": body[name_member], "id": ident, "status": "CREATING"}
        resource |= {"createdAt": now, "modifiedAt": now, "arn": self._arn(kind, ident, body)}
        if kind == "Cluster":
            resource["slurmConfiguration"] = {"scaleDownIdleTimeInSeconds": 600}
        else:
            resource["clusterId"] = self._find("Cluster", body["clusterIdentifier"])["id"]
        self._resources[kind][ident] = resource
        return 200, {key: resource}

    def _get(self, kind: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        key = _KINDS[kind][0]
        resource = self._find(kind, body[f"{key}Identifier"])
        if not resource:
            return 400, _not_found(kind, body[f"{key}Identifier"])
        shown = dict(resource)
        if resource["status"] == "CREATING":
            resource["status"] = "ACTIVE"
            if kind == "Cluster":
                endpoint = {"type": "SLURMCTLD", "privateIpAddress": "10.0.0.17", "port": "6817"}
                resource["endpoints"] = [endpoint]
        elif resource["status"] == "DELETING":
            del self._resources[kind][resource["id"]]
        return 200, {key: shown}

    def _list(self, kind: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        items = list(self._resources[kind].values())
        if kind != "Cluster":
            cluster = self._find("Cluster", body["clusterIdentifier"])
            items = [r for r in items if r["clusterId"] == cluster.get("id")]
        summaries = [{k: r[k] for k in _SUMMARY_KEYS if k in r} for r in items]
        return 200, {_KINDS[kind][1]: summaries}

    def _delete(self, kind: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        key = _KINDS[kind][0]
        resource = self._find(kind, body[f"{key}Identifier"])
        if not resource:
            return 400, _not_found(kind, body[f"{key}Identifier"])
        resource["status"] = "DELETING"
        return 200, {}

    def _find(self, kind: str, identifier: str) -> dict[str, Any]:
        for resource in self._resources[kind].values():
            if identifier in (resource["id"], resource["name"]):
                return resource
        return {}

    def _arn(self, kind: str, ident: str, body: dict[str, Any]) -> str:
        prefix = f"arn:aws:pcs:{REGION}:{ACCOUNT}:{kind.lower()}"
        if kind == "Cluster":
            return f"{prefix}/{ident}"
        return f"{prefix}/{self._find('Cluster', body['clusterIdentifier'])['id']}/{ident}"


def _not_found(kind: str, identifier: str) -> dict[str, Any]:
    return {
        "__type": "ResourceNotFoundException",
        "message": f"{kind} {identifier} not found",
        "resourceId": identifier,
        "resourceType": kind,
    }


def _now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
