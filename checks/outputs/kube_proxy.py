"""Parsers for kube-proxy's node-side state: its `/healthz` answer and which iptables backend holds
kube-proxy's and Calico's chains.

`/healthz` (kubernetes `pkg/proxy/healthcheck/proxier_health.go`, `healthzHandler`): a JSON body
`{"lastUpdated": %q,"currentTime": %q}` (v1.28 and later add `, "nodeEligible": true|false`), HTTP 200
when the proxier is synced or its oldest pending change is younger than `healthzTimeout`, 503 otherwise.
The times are Go's `time.Time.String()` ("2020-06-08 12:15:33.063331493 +0000 UTC m=+5839.585338573", the
`m=` part being the monotonic clock reading), quoted; older releases and other proxies print RFC 3339.
On 200, kube-proxy reports `lastUpdated = currentTime`; on 503 `lastUpdated` is the last successful sync.
The command is `curl -s -m 2 -w '\\n%{http_code}' URL`: the body, then the status code on its own line
(`000` when nothing answered).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime

_GO_TIME = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>\d{2}:\d{2}:\d{2})(?:\.(?P<frac>\d{1,9}))? "
    r"(?P<off>[+-]\d{4})(?: [A-Za-z0-9+-]+)?(?: m=[+-]?[\d.]+)?$"
)


def parse_go_time(text: str) -> datetime | None:
    """A time as Go's `time.Time.String()` prints it (monotonic suffix allowed), or RFC 3339; None if
    neither."""
    text = text.strip()
    if match := _GO_TIME.match(text):
        frac = (match["frac"] or "0")[:6].ljust(6, "0")
        return datetime.strptime(f"{match['date']} {match['time']}.{frac} {match['off']}", "%Y-%m-%d %H:%M:%S.%f %z")
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


@dataclass(frozen=True)
class Healthz:
    """What kube-proxy's health endpoint answered. `status` 0: nothing answered (curl's `000`)."""

    status: int
    last_updated: datetime | None
    current_time: datetime | None
    node_eligible: bool | None
    body: str

    @property
    def answered(self) -> bool:
        return self.status != 0

    @property
    def sync_age(self) -> float | None:
        """Seconds since the last sync, by the node's own clock (both times come from it)."""
        if self.last_updated is None or self.current_time is None:
            return None
        return (self.current_time - self.last_updated).total_seconds()

    @property
    def recognised(self) -> bool:
        """kube-proxy's own answer: both times readable."""
        return self.last_updated is not None and self.current_time is not None


def parse_healthz(text: str) -> Healthz:
    """`curl -s -w '\\n%{http_code}'` output: the body, then the status code on the last line."""
    body, _, code = text.rstrip("\n").rpartition("\n")
    status = int(code) if code.strip().isdigit() else 0
    if not code.strip().isdigit():
        body = text
    last = current = None
    eligible: bool | None = None
    try:
        data = json.loads(body) if body.strip() else None
    except ValueError:
        data = None
    if isinstance(data, dict):
        last = parse_go_time(str(data.get("lastUpdated", "")))
        current = parse_go_time(str(data.get("currentTime", "")))
        value = data.get("nodeEligible")
        eligible = value if isinstance(value, bool) else None
    return Healthz(status, last, current, eligible, body.strip())


# --- which iptables backend holds the chains -------------------------------------------------------
_CHAIN = re.compile(r"^:(?P<name>\S+) ")


@dataclass(frozen=True)
class BackendChains:
    """kube-proxy's (KUBE-…) and Calico's (cali-…) chains one backend's `-save` lists."""

    kube: tuple[str, ...]
    calico: tuple[str, ...]

    @property
    def any(self) -> bool:
        return bool(self.kube or self.calico)


def parse_backend_chains(text: str) -> BackendChains:
    """The KUBE-/cali- chains declared in `iptables-{legacy,nft}-save` output."""
    kube: list[str] = []
    calico: list[str] = []
    for line in text.splitlines():
        if match := _CHAIN.match(line):
            name = match["name"]
            if name.startswith("KUBE-"):
                kube.append(name)
            elif name.startswith("cali-"):
                calico.append(name)
    return BackendChains(tuple(kube), tuple(calico))


def legacy_tables(text: str) -> tuple[str, ...]:
    """The table names in `/proc/net/ip_tables_names` (legacy x_tables in use in this namespace)."""
    return tuple(line.strip() for line in text.splitlines() if re.fullmatch(r"[a-z_]+", line.strip()))
