"""RBAC for the API stand-in, with Kubernetes' semantics: PolicyRules from ClusterRoles (cluster-wide)
and Roles (one namespace), bound to a user (a ServiceAccount is `system:serviceaccount:<ns>:<name>`)
by ClusterRoleBindings and RoleBindings — read straight from manifests, so a test can bind a token to
exactly what `deploy/` grants and see the stand-in refuse everything else, as a real apiserver would.

Matching follows the apiserver's: verbs, API groups and resources match exactly or by "*"; a
subresource ("pods/exec", "nodes/proxy") is its own resource ("pods" does not grant "pods/exec");
resourceNames restrict by object name and so never grant list, watch or create.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class PolicyRule:
    api_groups: tuple[str, ...]
    resources: tuple[str, ...]
    verbs: tuple[str, ...]
    resource_names: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, rule: Mapping[str, Any]) -> PolicyRule:
        return cls(
            tuple(rule.get("apiGroups") or ()),
            tuple(rule.get("resources") or ()),
            tuple(rule.get("verbs") or ()),
            tuple(rule.get("resourceNames") or ()),
        )

    def to_dict(self) -> dict[str, list[str]]:
        out = {"apiGroups": list(self.api_groups), "resources": list(self.resources), "verbs": list(self.verbs)}
        if self.resource_names:
            out["resourceNames"] = list(self.resource_names)
        return out

    def _resource(self, resource: str) -> bool:
        if "*" in self.resources or resource in self.resources:
            return True
        _, slash, sub = resource.partition("/")
        return bool(slash) and f"*/{sub}" in self.resources

    def allows(self, verb: str, group: str, resource: str, name: str | None) -> bool:
        return (
            ("*" in self.verbs or verb in self.verbs)
            and ("*" in self.api_groups or group in self.api_groups)
            and self._resource(resource)
            and (not self.resource_names or (name is not None and name in self.resource_names))
        )


@dataclass(frozen=True)
class Identity:
    user: str
    rules: tuple[PolicyRule, ...] = ()  # cluster-wide (ClusterRoles bound by ClusterRoleBindings)
    namespaced: Mapping[str, tuple[PolicyRule, ...]] = field(default_factory=dict)  # namespace -> rules

    def can(self, verb: str, group: str, resource: str, name: str | None, namespace: str | None = None) -> bool:
        rules = list(self.rules)
        if namespace is not None:
            rules += self.namespaced.get(namespace, ())
        return any(r.allows(verb, group, resource, name) for r in rules)

    @classmethod
    def from_dict(cls, entry: Mapping[str, Any]) -> Identity:
        return cls(
            entry["user"],
            tuple(PolicyRule.from_dict(r) for r in entry.get("rules", ())),
            {ns: tuple(PolicyRule.from_dict(r) for r in rules) for ns, rules in entry.get("namespaced", {}).items()},
        )


def service_account_user(namespace: str, name: str) -> str:
    return f"system:serviceaccount:{namespace}:{name}"


def _subject_is(subject: Mapping[str, Any], user: str) -> bool:
    kind = subject.get("kind")
    if kind == "ServiceAccount":
        return service_account_user(subject.get("namespace", ""), subject.get("name", "")) == user
    if kind == "User":
        return bool(subject.get("name") == user)
    if kind == "Group" and user.startswith("system:serviceaccount:"):
        ns = user.split(":")[2]
        return subject.get("name") in ("system:serviceaccounts", f"system:serviceaccounts:{ns}")
    return False


def bindings_for(manifests: Iterable[Mapping[str, Any]], user: str) -> dict[str, Any]:
    """What `user` may do under the RBAC objects among `manifests`, as a token entry for the stand-in:
    {"user", "rules": [cluster-wide rules], "namespaced": {namespace: [rules]}}."""
    docs = [d for d in manifests if d and d.get("apiVersion", "").startswith("rbac.authorization.k8s.io/")]
    cluster_roles = {d["metadata"]["name"]: d for d in docs if d["kind"] == "ClusterRole"}
    roles = {(d["metadata"].get("namespace"), d["metadata"]["name"]): d for d in docs if d["kind"] == "Role"}
    cluster: list[dict[str, Any]] = []
    namespaced: dict[str, list[dict[str, Any]]] = {}
    for binding in docs:
        if binding["kind"] not in ("ClusterRoleBinding", "RoleBinding"):
            continue
        if not any(_subject_is(s, user) for s in binding.get("subjects") or ()):
            continue
        ref = binding["roleRef"]
        if ref["kind"] == "ClusterRole":
            role = cluster_roles.get(ref["name"])
        else:
            role = roles.get((binding["metadata"].get("namespace"), ref["name"]))
        if role is None:
            continue  # a binding to a role that does not exist grants nothing, as in a real cluster
        rules = [PolicyRule.from_dict(r).to_dict() for r in role.get("rules") or ()]
        if binding["kind"] == "ClusterRoleBinding":
            cluster += rules
        else:
            namespaced.setdefault(binding["metadata"]["namespace"], []).extend(rules)
    return {"user": user, "rules": cluster, "namespaced": namespaced}
