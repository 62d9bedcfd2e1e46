"""What every lab API object shares: the resource key it is stored under, uids and metadata, versions."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

Obj = dict[str, Any]

K8S_VERSION = "v1.28.9"
CALICO_VERSION = "v3.26.4"


@dataclass(frozen=True)
class ResourceKey:
    group: str  # "" for the core group
    version: str
    plural: str


def uid(*parts: str) -> str:
    h = hashlib.sha256("/".join(parts).encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def object_meta(kind: str, name: str, created: str, namespace: str | None = None, **extra: Any) -> Obj:
    meta: Obj = {
        "name": name,
        "uid": uid(kind, namespace or "", name),
        "resourceVersion": "1",
        "creationTimestamp": created,
    }
    if namespace is not None:
        meta["namespace"] = namespace
    meta.update({k: v for k, v in extra.items() if v})
    return meta
