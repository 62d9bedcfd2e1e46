"""Label and field selectors, with the apiserver's syntax and its errors."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Obj = dict[str, Any]
Match = Callable[[Obj], bool]


class SelectorError(ValueError):
    pass


_SET = re.compile(r"^\s*(?P<key>[\w./-]+)\s+(?P<op>in|notin)\s+\((?P<values>[^)]*)\)\s*$")
_EQ = re.compile(r"^\s*(?P<key>[\w./-]+)\s*(?P<op>==|!=|=)\s*(?P<value>[\w./-]*)\s*$")
_EXISTS = re.compile(r"^\s*(?P<neg>!?)\s*(?P<key>[\w./-]+)\s*$")


def _split(selector: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for ch in selector:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += ch
    parts.append(current)
    return [p for p in parts if p.strip()]


@dataclass(frozen=True)
class Requirement:
    key: str
    op: str  # "in", "notin", "=", "!=", "exists", "!exists"
    values: frozenset[str]

    def matches(self, actual: str | None, present: bool) -> bool:
        if self.op == "exists":
            return present
        if self.op == "!exists":
            return not present
        if self.op in ("in", "="):
            return present and actual in self.values
        return not present or actual not in self.values  # "notin", "!=": absent keys match


def parse_label_selector(selector: str) -> list[Requirement]:
    reqs = []
    for req in _split(selector):
        if m := _SET.match(req):
            values = frozenset(v.strip() for v in m["values"].split(",") if v.strip())
            reqs.append(Requirement(m["key"], m["op"], values))
        elif m := _EQ.match(req):
            reqs.append(Requirement(m["key"], "!=" if m["op"] == "!=" else "=", frozenset([m["value"]])))
        elif m := _EXISTS.match(req):
            reqs.append(Requirement(m["key"], "!exists" if m["neg"] else "exists", frozenset()))
        else:
            raise SelectorError(f"unable to parse requirement: {req.strip()!r}")
    return reqs


def label_matcher(selector: str) -> Match:
    reqs = parse_label_selector(selector)

    def match(obj: Obj) -> bool:
        labels = _labels(obj)
        return all(r.matches(labels.get(r.key), r.key in labels) for r in reqs)

    return match


def _labels(obj: Obj) -> dict[str, str]:
    labels: dict[str, str] = obj["metadata"].get("labels") or {}
    return labels


FIELDS_BY_KIND: dict[str, dict[str, Callable[[Obj], str]]] = {
    "Pod": {
        "spec.nodeName": lambda o: o["spec"].get("nodeName", ""),
        "spec.restartPolicy": lambda o: o["spec"].get("restartPolicy", ""),
        "spec.schedulerName": lambda o: o["spec"].get("schedulerName", ""),
        "spec.serviceAccountName": lambda o: o["spec"].get("serviceAccountName", ""),
        "spec.hostNetwork": lambda o: str(o["spec"].get("hostNetwork", False)).lower(),
        "status.phase": lambda o: o["status"].get("phase", ""),
        "status.podIP": lambda o: o["status"].get("podIP", ""),
        "status.nominatedNodeName": lambda o: "",
    },
    # kpcalico: the fields kube-apiserver allows in an Event field selector that podnet uses
    "Event": {
        "reason": lambda o: o.get("reason", ""),
        "type": lambda o: o.get("type", ""),
        "involvedObject.kind": lambda o: o.get("involvedObject", {}).get("kind", ""),
        "involvedObject.name": lambda o: o.get("involvedObject", {}).get("name", ""),
        "involvedObject.namespace": lambda o: o.get("involvedObject", {}).get("namespace", ""),
    },
    "Node": {"spec.unschedulable": lambda o: str(o["spec"].get("unschedulable", False)).lower()},
    "Service": {
        "spec.clusterIP": lambda o: o["spec"].get("clusterIP", ""),
        "spec.type": lambda o: o["spec"].get("type", ""),
    },
}
_COMMON: dict[str, Callable[[Obj], str]] = {
    "metadata.name": lambda o: o["metadata"]["name"],
    "metadata.namespace": lambda o: o["metadata"].get("namespace", ""),
}


def field_matcher(selector: str, kind: str) -> Match:
    fields = {**_COMMON, **FIELDS_BY_KIND.get(kind, {})}
    checks: list[tuple[Callable[[Obj], str], Requirement]] = []
    for req in _split(selector):
        m = _EQ.match(req)
        if not m:
            raise SelectorError(f"invalid selector: {req.strip()!r}; can't understand {req.strip()!r}")
        getter = fields.get(m["key"])
        if getter is None:
            raise SelectorError(f"field label not supported: {m['key']}")
        checks.append((getter, Requirement(m["key"], "!=" if m["op"] == "!=" else "=", frozenset([m["value"]]))))

    def match(obj: Obj) -> bool:
        return all(req.matches(getter(obj), True) for getter, req in checks)

    return match
