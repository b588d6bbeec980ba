"""Node lifecycle actions: your scripts, run by PCS on compute nodes as they boot.

Scripts hook into two stages: ``node_bootstrapped`` (before ``slurmd``
starts, for mounts, drivers and packages) and ``node_ready`` (once the node
has joined Slurm). Each script comes from Amazon S3 or an HTTPS URL.
"""

from __future__ import annotations

from typing import Literal, TypeAlias

from emrk.core.enums import ServiceEnum
from emrk.core.model import member, model

__all__ = [
    "ExecutionPolicy",
    "ExecutionPolicyLiteral",
    "NodeLifecycleActions",
    "NodeLifecycleActionsRequest",
    "NodeLifecycleScript",
    "NodeLifecycleStages",
    "OnError",
    "OnErrorLiteral",
    "ScriptCachingPolicy",
    "ScriptCachingPolicyLiteral",
    "ScriptSource",
    "UpdateNodeLifecycleActionsRequest",
]


class OnError(ServiceEnum):
    """What PCS does when a lifecycle script exits with an error."""

    TERMINATE = "TERMINATE"
    """Terminate the compute node (the default)."""
    STOP_SEQUENCE = "STOP_SEQUENCE"
    """Skip the remaining scripts of the stage but keep the node."""
    CONTINUE = "CONTINUE"
    """Ignore the failure and run the next script."""


OnErrorLiteral: TypeAlias = Literal[
    "TERMINATE",
    "STOP_SEQUENCE",
    "CONTINUE",
]
"""The values of :class:`OnError` as string literals. A request argument typed ``OnError |
OnErrorLiteral`` takes a member or one of these strings, so a typo is a type error; a value
newer than this client goes through ``typing.cast``.
"""


class ExecutionPolicy(ServiceEnum):
    """How often a lifecycle script runs on a given node."""

    FIRST_BOOT_ONLY = "FIRST_BOOT_ONLY"
    """Only on the node's first boot (the default)."""
    EVERY_BOOT = "EVERY_BOOT"
    """On every boot, reboots included."""


ExecutionPolicyLiteral: TypeAlias = Literal[
    "FIRST_BOOT_ONLY",
    "EVERY_BOOT",
]
"""The values of :class:`ExecutionPolicy` as string literals. A request argument typed
``ExecutionPolicy | ExecutionPolicyLiteral`` takes a member or one of these strings, so a typo
is a type error; a value newer than this client goes through ``typing.cast``.
"""


class ScriptCachingPolicy(ServiceEnum):
    """When nodes download lifecycle scripts."""

    CACHE_ONCE = "CACHE_ONCE"
    """Download once and reuse the copy on later boots (the default)."""
    REFRESH_ON_REBOOT = "REFRESH_ON_REBOOT"
    """Download again on every boot, so script edits reach running nodes."""


ScriptCachingPolicyLiteral: TypeAlias = Literal[
    "CACHE_ONCE",
    "REFRESH_ON_REBOOT",
]
"""The values of :class:`ScriptCachingPolicy` as string literals. A request argument typed
``ScriptCachingPolicy | ScriptCachingPolicyLiteral`` takes a member or one of these strings, so
a typo is a type error; a value newer than this client goes through ``typing.cast``.
"""


@model
class ScriptSource:
    """Where a lifecycle script is fetched from, and how to check it arrived intact."""

    script_location: str = member("scriptLocation", min_len=1, max_len=1024)
    """An ``s3://bucket/key`` URI or an ``https://`` URL."""
    s3_version_id: str | None = member("s3VersionId", default=None, min_len=0, max_len=1024)
    """Pins an object version in a versioned bucket (S3 locations only)."""
    checksum: str | None = member("checksum", default=None, min_len=64, max_len=64)
    """SHA-256 of the script as 64 hex digits; PCS refuses a download that differs."""


@model
class NodeLifecycleScript:
    """One script of a lifecycle stage, with its arguments and failure handling."""

    name: str = member("name", min_len=1, max_len=64)
    """A name unique within the stage: letters, digits, spaces, ``_`` and ``-``,
    starting with a letter or digit."""
    script_source: ScriptSource = member("scriptSource")
    arguments: list[str] | None = member(
        "arguments", default=None, min_len=0, max_len=20, item_min_len=0, item_max_len=256
    )
    """Command-line arguments, at most 20 of at most 256 characters each."""
    on_error: OnError | OnErrorLiteral | None = member("onError", default=None)
    """What a failure does; ``TERMINATE`` when left out."""
    execution_policy: ExecutionPolicy | ExecutionPolicyLiteral | None = member(
        "executionPolicy", default=None
    )
    """How often the script runs; ``FIRST_BOOT_ONLY`` when left out."""


@model
class NodeLifecycleStages:
    """The scripts of each lifecycle stage, run in list order."""

    node_bootstrapped: list[NodeLifecycleScript] | None = member(
        "nodeBootstrapped", default=None, min_len=1, max_len=20
    )
    """Run once PCS has set the node up, before ``slurmd`` starts: the place
    for anything jobs need, such as shared file systems."""
    node_ready: list[NodeLifecycleScript] | None = member(
        "nodeReady", default=None, min_len=1, max_len=20
    )
    """Run after ``slurmd`` started and the node registered with the controller,
    for steps that need Slurm running."""


@model
class NodeLifecycleActionsRequest:
    """Lifecycle scripts for a new compute node group."""

    stages: NodeLifecycleStages = member("stages")
    script_caching_policy: ScriptCachingPolicy | ScriptCachingPolicyLiteral | None = member(
        "scriptCachingPolicy", default=None
    )
    """When nodes download the scripts; ``CACHE_ONCE`` when left out."""


@model
class UpdateNodeLifecycleActionsRequest:
    """Replacement lifecycle scripts for ``update_compute_node_group``."""

    stages: NodeLifecycleStages = member("stages")
    script_caching_policy: ScriptCachingPolicy | ScriptCachingPolicyLiteral | None = member(
        "scriptCachingPolicy", default=None
    )
    """When nodes download the scripts; ``CACHE_ONCE`` when left out."""


@model
class NodeLifecycleActions:
    """The lifecycle scripts configured on a compute node group, as PCS reports them."""

    stages: NodeLifecycleStages = member("stages")
    script_caching_policy: ScriptCachingPolicy | str | None = member(
        "scriptCachingPolicy", default=None
    )
    """When nodes download the scripts."""
