"""Clients' error texts for a name that did not resolve, as held-out GP-GW's misses and the session's probes from
programs' source showed them (issue #17, session 53; spent data).

- the JDK's `InetAddress.getLocalHost()` when the machine's own name does not resolve: `h: h: <resolver's text>` (the
  name twice, as its UnknownHostException builds the message), often wrapped (`RuntimeException: h: h: Try again`);
- email_validator (Python): `The domain name h does not exist.` (its `EmailUndeliverableError`, an NXDOMAIN);
- Seata's Raft registry: `watch cluster node: h:port, fail: h`, the exception's message the bare name (a bare
  UnknownHostException's; no reason: `other`);
- Alibaba Cloud's .NET SDK: `HttpWebRequest WebException occured, the request url is h System.Net.WebException: <text>`,
  Mono's text for the failed look-up after it (EAGAIN's `Resource temporarily unavailable`: `temporary`);
- pika (Python, source-mined in session 53): `Address resolution failed: gaierror(-2, 'Name or service not known')`, the
  name on its connection workflow's debug line above (`_try_next_config_async: 'h':5672`);
- got (Node, source-mined in session 53): `Timeout awaiting 'lookup' for 1500ms`, its DNS phase's own time-out, the
  request's URL on its line;
- chronyd (source-mined in session 53): `Invalid host h` for a configured source whose name did not resolve (no
  resolver's reason: `other`);
- Liquibase's `Exception Primary Class:  UnknownHostException` with the name on its `Exception Primary Reason:` line
  below (source-mined in session 53);
- Erlang's `{failed_connect,[{to_address,{"h",443}},{inet,[inet],nxdomain}]}` (httpc, Ekka's discovery; source-mined in
  session 53), the term often pretty-printed over several lines.
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import classify_dotnet_socket, classify_resolution, errno_kind
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, fixed, hit, nearby_host, rx

_RESOLVER_TEXTS = (
    r"Try\sagain|Name\sor\sservice\snot\sknown|Temporary\sfailure\sin\sname\sresolution|No\saddress\sassociated\swith"
    r"\shostname|nodename\snor\sservname\sprovided,\sor\snot\sknown|Name\sdoes\snot\sresolve"
)
_LOCAL_HOST_TWICE = rx(r"{NB}(?P<host>{H}):\s(?P=host):\s(?P<rest>" + _RESOLVER_TEXTS + r")")

_EMAIL_DOMAIN = rx(r"\bThe\sdomain\sname\s(?P<host>{H})\sdoes\snot\sexist\b")

_SEATA_WATCH = rx(r"\bwatch\scluster\snode:\s(?P<host>{H}):(?P<port>\d{1,5}),\sfail:\s(?P=host)(?![\w.-])")
_SEATA_FORMAT = "Seata `watch cluster node: h:port, fail: h` (a bare UnknownHostException)"

_ALIYUN_REQUEST = rx(r"\bthe\srequest\surl\sis\s(?P<host>{H})\s{1,3}System\.Net\.WebException:\s(?P<rest>[^\n]{1,100})")


def _aliyun_request(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_dotnet_socket(m.group("rest"))  # Mono's texts are .NET's sockets' (EAGAIN's: `temporary`)
    return hit(m, seg, kind, exact=True) if kind else None


def _local_host_twice(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group("rest"))
    return hit(m, seg, kind, exact=True) if kind else None


_PIKA_RESOLUTION = rx(r"\bAddress\sresolution\sfailed:\sgaierror\((?P<code>-?\d{1,5}),\s'(?P<rest>[^'\n]{1,100})'\)")
_PIKA_TRYING = rx(r"\b_try_next_config_async:\s'(?P<host>{H})':(?P<port>\d{1,5})")
PIKA_LINES = 3
"""Lines above pika's failed resolution read for the address its workflow was trying."""


def _pika_resolution(m: re.Match[str], seg: Segment) -> Hit | None:
    trying = seg.first_above(_PIKA_TRYING, PIKA_LINES)
    kind = errno_kind(m.group("code"), m.group("rest"))
    if trying is None or kind is None:
        return None
    return hit(m, seg, kind, host=trying.group("host"), port=trying.group("port"), exact=True)


_GOT_LOOKUP_TIMEOUT = rx(r"\bTimeout\sawaiting\s'lookup'\sfor\s\d{1,7}\s?ms\b")


def _got_lookup_timeout(m: re.Match[str], seg: Segment) -> Hit | None:
    # its own line only: a line above may name the proxy it went through (review)
    near = nearby_host(seg, m.start(), lines=0, after=False)
    return hit(m, seg, "timeout", host=near[0], port=near[1]) if near else None


_CHRONYD_FORMAT = "chronyd `Invalid host h` (a source whose name did not resolve, no reason)"
# a syslog or journal line (`chronyd[612]: Invalid host h`); a log's shared prefix may have been taken off already
_CHRONYD_INVALID_HOST = rx(r"(?:^|\n|\bchronyd(?:\[\d{1,7}\])?:\s)Invalid\shost\s(?P<host>{H})(?=[ \t]*(?:\n|$))")


def _chronyd_invalid_host(m: re.Match[str], seg: Segment) -> Hit | None:
    """Only a dotted name (a server's), or in a paste that says it is chronyd's: not a web server's `Invalid host
    header` (`header` ends no name anyway)."""
    if "." not in m.group("host") and "chrony" not in seg.doc.text[:20000].lower():
        return None
    return hit(m, seg, unstated(_CHRONYD_FORMAT), exact=True)


_ERLANG_TO_ADDRESS = rx(r"\{to_address,\s{0,3}\{\"(?P<host>{H})\",\s{0,3}(?P<port>\d{1,5})?")
_ERLANG_INET_NXDOMAIN = re.compile(r"\{inet6?,\s{0,3}\[inet6?\],\s{0,3}nxdomain\}")
ERLANG_TERM_LINES = 3
"""Lines of a pretty-printed term read for its `{inet,[inet],nxdomain}` after the address."""


def _erlang_failed_connect(m: re.Match[str], seg: Segment) -> Hit | None:
    rest = [seg.text[m.end() :], *seg.lines_after(ERLANG_TERM_LINES)]
    if not any(_ERLANG_INET_NXDOMAIN.search(line) for line in rest):
        return None
    return hit(m, seg, "nxdomain", port=m.group("port"), exact=True)


_LIQUIBASE_CLASS = rx(r"\bException\sPrimary\sClass:\s{1,3}(?:java\.net\.)?UnknownHostException\b")
_LIQUIBASE_REASON = rx(r"\bException\sPrimary\sReason:\s{1,3}(?P<host>{H})(?::\s(?P<rest>[^\n]{1,100}))?")


def _liquibase_class(m: re.Match[str], seg: Segment) -> Hit | None:
    reason = next((r for line in seg.lines_after(2) if (r := _LIQUIBASE_REASON.search(line)) is not None), None)
    if reason is None or reason.group("host").lower() in ("null", "none"):
        return None
    kind = classify_resolution(reason.group("rest") or "") or "nxdomain"  # the bare exception: LABELS.md's nxdomain
    return hit(m, seg, kind, host=reason.group("host"), exact=True)


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
    Rule("pika-address-resolution", ("address resolution failed: gaierror(",), _PIKA_RESOLUTION, _pika_resolution),
    Rule("got-lookup-timeout", ("timeout awaiting 'lookup'",), _GOT_LOOKUP_TIMEOUT, _got_lookup_timeout),
    Rule(
        "chronyd-invalid-host",
        ("invalid host ",),
        _CHRONYD_INVALID_HOST,
        _chronyd_invalid_host,
    ),
    Rule("erlang-failed-connect-nxdomain", ("{to_address,",), _ERLANG_TO_ADDRESS, _erlang_failed_connect),
    Rule("liquibase-primary-class", ("exception primary class:",), _LIQUIBASE_CLASS, _liquibase_class),
)
