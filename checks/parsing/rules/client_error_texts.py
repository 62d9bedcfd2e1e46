"""Clients' error texts for a name that did not resolve, as held-out GP-GW's misses showed them (issue #17, session 53;
spent data).

- the JDK's `InetAddress.getLocalHost()` when the machine's own name does not resolve: `h: h: <resolver's text>` (the
  name twice, as its UnknownHostException builds the message), often wrapped (`RuntimeException: h: h: Try again`);
- email_validator (Python): `The domain name h does not exist.` (its `EmailUndeliverableError`, an NXDOMAIN);
- Seata's Raft registry: `watch cluster node: h:port, fail: h`, the exception's message the bare name (a bare
  UnknownHostException's; no reason: `other`);
- Alibaba Cloud's .NET SDK: `HttpWebRequest WebException occured, the request url is h System.Net.WebException: <text>`,
  Mono's text for the failed look-up after it (EAGAIN's `Resource temporarily unavailable`: `temporary`).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import classify_resolution
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, fixed, hit, rx

_RESOLVER_TEXTS = (
    r"Try\sagain|Name\sor\sservice\snot\sknown|Temporary\sfailure\sin\sname\sresolution|No\saddress\sassociated\swith"
    r"\shostname|nodename\snor\sservname\sprovided,\sor\snot\sknown|Name\sdoes\snot\sresolve"
)
_LOCAL_HOST_TWICE = rx(r"{NB}(?P<host>{H}):\s(?P=host):\s(?P<rest>" + _RESOLVER_TEXTS + r")")

_EMAIL_DOMAIN = rx(r"\bThe\sdomain\sname\s(?P<host>{H})\sdoes\snot\sexist\b")

_SEATA_WATCH = rx(r"\bwatch\scluster\snode:\s(?P<host>{H}):(?P<port>\d{1,5}),\sfail:\s(?P=host)(?![\w.-])")
_SEATA_FORMAT = "Seata `watch cluster node: h:port, fail: h` (a bare UnknownHostException)"

_ALIYUN_REQUEST = rx(r"\bthe\srequest\surl\sis\s(?P<host>{H})\s{1,3}System\.Net\.WebException:\s(?P<rest>[^\n]{1,100})")
_EAGAIN = "resource temporarily unavailable"


def _aliyun_request(m: re.Match[str], seg: Segment) -> Hit | None:
    rest = m.group("rest").lower()
    kind = "temporary" if rest.startswith(_EAGAIN) else classify_resolution(rest)
    return hit(m, seg, kind, exact=True) if kind else None


def _local_host_twice(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group("rest"))
    return hit(m, seg, kind, exact=True) if kind else None


RULES: tuple[Rule, ...] = (
    Rule(
        "jdk-local-host-twice",
        (
            ": try again",
            ": name or service not known",
            ": temporary failure in name resolution",
            ": no address ass",
            ": nodename nor servname",
            ": name does not resolve",
        ),
        _LOCAL_HOST_TWICE,
        _local_host_twice,
    ),
    Rule("email-validator-domain-not-exist", ("does not exist",), _EMAIL_DOMAIN, fixed("nxdomain", exact=True)),
    Rule(
        "seata-watch-cluster-node", ("watch cluster node: ",), _SEATA_WATCH, fixed(unstated(_SEATA_FORMAT), exact=True)
    ),
    Rule("aliyun-sdk-request-url", ("the request url is ",), _ALIYUN_REQUEST, _aliyun_request),
)
