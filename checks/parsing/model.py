"""What a paste says about a failed name lookup: one `DnsFailure` per failing (host, kind)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

FailureKind = Literal["timeout", "nxdomain", "refused", "servfail", "temporary", "other"]

FAILURE_KINDS: tuple[FailureKind, ...] = ("timeout", "nxdomain", "refused", "servfail", "temporary", "other")


@dataclass(frozen=True)
class DnsFailure:
    """A name that failed to resolve, with what the message says around it.

    `host` is lower-cased without a trailing dot; `server` is the DNS server (`ip:port`) when the
    message names one; `url` and `port` are what was being dialed; `service`/`namespace` are what
    the name says about Kubernetes (None for names that are clearly not cluster-internal);
    `excerpt` is the line the failure was found in, for evidence; `redacted` is True when the name is a
    placeholder the person put in place of the real one (`*****`, `<node>`, `$(VAR)`, `xxx.example.com`),
    so it names no Service (`service`/`namespace` are None).
    """

    host: str
    kind: FailureKind
    server: str | None = None
    url: str | None = None
    port: int | None = None
    service: str | None = None
    namespace: str | None = None
    excerpt: str = ""
    redacted: bool = False


class Failures(list[DnsFailure]):
    """`parse_failures`' answer: the failures in order of first appearance. `partial` is True when the parser did not
    read all of the paste: it stopped before the end (`parser.NAMES_READ` different names met, or
    `parser.FRUITLESS_SEGMENTS` lines read that named none not met before), or a reader's budget ran out
    (`Document.ran_out`: the generic rule's segments, the look-arounds). A failure in what was not read is not in the
    list, and a reply should say so."""

    partial: bool = False
