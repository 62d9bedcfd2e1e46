"""What a Slack user asked podnet to run: one value from the paste (or command) through the queue, the
buttons under the verdict and Re-run, built once and carried as JSON in the button's value.

A button's value comes back from Slack; it is signed, but it is read as untrusted input all the same:
`from_json` accepts only the shape `to_json` writes, with names that could be names.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from typing import Any, Literal

from checks.cluster.mapping import Failing
from checks.parsing.model import FAILURE_KINDS, DnsFailure

Kind = Literal["diagnose", "check"]
BUTTON_VALUE_LIMIT = 2000  # Slack's limit on a button's value
_NAME = re.compile(r"[A-Za-z0-9_.:/*<>{}$()-]{1,253}")  # hosts as pasted, redacted ones included
_NODE = re.compile(r"[A-Za-z0-9.-]{1,253}")
_CLUSTER = re.compile(r"[a-z0-9-]{1,40}")  # bot/clusters.py's names


@dataclass(frozen=True)
class DiagnosisRequest:
    kind: Kind
    failing: Failing | None = None  # what failed to resolve (diagnose)
    node: str | None = None  # the node to check (check)
    capture: bool = False
    # the cluster to run in (PODNET_CLUSTERS); None: the only one. Set only when several are configured
    cluster: str | None = None

    @classmethod
    def diagnose(cls, failing: Failing | None, *, capture: bool = False) -> DiagnosisRequest:
        return cls("diagnose", failing, None, capture)

    @classmethod
    def for_failure(cls, failure: DnsFailure) -> DiagnosisRequest:
        """A failure the parser found in a paste."""
        return cls.diagnose(Failing(failure.host, failure.kind, failure.service, failure.namespace))

    @classmethod
    def check(cls, node: str, *, capture: bool = False) -> DiagnosisRequest:
        return cls("check", None, node, capture)

    def with_capture(self, capture: bool = True) -> DiagnosisRequest:
        return replace(self, capture=capture)

    def in_cluster(self, cluster: str | None) -> DiagnosisRequest:
        return replace(self, cluster=cluster)

    @property
    def where(self) -> str:
        """The titles' ` in prod` when a cluster is named."""
        return f" in {self.cluster}" if self.cluster else ""

    @property
    def subject(self) -> str:
        """What it is about, in a few words: the failing name or the node."""
        if self.kind == "check":
            return f"node `{self.node}`"
        return f"`{self.failing.host}`" if self.failing and self.failing.host else "the cluster DNS path"

    def title(self) -> str:
        if self.kind == "check":
            head = f"Checking node `{self.node}`"
        else:
            f = self.failing
            where = f" ({f.namespace})" if f and f.namespace else ""
            head = f"Diagnosing {self.subject}{where}" + (f" ({f.kind})" if f and f.kind else "")
        return head + self.where + (" with a packet capture" if self.capture else "")

    def to_json(self) -> str:
        data: dict[str, Any] = {"v": 1, "kind": self.kind, "capture": self.capture}
        if self.failing is not None:
            f = self.failing
            data["failing"] = {"host": f.host, "kind": f.kind, "service": f.service, "namespace": f.namespace}
        if self.node is not None:
            data["node"] = self.node
        if self.cluster is not None:
            data["cluster"] = self.cluster
        text = json.dumps(data, separators=(",", ":"))
        if len(text) > BUTTON_VALUE_LIMIT:
            raise ValueError(f"request does not fit a button's value ({len(text)} > {BUTTON_VALUE_LIMIT})")
        return text

    @classmethod
    def from_json(cls, text: str) -> DiagnosisRequest:
        """Raises ValueError for anything `to_json` would not have written."""
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("v") != 1 or data.get("kind") not in ("diagnose", "check"):
            raise ValueError("not a podnet request")
        capture = data.get("capture", False)
        if not isinstance(capture, bool):
            raise ValueError("capture must be true or false")
        cluster = data.get("cluster")
        if cluster is not None and (not isinstance(cluster, str) or not _CLUSTER.fullmatch(cluster)):
            raise ValueError("cluster is not a cluster name")
        return cls._read(data, capture).in_cluster(cluster)

    @classmethod
    def _read(cls, data: dict[str, Any], capture: bool) -> DiagnosisRequest:
        if data["kind"] == "check":
            node = data.get("node")
            if not isinstance(node, str) or not _NODE.fullmatch(node):
                raise ValueError("a check needs a node name")
            return cls.check(node, capture=capture)
        raw = data.get("failing")
        if raw is None:
            return cls.diagnose(None, capture=capture)
        if not isinstance(raw, dict):
            raise ValueError("failing must be an object")
        fields = {k: raw.get(k) for k in ("host", "kind", "service", "namespace")}
        for key, value in fields.items():
            if value is not None and (not isinstance(value, str) or not _NAME.fullmatch(value)):
                raise ValueError(f"failing.{key} is not a name")
        if fields["kind"] is not None and fields["kind"] not in FAILURE_KINDS:
            raise ValueError("failing.kind is not a kind of DNS failure")
        return cls.diagnose(
            Failing(fields["host"], fields["kind"], fields["service"], fields["namespace"]), capture=capture
        )
