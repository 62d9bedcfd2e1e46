r"""A failed lookup stated in plain words around the name, in any program's own phrasing (issue #17: every held-out
set brings programs no rule knows, and most of them say what happened in one of a few English shapes).

The shapes, each read with the name in its slot and the words after it (if any) for the kind:
- the name, then that it cannot be resolved: `h could not be resolved`, `h cannot be resolved`, `h is not
  resolvable`, `h: unresolvable`, `h did not resolve`, `h: name resolution failed`, `[h] DNS resolution error`;
- a look-up of the name that failed: `dns lookup of h failed`, `resolution of h failed` (not any `lookup`: Istio's
  `service lookup for hostname h failed` is its registry's), `DNS resolution for h timed
  out`, `name resolution failed for h`, `address resolution failed for h`, `resolve failed for h`;
- what could not be had for the name: `could not look up h`, `failed to get address for h`, `could not get IP for h`,
  `could not find IP address for h`, `unable to find an IP for h`, `no A record for h`, `no DNS records found for h`,
  `no addresses found for host: h`;
- a time-out while resolving it: `timeout resolving h`, `timed out while looking up h`;
- the resolver's verdict, then the name: `no such host: h`, `host not found: h`, `hostname not found: h`,
  `ENOTFOUND: h`, an error type's `HostNotFound: h` (Java's `UnknownHostException: h` is the JVM rules', whose
  conventions differ);
- the C library's call with the name in it: `getaddrinfo(h) failed: EAI_NONAME`, `gethostbyname(h) failed`,
  `gethostbyname failed for h`.

Guards: the name is kept only where it could not be an English word (a dot, dash, digit or underscore in it, or
quotes around it, or a port after it: `this could not be resolved`, `host not found: please` name nothing), and a
`did not resolve` followed by an object (`did not resolve the issue`) is about something else. The kind is what the
words after the name say where they say it, else what the shape says (a verdict that no such name exists: NXDOMAIN; a
time-out), else `other`, HELDOUT-b.md's convention for a named host with no reason.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from checks.parsing.document import Segment
from checks.parsing.generic_words import SOURCE_FILE_SUFFIXES
from checks.parsing.hosts import CAMEL_TAIL
from checks.parsing.kinds import classify, classify_resolution
from checks.parsing.model import FailureKind
from checks.parsing.no_reason import unstated
from checks.parsing.places_not_names import PROTOCOL_WORDS
from checks.parsing.rules.base import Hit, Rule, hit, rx, url_hit

# the name, quoted or not, and a port after it; the name taken whole (an atomic group: what may follow it, a quote, a
# colon or a blank, never starts a piece of a name, so no shorter name could match, and trying each costs a long line's
# every word a backtrack)
_NAME = r"(?P<q>{Q})?(?P<host>(?>{H}))(?(q){Q})(?::(?P<port>\d{1,5}))?"
_HOST_NOUN = r"(?:(?:the\s)?host(?:\s?name)?:?\s)?"
_REST = r"(?=(?P<rest>[^\n]{0,120}))"
# corpus set N: OpenShift's diagnostics name the name by its role (`DNS resolution for registry address h timed out`)
_ROLE_NOUN = r"(?:(?:the\s)?(?:[a-z]{2,12}\s)?(?:host(?:\s?name)?|address|server|endpoint):?\s)?"

_CANNOT_BE_RESOLVED = rx(
    # held-out BM (spent): Cherokee's `The 'localhost' host name cannot be resolved.`
    r"{NB}"
    + _NAME
    + r"(?:\shost\s?name)?:?\s{1,2}(?:(?:could|can)\s?not|couldn't|can't|cannot)\sbe\sresolved\b"
    # survey 9: huggingface_hub's `Revision 'main' could not be resolved in cache` (a git ref in its cache)
    + r"(?!\sin\scache\b)"
    + _REST
)
# held-out BK (spent): ddev's `The hostname h is not currently resolvable`
_UNRESOLVABLE = rx(
    r"{NB}" + _NAME + r"(?::\s{1,2}|\s{1,2}(?:is|was)\snot\s(?:currently\s)?|\s{1,2}isn't\s)(?:un)?resolvable\b" + _REST
)
_DID_NOT_RESOLVE = rx(
    # (source-mined: Rook's `op-osd: node "h" did not resolve`, a Kubernetes node its settings name that matched none)
    r"{NB}(?!(?<=node\s)\")(?<!node\s\")"
    + _NAME
    + r"\s{1,2}(?:did\snot|didn't|does\snot|doesn't)\sresolve\b(?!\s{1,2}(?:the|this|that|it|my|our|an?|any)\b)"
    + r"(?!\sto\saddress\s)"  # Postfix's FCrDNS (rules/mail_servers.py): a failure only with a reason after it
    # survey 9: Appwrite's `domain h does not resolve to a known public apex domain` (a public-suffix check)
    + r"(?!\sto\sa\sknown\spublic)"
    # survey 7: containers/image's `short-name "x" did not resolve to an alias` (registries.conf) and podman's `name
    # "x" did not resolve to any candidate`: an image name, no DNS
    + r"(?!\sto\s(?:an\salias|any\scandidate)\b)"
    + _REST
)
# held-out BV: MongoDB's `LDAP Host: h was NOT successfully resolved.` (its DNSHostNotFound error)
_NOT_SUCCESSFULLY_RESOLVED = rx(r"{NB}" + _NAME + r"\s{1,2}(?:was|is)\snot\s(?:successfully\s)?resolved\b" + _REST)
_RESOLUTION_FAILED_AFTER = rx(
    r"(?:^|(?<=[\s\[(]))"
    + _NAME
    + r"(?:\]|:)\s{1,2}(?:name|dns|address)\sresolution\s(?:failed|error)\b"
    + r"(?!\s(?:for|of|on):?\s)"  # glusterd's `0-management: DNS resolution failed on host h`: the name follows
    + _REST
)
# held-out CC: `error looking up h from default/app-0: ;; connection timed out; no servers could be reached` (Cilium's
# test helpers), the name after the words, where the look-up ran after `from`, the tool's reason after the colon
_ERROR_LOOKING_UP = rx(r"\berror\slooking\sup\s" + _NAME + r"(?:\sfrom\s[\w./\-]{1,120})?:\s(?=(?P<rest>[^\n]{1,160}))")
_LOOKUP_OF_FAILED = rx(
    # `dns: lookup of h timed out` (a logger's component, then its words)
    # (probes, session 59) or a record type's (`SRV lookup for h failed: no records`), in capitals
    r"\b(?:(?:dns|name|address|host\s?name|host|(?-i:AAAA|SRV|CNAME|MX|TXT|NS)):?\s(?:look\s?up|resolution|query)"
    r"|resolution)\s(?:of|for)\s"
    + _ROLE_NOUN
    + _NAME
    # `dns lookup of h returned error`, `... returned no addresses`
    + r"\s(?:(?:has\s)?(?:failed|timed\sout|errored)"
    + r"|returned\s(?:an?\s)?(?:error|no\s(?:results?|addresses|records)))\b"
    + _REST
)
# survey 8: `failed for <role> host 'h'` (netdata's `for target host 'h'`) names the host after its role, and nebula's
# `failed for static_map host` names none (its `hostname=` field does)
_FAILED_FOR = rx(
    r"\b(?:(?:dns|name|address)\s(?:resolution|lookup)|dns\squery|resolv(?:e|ing)|resolution)\s(?:failed|error|timed\sout)"
    # held-out BL (spent): mailcow's health check `DNS Resolution Failed on attempt 1 for h!`
    r"(?:\son\sattempt\s\d{1,3})?\s(?:for|of|on)\s(?:[a-z_]{2,20}\s(?=host\s))?"
    + _HOST_NOUN
    + r"(?![\w.-]{1,80}\shost\b)"
    + _NAME
    + _REST
)
_COULD_NOT_GET = rx(
    r"\b(?:could\snot|couldn't|cannot|can't|unable\sto|failed\sto)\s"
    # `unable to lookup host 'h'` (spelled as one word, the host noun must follow: `failed to lookup h, cause: ...`
    # is the generic rule's, which reads the cause's reason further on)
    r"(?:look\sup|lookup(?=\s(?:the\s)?host)|(?:get|obtain|determine)\s(?:an?\s|the\s)?(?:ip|address(?:es)?)(?:\saddress(?:es)?)?\s(?:for|of)"
    r"|find\s(?:an?\s|the\s|any\s)?ip(?:\saddress(?:es)?)?\s(?:for|of)"
    # `failed to query DNS for h: i/o timeout`
    r"|query\s(?:the\s)?dns\s(?:server\s)?for"
    # (probes, session 59) `Unable to resolve the target host h`: the host by its role
    r"|resolve\s(?:the\s)?(?:target|remote|destination|upstream)(?=\shost\b))\s" + _HOST_NOUN + _NAME + _REST
)
# (probes, session 59) a record of a DNS type looked for and not found or not fetched: `Cannot locate A record for h`,
# `failed to get A records for h: i/o timeout`, `Could not find SRV record for _ldap._tcp.h` (the type in capitals, or
# `DNS`: `failed to get a record for user 42` is a database's)
_RECORD_NOT_GOT = rx(
    r"\b(?:could\snot|couldn't|cannot|can't|unable\sto|failed\sto)\s(?:locate|find|get|fetch|retrieve|obtain)\s"
    r"(?:an?\s|the\s|any\s)?(?:(?-i:A|AAAA|SRV|CNAME|MX|TXT|NS)|dns)\s(?:records?|entry|entries)\s(?:for|of)\s"
    + _HOST_NOUN
    + _NAME
    + _REST
)
# (probes, session 59) Windows' wording for NXDOMAIN with the name in it: `DNS name 'h' does not exist`, `The DNS name h
# could not be found`
_DNS_NAME_NOT_FOUND = rx(
    r"\bDNS\sname\s"
    + _NAME
    + r"\s(?:does\snot\sexist|could\snot\sbe\sfound|was\snot\sfound|cannot\sbe\sfound)\b"
    + _REST
)
# a record kind or a host noun must say they are DNS's (`no records found for user.id=42` is a database's)
_NO_RECORDS = rx(
    r"\bno\s(?:(?:a|aaaa|dns|ip)\s(?:records?|addresses?|entries)\s(?:were\s)?(?:found\s|returned\s)?for\s"
    + _HOST_NOUN
    + r"|(?:records?|addresses?|entries)\s(?:were\s)?(?:found\s|returned\s)?for\s(?:the\s)?host(?:\s?name)?:?\s"
    # a resolver's own words: `no addresses returned for h` (no record kind, but `returned` is a query's)
    + r"|addresses\s(?:were\s)?returned\sfor\s"
    + _HOST_NOUN
    + r")"
    + _NAME
    + _REST
)
# recall by generalisation: `resolving h failed`, `looking up h timed out` (the name between the verb and its verdict),
# `resolving host h: timeout` (the verdict after a colon)
_RESOLVING_FAILED = rx(
    r"\b(?:resolving|looking\sup)\s"
    + _HOST_NOUN
    + _NAME
    + r"(?:\s(?:has\s)?(?:failed|timed\sout|errored)\b|:\s{1,2}(?=(?:timeout|timed\sout|failed|error)\b))"
    + _REST
)
_TIMEOUT_RESOLVING = rx(
    r"\b(?:timeout|timed\sout)\s(?:while\s)?(?:resolving|looking\sup)\s" + _HOST_NOUN + _NAME + _REST
)
_VERDICT_THEN_NAME = rx(
    # held-out FS (spent): an error type's name, `Failed: HostNotFound: 81145dc94c6a` (Rundeck's Docker plugin); not
    # MongoDB's `DNSHostNotFound: Failed to look up ...` (no word boundary before it)
    r"\b(?P<verdict>no\ssuch\shost|host\s?name\snot\sfound|host\snot\sfound|HostNotFound|ENOTFOUND):\s{1,2}"
    + _NAME
    + _REST
)
_LIBC_CALL = rx(
    r"\b(?:getaddrinfo|gethostbyname2?)\(\s?"
    + _NAME
    + r"\s?(?:,[^)\n]{0,40})?\)\s(?:call\s)?(?:failed|returned|error)"
    + _REST
)
# held-out HN-HU (spent): Tars' `gethostbyname_r(h) error :Success`; (review) not `returned` (`returned 0`), nor the
# `_r` calls' `error ERANGE` (the buffer was too small: the call is retried with a bigger one)
_LIBC_CALL_R = rx(
    r"\bgethostbyname2?_r\(\s?" + _NAME + r"\s?(?:,[^)\n]{0,40})?\)\s(?:failed|error)\b(?![^\n]{0,12}ERANGE)" + _REST
)
_LIBC_FAILED_FOR = rx(r"\bgethostbyname2?\sfailed\sfor\s" + _NAME + _REST)

_WORD = re.compile(r"[a-z]{1,40}", re.I)
_NO_REASON = "a stated failure (`h could not be resolved`, `lookup of h failed`), no reason"


_NGINX_WORDS = re.compile(r"\scould\snot\sbe\sresolved\Z", re.I)
_ERRNO_REASON_BELOW = re.compile(r"\s{0,4}\(\d{1,3}:\s[^)\n]{1,60}\)")


def _cannot_be_resolved(m: re.Match[str], seg: Segment) -> Hit | None:
    """`h cannot be resolved`: the reason after it, else what `kinds.classify` makes of the whole statement (a bare
    one, nothing after it, reads `nxdomain` by LABELS.md; words after it without a reason, `other`)."""
    if not _namelike(m, seg):
        return None
    rest = m.group("rest") or ""
    if (
        _NGINX_WORDS.search(m.group(0))
        and not rest.strip()
        and _ERRNO_REASON_BELOW.match(next(iter(seg.lines_after(1)), ""))
    ):
        return None  # nginx's line wrapped before its `(110: Operation timed out)`: proxies' wrapped rule reads it
    if _QUOTED_MESSAGE_END.match(rest):  # source-mined (round 6): Superset's JSON `"message": "The hostname \"h\"
        rest = ""  # cannot be resolved."`: its message ends there, bare; the JSON's other fields are no reason
    by_dns = _BY_DNS.match(rest)
    if by_dns:  # held-out JR-JY (spent): a proxy's error page, `Your requested host "h" could not be resolved by DNS.`
        after = rest[by_dns.end() :]  # (Blue Coat's page, `dns_unresolved_hostname`): says who, not why; the sentence
        # ends there, bare, unless a resolver's reason follows it (`The DNS server returned: Server Failure`; review)
        rest = after if not after.startswith(".") or classify_resolution(after) else ""
    advice = _ADVICE_AFTER.match(rest) is not None and classify(rest) is None
    if advice:
        rest = ""  # held-out JZ-KG (spent, off-frame): the statement ends, bare, and advice follows (Vercel's CLI)
    kind = classify(rest) or classify(m.group(0) + rest) or unstated(_NO_REASON)
    found = hit(m, seg, kind, port=m.group("port"))
    return replace(found, assumed=True) if advice else found  # (review) a reason stated below it wins


# `The hostname h could not be resolved. Please verify your internet connectivity and DNS configuration.`: a sentence
# of advice after the statement names no reason
_ADVICE_AFTER = re.compile(r"[.!]\s{1,3}(?:Please|Check|Verify|Make\ssure|Ensure|Try|This\s(?:could|may|might))\b")
_BY_DNS = re.compile(r"\s(?:by|via)\s(?:the\s)?DNS(?:\s(?:server|resolver)s?)?(?=[.!]?(?:\s|$))", re.I)
_QUOTED_MESSAGE_END = re.compile(r"\.?\\?[\"'](?:\s{0,2}[,}\]]|\s*$)")


# what else `X could not be resolved` is said of: an import, a symbol, a build's artifact; mysqld's `IP address 'a'`
_NOT_A_NAME_BEFORE = re.compile(
    r"\b(?:imports?|module|package|symbol|type|class|reference|dependency|artifact|variable|method|function|plugin"
    # held-out JR-JY (off-frame, spent): ssh's debug `Authenticator provider $SSH_SK_PROVIDER did not resolve`
    r"|field|property|placeholder|path|file|ip\saddress|authenticator\sprovider)\s{1,3}\Z",
    re.I,
)
# a tool's own line the DNS tool rules read (`dig: couldn't get address for 'S': failure`, its @server's name)
_TOOL_LINES = ("dig:", "host:", "nslookup:")
# a program's own object: `self.host`, `this.url` (code), `Promise api.fetchUser`, `Bean com.acme.UserService`, an XML
# `entity name ns1.foo`, a template's `value config.host`
_CODE_ROOTS = frozenset({"self", "this", "cls"})
_NOT_A_THING_BEFORE = re.compile(r"\b(?:promise|bean|entity(?:\sname)?|expression|template|value)\s{1,3}\Z", re.I)
# a logger's name after its level, before the message's colon (Python's `ERROR pika.adapters.utils.connection_workflow:
# Address resolution failed: gaierror(...)`, `WARNING:urllib3.connectionpool:...`): the program's module, no name
_LOGGER_AFTER_LEVEL = re.compile(r"\b(?:ERROR|WARNING|WARN|INFO|DEBUG|CRITICAL|FATAL)(?::|\s{1,3}(?:-\s{1,3})?)\Z")


def _not_a_host(host: str) -> bool:
    """A file, a version (`numpy-1.26.0`: a top-level label is never all digits), a code expression or a field path
    whose last part is camelCase (source-mined: Kustomize's `failed to look up metadata.configFn`)."""
    labels = host.lower().split(".")
    return len(labels) > 1 and (
        labels[-1] in SOURCE_FILE_SUFFIXES
        or labels[-1].isdigit()
        or labels[0] in _CODE_ROOTS
        or CAMEL_TAIL.search(host) is not None
    )


def _namelike(m: re.Match[str], seg: Segment) -> bool:
    """Not an English word in the name's slot (a dot, dash, digit or underscore in it, or quotes, or a port), not
    something other than a host (`Import "requests" could not be resolved`), not in a DNS tool's own line."""
    if _WORD.fullmatch(m.group("host")) is not None and m.group("q") is None and m.group("port") is None:
        return False
    line_start = seg.text.rfind("\n", 0, m.start()) + 1
    before = seg.text[max(line_start, m.start("host") - 40) : m.start("q") if m.group("q") else m.start("host")]
    head = seg.text[line_start : line_start + 20].lstrip().lower()
    return (
        _NOT_A_NAME_BEFORE.search(before) is None
        and _NOT_A_THING_BEFORE.search(before) is None
        and not (seg.text.startswith(":", m.end("host")) and _LOGGER_AFTER_LEVEL.search(before) is not None)
        and not _not_a_host(m.group("host"))
        and not head.startswith(_TOOL_LINES)
    )


def _stated(
    default: FailureKind | None = None, *, from_shape: str = ""
) -> Callable[[re.Match[str], Segment], Hit | None]:
    """A hit whose kind is the reason after the name, else what the shape's words (`from_shape`: the match's own
    text) say, else `default` (no reason: `other`)."""

    def build(m: re.Match[str], seg: Segment) -> Hit | None:
        if not _namelike(m, seg):
            return None
        shape = m.group(0)[: m.start("host") - m.start()] if from_shape == "before" else m.group(0)
        kind = classify(m.group("rest") or "") or (classify(shape) if from_shape else None) or default
        kind = kind or unstated(_NO_REASON)
        return hit(m, seg, kind, port=m.group("port"))

    return build


_STATED = _stated()


def _record_not_got(m: re.Match[str], seg: Segment) -> Hit | None:
    """`_stated`, but a protocol's name after `record for` is no name (`Cannot locate SRV record for LDAP.`)."""
    return None if m.group("host").rstrip(".") in PROTOCOL_WORDS else _STATED(m, seg)


def _on_line() -> Callable[[re.Match[str], Segment], Hit | None]:
    """A hit whose kind is the reason after the name, else an error code the line names (MongoDB's `DNSHostNotFound:
    ... h was NOT successfully resolved`), else `other`."""

    def build(m: re.Match[str], seg: Segment) -> Hit | None:
        if not _namelike(m, seg):
            return None
        line_start = seg.text.rfind("\n", 0, m.start()) + 1
        kind = classify(m.group("rest") or "") or classify(seg.text[line_start : m.start()]) or unstated(_NO_REASON)
        return hit(m, seg, kind, port=m.group("port"))

    return build


# glusterd (`name.c`, af_inet_client_get_remote_sockaddr): `0-management: DNS resolution failed on host h`, the name
# ending its line (held-out AZ); a machine named mid-sentence (`failed on host node-1 for h`) is not the name
# held-out KX-LE (spent): the client's `0-glusterfs: DNS resolution failed on host srv-3:srv-4`, its remote-host
# option handed to the resolver whole (LABELS.md: as printed)
_ON_HOST_AT_END = rx(r"\bDNS\sresolution\sfailed\son\shost\s(?P<host>{H}(?::{H}){0,3})\s*$")
# (probes, round 9) gf_resolve_ip6's own line beside it states getaddrinfo's reason: `error in getaddrinfo [{family=2},
# {ret=Name or service not known}]`; held-out KX-LE (spent): older releases' `getaddrinfo failed (family:2) (Name or
# service not known)` and `getaddrinfo failed (Name or service not known)`, and a `The message "E [...] ..." repeated N
# times` summary of it under the line
_GLUSTER_GAI = re.compile(
    r"\berror\sin\sgetaddrinfo\s\[(?:\{family=\d{1,2}\},\s)?\{ret=(?P<rest>[^}\n]{1,120})\}\]"
    r"|\bgf_resolve_ip6\]\s0-resolver:\sgetaddrinfo\sfailed\s(?:\(family:\d{1,2}\)\s)?\((?P<rest2>[^)\n]{1,120})\)"
)
# (review) under it only the `repeated N times` summary: a resolver line below is the next host's own, written before it
_GLUSTER_SUMMARY = re.compile(r"^The\smessage\s\"[^\n]{0,200}?(?:" + _GLUSTER_GAI.pattern + r")")
GLUSTER_REASON_LINES = 2
GLUSTER_SUMMARY_LINES = 4
"""Lines under it read for the reason: the `repeated N times` summary comes after the client's next few lines."""


def _gluster_on_host(m: re.Match[str], seg: Segment) -> Hit | None:
    said = seg.first_above(_GLUSTER_GAI, GLUSTER_REASON_LINES) or seg.first_below(
        _GLUSTER_SUMMARY, GLUSTER_SUMMARY_LINES
    )
    reason = (said["rest"] or said["rest2"]) if said else None
    kind = (classify_resolution(reason) if reason else None) or unstated("glusterd `DNS resolution failed on host h`")
    found = hit(m, seg, kind, exact=True)
    return replace(found, printed=True) if ":" in found.host else found


# C and C++ programs' and loggers' own wording around a failed getaddrinfo: openconnect's `getaddrinfo failed for host
# 'h': <gai_strerror>`, RethinkDB's `getaddrinfo() failed for hostname: h, errno: 0` (held-out BA), `Error resolving
# hostname "h": <reason>`, `Error resolving host h`, and `DNS error for h: <reason>` (Python, .NET): the name must
# look like one (dotted, quoted or with a port), end the message or stand before `:`/`,` (`Error resolving host
# variables for h`, `DNS error for record h in zone z` name other things), and `DNS error for` needs a resolver's
# reason after it (a DNS provider's `DNS error for h: failed to create record` is an API's)
_CALL_FAILED_FOR = rx(
    r"\b(?P<phrase>getaddrinfo(?:\(\))?\sfailed\sfor(?:\shost(?:name)?:?)?|Error\sresolving\shost(?:name)?:?"
    r"|DNS\serror\sfor)\s(?P<q>['\"])?(?P<host>{H})(?(q)['\"])(?::(?P<port>\d{1,5}))?(?=(?P<rest>[^\n]{0,120}))"
)
# after the name: the line's end, a colon, a comma or a parenthesis, or the quote closing a JSON, logfmt or klog message
_CALL_REST = re.compile(r"\s*(?:$|[:,)]|\"(?:[\s,}]|$))")


def _call_failed_for(m: re.Match[str], seg: Segment) -> Hit | None:
    host, rest = m.group("host"), m.group("rest")
    if not (m.group("q") or m.group("port") or "." in host.strip(".")) or not _CALL_REST.match(rest):
        return None
    kind = classify_resolution(rest)
    if kind is None and m.group("phrase").lower().startswith("dns"):
        return None
    return hit(m, seg, kind or unstated(_CALL_NO_REASON), port=m.group("port"), exact=True)


_BARE_DID_NOT = unstated("a bare `h does not resolve` / `did not resolve`, nothing after it")
# (probes, round 12) or the end of a JSON string value, the object going on (Appwrite's API error, `{"message":"Hostname
# h does not resolve.","code":404,...}`)
_NOTHING_AFTER = re.compile(r"[\s.!'\"`]*\Z")
_JSON_VALUE_END = re.compile(r"[.!]?\\?\"\s{0,3}[,}\]]")


def _did_not_resolve(m: re.Match[str], seg: Segment) -> Hit | None:
    """`h does not resolve.` with nothing after it reads like a bare `cannot be resolved` (LABELS.md); words after it
    that state no reason (`did not resolve to an IP address`) leave the unstated kind."""
    if not _namelike(m, seg):
        return None
    rest = m.group("rest") or ""
    in_json = _JSON_VALUE_END.match(rest) is not None
    bare = in_json or _NOTHING_AFTER.match(rest) is not None
    kind = classify(rest) or (_BARE_DID_NOT if bare else unstated(_NO_REASON))
    found = hit(m, seg, kind, port=m.group("port"))
    # a bare statement ending a JSON value, the object going on: a reason stated elsewhere for the name wins (review)
    return replace(found, assumed=True) if in_json and kind == _BARE_DID_NOT else found


# `h is not (currently) resolvable` with no reason after it: a bare "not resolvable", which LABELS.md reads as a bare
# `could not be resolved` (ZooKeeper's clause; DDEV's `The hostname h is not currently resolvable, trying to add it to
# the hosts file`: held-out GL and the source-mined probes say `nxdomain`, BK `other`)
_BARE_UNRESOLVABLE = unstated("a bare `h is not resolvable` (no reason after it)")


_CALL_NO_REASON = "a program's `getaddrinfo failed for h` / `Error resolving host h` (no reason)"


# held-out LF-LM (spent): a URL as the statement's subject (`http://metadata.google.internal/computeMetadata/v1/ is not
# resolvable`, a provisioning script's words): its host, the kind as for a name there
_URL_UNRESOLVABLE = rx(
    r"(?<![\w/])(?P<q>{Q})?(?P<url>[a-z][a-z0-9+.\-]{1,15}://[^\s\"'`<>]{1,2048}?)(?(q){Q})\s{1,2}"
    r"(?P<verb>(?:is|was)\snot\s(?:currently\s)?resolvable|isn't\sresolvable"
    r"|(?:(?:could|can)\s?not|couldn't|can't|cannot)\sbe\sresolved)\b" + _REST
)


def _url_unresolvable(m: re.Match[str], seg: Segment) -> Hit | None:
    """(review) `could not be resolved` said of a URL is mostly a link's or a reference's (`URI <url> cannot be resolved
    to intent`, a JSON schema's `$ref`, git's `<url> could not be resolved to a commit`): only with a resolver's reason
    after it; `is not resolvable` with nothing after it, or a reason."""
    rest = m.group("rest") or ""
    if _QUOTED_MESSAGE_END.match(rest) or _ADVICE_AFTER.match(rest):
        rest = ""
    if "resolvable" not in m.group("verb"):
        kind = classify_resolution(rest)
        return url_hit(m, seg, kind) if kind else None
    if rest.strip() and not rest.lstrip().startswith((".", ",", ";", ":")):
        return None  # `is not resolvable to ...`, words after it
    return url_hit(m, seg, classify(rest) or _BARE_UNRESOLVABLE)


RULES: tuple[Rule, ...] = (
    Rule("stated-cannot-be-resolved", ("be resolved",), _CANNOT_BE_RESOLVED, _cannot_be_resolved),
    Rule(
        "stated-dns-failed-on-host",
        ("dns resolution failed on host ",),
        _ON_HOST_AT_END,
        _gluster_on_host,
    ),
    Rule(
        "stated-call-failed-for",
        ("getaddrinfo failed for", "getaddrinfo() failed for", "error resolving host", "dns error for"),
        _CALL_FAILED_FOR,
        _call_failed_for,
    ),
    Rule("stated-unresolvable", ("resolvable",), _UNRESOLVABLE, _stated(_BARE_UNRESOLVABLE)),
    Rule("stated-url-unresolvable", ("resolvable", "be resolved"), _URL_UNRESOLVABLE, _url_unresolvable),
    Rule("stated-did-not-resolve", ("not resolve", "n't resolve"), _DID_NOT_RESOLVE, _did_not_resolve),
    Rule(
        "stated-was-not-resolved", ("not resolved", "not successfully resolved"), _NOT_SUCCESSFULLY_RESOLVED, _on_line()
    ),
    Rule(
        "stated-resolution-failed-after", ("resolution failed", "resolution error"), _RESOLUTION_FAILED_AFTER, _stated()
    ),
    Rule("stated-error-looking-up", ("error looking up ",), _ERROR_LOOKING_UP, _stated()),
    Rule(
        "stated-lookup-of-failed",
        ("lookup of", "lookup for", "resolution of", "resolution for", "query for"),
        _LOOKUP_OF_FAILED,
        _stated(from_shape="whole"),
    ),
    Rule("stated-resolving-failed", ("resolving ", "looking up "), _RESOLVING_FAILED, _stated(from_shape="whole")),
    Rule(
        "stated-failed-for",
        ("failed for", "error for", "timed out for", "failed on attempt"),
        _FAILED_FOR,
        _stated(from_shape="whole"),
    ),
    Rule(
        "stated-could-not-get",
        (
            "look up ",
            "lookup host",
            "lookup the host",
            "address for",
            "address of",
            "addresses for",
            "ip for",
            "dns for",
            "target host",
            "remote host",
            "destination host",
            "upstream host",
        ),
        _COULD_NOT_GET,
        _stated(),
    ),
    Rule("stated-no-records", ("records", "record for", "addresses", "entries for"), _NO_RECORDS, _stated("nxdomain")),
    Rule(
        "stated-record-not-got",
        ("record for", "records for", "record of", "entry for", "entries for"),
        _RECORD_NOT_GOT,
        _record_not_got,
    ),
    Rule("stated-dns-name-not-found", ("dns name",), _DNS_NAME_NOT_FOUND, _stated("nxdomain")),
    Rule(
        "stated-timeout-resolving",
        (
            "timeout resolving",
            "timed out resolving",
            "timeout while",
            "timed out while",
            "timeout looking up",
            "timed out looking up",
        ),
        _TIMEOUT_RESOLVING,
        _stated("timeout"),
    ),
    Rule(
        "stated-verdict-then-name",
        ("no such host:", "not found:", "enotfound:", "hostnotfound:"),
        _VERDICT_THEN_NAME,
        _stated("nxdomain", from_shape="before"),
    ),
    Rule("stated-libc-call", ("getaddrinfo(", "gethostbyname("), _LIBC_CALL, _stated()),
    Rule("stated-libc-reentrant-call", ("gethostbyname_r(", "gethostbyname2_r("), _LIBC_CALL_R, _stated()),
    Rule("stated-libc-failed-for", ("gethostbyname",), _LIBC_FAILED_FOR, _stated()),
)
