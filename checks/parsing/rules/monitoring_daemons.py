r"""Monitoring daemons' and their front ends' own texts for a name they could not resolve (issue #17, held-out FG,
spent: the trackers of C and PHP monitoring tools, where pastes come from hosts and pods alike).

- Check_MK's `Cannot resolve h into IP address.` (its host look-up; a bare word is the host's name in its
  configuration, as `c001`): no reason given, read like a bare `cannot resolve 'h'` (`nxdomain`);
- Zabbix's front end: `Connection to Zabbix server "h" failed. Possible reasons:` with PHP's
  `php_network_getaddresses: getaddrinfo failed: <reason>` a few lines below (the reason's kind).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import BARE_FORMAT, classify_resolution
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, hit, rx
from checks.parsing.rules.php_network import PHP_GETADDRINFO_FAILED

_CHECK_MK = rx(r"\bCannot\sresolve\s(?P<host>{H})\sinto\sIP\saddress\b")
_ZABBIX = rx(r"\bConnection\sto\sZabbix\sserver\s\"(?P<host>{H})\"\sfailed\.")
ZABBIX_LINES = 5
"""Lines under the front end's message where PHP's resolver error may be (its list of possible reasons between)."""


def _check_mk(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, unstated(BARE_FORMAT), exact=True)


def _zabbix(m: re.Match[str], seg: Segment) -> Hit | None:
    for line in [seg.text[m.end() :], *seg.lines_after(ZABBIX_LINES)]:
        gai = PHP_GETADDRINFO_FAILED.search(line)
        kind = classify_resolution(gai.group("reason")) if gai else None
        if kind is not None:
            return hit(m, seg, kind, exact=True)
    return None


RULES: tuple[Rule, ...] = (
    Rule("check-mk-cannot-resolve", ("into ip address",), _CHECK_MK, _check_mk),
    Rule("zabbix-frontend-server", ("connection to zabbix server",), _ZABBIX, _zabbix),
)
