"""`GET /api/v1/namespaces/NS/pods/NAME/log`, as the kubelet serves it through the apiserver: the
container's log from its CRI log file (`TIMESTAMP STREAM TAG MESSAGE` per line), text/plain, with the
real query parameters: `tailLines`, `sinceSeconds`, `timestamps`, `limitBytes`, `previous`, `container`.

Only the CoreDNS pods log here (their forward stand-in's CRI file, lab/workloads.py); other pods' logs
are empty, as a quiet container's are.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

Obj = dict[str, Any]


class LogError(ValueError):
    def __init__(self, code: int, reason: str, message: str) -> None:
        super().__init__(message)
        self.code, self.reason, self.message = code, reason, message


def _int(query: dict[str, str], key: str) -> int | None:
    if key not in query:
        return None
    try:
        value = int(query[key])
    except ValueError as err:
        raise LogError(400, "BadRequest", f"{key}: invalid value {query[key]!r}") from err
    if value < 0 or (key == "sinceSeconds" and value == 0):
        raise LogError(400, "BadRequest", f"{key}: must be greater than 0")
    return value


def _when(stamp: str) -> datetime | None:
    try:
        return datetime.strptime(stamp[:26].rstrip("Z") + "Z", "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    except ValueError:
        return None


def log_body(logs_dir: Path, pod: Obj, query: dict[str, str]) -> bytes:
    name = pod["metadata"]["name"]
    containers = [c["name"] for c in pod["spec"]["containers"]]
    container = query.get("container") or containers[0]
    if container not in containers:
        raise LogError(400, "BadRequest", f"container {container} is not valid for pod {name}")
    if query.get("previous") in ("1", "true"):
        statuses = pod.get("status", {}).get("containerStatuses") or []
        if not any((s.get("lastState") or {}).get("terminated") for s in statuses):
            raise LogError(400, "BadRequest", f'previous terminated container "{container}" in pod "{name}" not found')
    tail, since, limit = _int(query, "tailLines"), _int(query, "sinceSeconds"), _int(query, "limitBytes")
    stamps = query.get("timestamps") in ("1", "true")
    path = logs_dir / f"{name}-coredns.log"
    lines = path.read_text(errors="replace").splitlines() if path.exists() else []
    cutoff = datetime.now(UTC) - timedelta(seconds=since) if since else None
    out = []
    for line in lines:
        parts = line.split(" ", 3)
        if len(parts) < 4 or (when := _when(parts[0])) is None:
            continue  # not a CRI line
        if cutoff is not None and when < cutoff:
            continue
        out.append(f"{parts[0]} {parts[3]}" if stamps else parts[3])
    if tail is not None:
        out = out[-tail:] if tail else []
    body = "".join(f"{ln}\n" for ln in out).encode()
    return body[:limit] if limit is not None else body
