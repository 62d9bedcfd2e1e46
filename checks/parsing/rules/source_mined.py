"""Client libraries' formats read from their own source (issue #17, session 51: probes rendered from the source of
Perl's LWP and others, after held-out FR-FY).

- Perl's LWP (`500 Can't connect to h:port (reason)`, from IO::Socket::INET / IO::Socket::IP): the resolver's text in
  the brackets, or IO::Socket::INET's `Bad hostname` (inet_aton found no address; no reason stated, as corpus set D
  labels it); a refused or timed-out connect there is no look-up's failure.
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import classify_resolution
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, hit, rx

_LWP_CANT_CONNECT = rx(r"\bCan't\sconnect\sto\s(?P<host>{H}):(?P<port>\d{1,5})\s\((?P<reason>[^)\n]{1,80})\)")
_BAD_HOSTNAME = "bad hostname"


def _lwp_cant_connect(m: re.Match[str], seg: Segment) -> Hit | None:
    reason = m.group("reason")
    if reason.strip().lower() == _BAD_HOSTNAME:
        kind = unstated("Perl IO::Socket::INET `Can't connect to h:port (Bad hostname)`")
    else:
        found = classify_resolution(reason)
        if found is None:
            return None
        kind = found
    return hit(m, seg, kind, port=m.group("port"), exact=True)


RULES: tuple[Rule, ...] = (Rule("perl-lwp-cant-connect", ("can't connect to ",), _LWP_CANT_CONNECT, _lwp_cant_connect),)
