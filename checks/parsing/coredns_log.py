"""CoreDNS's own log, read for later steps: upstream failures (errors plugin), loops (loop plugin) and NXDOMAIN
answers (log plugin), with the search-path expansions marked.

    [ERROR] plugin/errors: 2 NAME. A: read udp 10.244.0.5:52387->8.8.8.8:53: i/o timeout
    [FATAL] plugin/loop: Loop (127.0.0.1:55953 -> :53) detected for zone ".", see ... Query: "HINFO 1234.5678."
    [FATAL] plugin/loop: Seen "HINFO IN 1234.5678." more than twice, loop detected
    [INFO] 10.244.0.3:52643 - 1234 "A IN name.ns.svc.cluster.local. udp 50 false 512" NXDOMAIN qr,aa,rd 143 0.0001s
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from checks.parsing.kinds import classify
from checks.parsing.model import FailureKind
from checks.parsing.normalize import normalize
from checks.parsing.search_expansion import search_expansion

EventKind = Literal["upstream_failure", "loop", "nxdomain"]

_NAME = r"[^\s\"]{1,254}?"
_ERRORS = re.compile(
    r"plugin/errors:\s{1,3}\d{1,3}\s{1,3}(?P<name>" + _NAME + r")\.?\s{1,3}(?P<qtype>[A-Z0-9]{1,10}):\s{0,3}"
    r"(?P<rest>[^\n]{0,300})"
)
_UPSTREAM = re.compile(r"->(\[[0-9a-fA-F:.]{2,45}\]:\d{1,5}|[0-9A-Za-z.]{3,64}:\d{1,5})")
_LOOP_QUERY = r"Query:\s{0,3}\"(?P<qtype>[A-Z]{1,10})\s(?P<name>" + _NAME + r")\.?(?:\"|\s|$)"
_LOOP = re.compile(
    r"plugin/loop:\s{0,3}(?:Loop\s\((?P<src>[^\s()]{1,64})\s->\s(?P<dst>[^\s()]{1,64})\)\sdetected\sfor\szone\s"
    r"\"(?P<zone>[^\"\n]{0,255})\"[^\n]{0,200}?"
    + _LOOP_QUERY
    + r"|Seen\s\"(?P<qtype2>[A-Z]{1,10})\sIN\s(?P<name2>"
    + _NAME
    + r")\.?\"\smore\sthan\stwice)"
)
_LOG = re.compile(
    r"(?:(?P<client>[^\s\[\]]{1,60}:\d{1,5})\s-\s(?:\[[^\]\n]{1,40}\]\s)?\d{1,5}\s)?\"(?P<qtype>[A-Z0-9]{1,10})\sIN\s"
    r"(?P<name>" + _NAME + r")\.?\s(?:udp|tcp)\s\d{1,6}\s(?:true|false)\s\d{1,6}\"\s(?P<rcode>[A-Z]{4,9})\b"
)
MAX_LINES = 20_000
"""Log lines read per call (a day of CoreDNS logs is cut here)."""


@dataclass(frozen=True)
class CorednsLogEvent:
    """One thing CoreDNS's log says went wrong.

    `kind`: `upstream_failure` (the errors plugin: `upstream` is the server the query went to, `error` what
    happened), `loop` (the loop plugin: `upstream` is the address the probe came back from, `zone` the zone), or
    `nxdomain` (the log plugin: `client` asked, `search_expansion` says the name is a search-path try such as
    `name.ns.svc.cluster.local.ns.svc.cluster.local`, normal with ndots:5). `name` is lower-case, no trailing dot.
    """

    kind: EventKind
    name: str
    qtype: str | None = None
    upstream: str | None = None
    error: FailureKind | None = None
    zone: str | None = None
    client: str | None = None
    search_expansion: bool = False
    line: str = ""


def _clean(name: str) -> str:
    return name.rstrip(".").lower()


def parse_coredns_log(text: str) -> list[CorednsLogEvent]:
    """Every upstream failure, loop and NXDOMAIN answer in a CoreDNS log, in order."""
    lines = [line for line in normalize(text).split("\n")[:MAX_LINES] if "plugin/" in line or '" ' in line]
    queries = [(q, line) for line in lines if (q := _LOG.search(line))]
    asked = frozenset(_clean(q.group("name")) for q, _ in queries)
    answered: dict[str, set[str]] = {}
    for q, _ in queries:
        if q.group("rcode") == "NOERROR":
            name = _clean(q.group("name"))
            answered.setdefault(name.split(".", 1)[0], set()).add(name)
    frozen = {k: frozenset(v) for k, v in answered.items()}
    events: list[CorednsLogEvent] = []
    for line in lines:
        if (e := _ERRORS.search(line)) is not None:
            up = _UPSTREAM.search(e.group("rest"))
            events.append(
                CorednsLogEvent(
                    "upstream_failure",
                    _clean(e.group("name")),
                    e.group("qtype"),
                    upstream=up.group(1) if up else None,
                    error=classify(e.group("rest")) or "other",
                    line=line.strip(),
                )
            )
        elif (loop := _LOOP.search(line)) is not None:
            events.append(
                CorednsLogEvent(
                    "loop",
                    _clean(loop.group("name") or loop.group("name2")),
                    loop.group("qtype") or loop.group("qtype2"),
                    upstream=loop.group("src"),
                    zone=loop.group("zone"),
                    line=line.strip(),
                )
            )
        elif (q := _LOG.search(line)) is not None and q.group("rcode") == "NXDOMAIN":
            name = _clean(q.group("name"))
            events.append(
                CorednsLogEvent(
                    "nxdomain",
                    name,
                    q.group("qtype"),
                    client=q.group("client"),
                    search_expansion=q.group("qtype") == "HINFO" or search_expansion(name, frozen, asked),
                    line=line.strip(),
                )
            )
    return events
