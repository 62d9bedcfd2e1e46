"""Parser for `dig` output (BIND 9), including failed queries and `+short`.

Format: dig(1) and BIND's dig/dighost.c: the `;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: N` line,
`;; ANSWER SECTION:` records (`NAME TTL CLASS TYPE DATA`), `;; Query time: N msec`,
`;; SERVER: ADDR#PORT(NAME) (UDP)`; on failure `;; communications error to ADDR#PORT: timed out` (9.18),
`;; connection timed out; no servers could be reached` (9.16 and older) and `;; no servers could be
reached`. With `+short` only the answers' data are printed, one per line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from checks.outputs._common import lines_of, valid_ip

_STATUS = re.compile(r"->>HEADER<<-.*\bstatus:\s*(?P<status>[A-Z]+)")
_QUERY_TIME = re.compile(r"^;;\s*Query time:\s*(?P<ms>\d+)\s*msec")
_SERVER = re.compile(r"^;;\s*SERVER:\s*(?P<addr>[^#\s(]+)")
_COMM_ERROR = re.compile(r"^;;\s*communications error to\s+(?P<addr>[^#\s]+)(?:#\d+)?:\s*(?P<error>.+)$")
_BANNER_SERVER = re.compile(r"^;\s*<<>>\s*DiG\b.*?\s@(?P<addr>\S+)")
_SECTION = re.compile(r"^;;\s*(?P<name>[A-Z ]+?) SECTION:")
_RECORD = re.compile(r"^(?P<name>\S+)\s+(?P<ttl>\d+)\s+(?P<class>[A-Z]+)\s+(?P<type>A|AAAA)\s+(?P<data>\S+)$")


@dataclass(frozen=True)
class DigResult:
    """The outcome of one dig query.

    status is the response code (None when no response came); answers are the A/AAAA addresses;
    timed_out means no response arrived because the query timed out; server is the server that answered,
    else the one that failed, else the `@server` asked; error is dig's failure text ("timed out",
    "connection refused", "no servers could be reached"), None when a response came.
    """

    status: str | None
    answers: tuple[str, ...]
    timed_out: bool
    server: str | None
    query_time_ms: int | None
    error: str | None = None


@dataclass
class _Scan:
    status: str | None = None
    answers: list[str] = field(default_factory=list)
    section: str | None = None
    saw_timeout: bool = False
    server: str | None = None
    failed_server: str | None = None
    asked_server: str | None = None
    query_time_ms: int | None = None
    error: str | None = None

    def feed(self, line: str) -> None:
        if match := _SECTION.match(line):
            self.section = match["name"]
        elif match := _STATUS.search(line):
            self.status = match["status"]
        elif match := _QUERY_TIME.match(line):
            self.query_time_ms = int(match["ms"])
        elif match := _SERVER.match(line):
            self.server = valid_ip(match["addr"])
        elif match := _COMM_ERROR.match(line):
            self.failed_server = self.failed_server or valid_ip(match["addr"])
            self._failed(match["error"].strip())
        elif "connection timed out" in line and line.startswith(";;"):
            self._failed("timed out")
        elif "no servers could be reached" in line and line.startswith(";;"):
            self.error = self.error or "no servers could be reached"
        elif match := _BANNER_SERVER.match(line):
            self.asked_server = valid_ip(match["addr"])
        elif not line.startswith(";"):
            self._answer(line.strip())

    def _failed(self, error: str) -> None:
        self.saw_timeout = self.saw_timeout or "timed out" in error
        self.error = self.error or error

    def _answer(self, line: str) -> None:
        """An A/AAAA record of the answer section, or an address line of `+short` output (no sections)."""
        record = _RECORD.match(line)
        if record is not None and self.section == "ANSWER":
            address = valid_ip(record["data"])
        else:
            address = valid_ip(line) if self.section is None else None
        if address is not None:
            self.answers.append(address)


def parse_dig(text: str) -> DigResult:
    """The status, addresses, timing and failure of a dig run; garbage gives an all-empty result."""
    scan = _Scan()
    for line in lines_of(text):
        scan.feed(line)
    answered = scan.status is not None or bool(scan.answers)
    return DigResult(
        status=scan.status,
        answers=tuple(scan.answers),
        timed_out=scan.saw_timeout and not answered,
        server=scan.server or scan.failed_server or scan.asked_server,
        query_time_ms=scan.query_time_ms,
        error=None if answered else scan.error,
    )
