r"""Node authentication and directory clients' own texts for a failed look-up (issue #17, the eleventh round of probes
rendered from programs' own source, session 63; each rule named by the program and its format):

- MIT Kerberos' trace (`KRB5_TRACE`): the `Resolving hostname h` lines right above kinit's `Cannot contact any KDC for
  realm 'R'` (no reason: `other`) or `Resource temporarily unavailable` (EAI_AGAIN's words: `temporary`) — no
  `Sending initial UDP request to ...` came after them; and its `Sending DNS SRV query for _kerberos._udp.R` with `No
  SRV records found` under it, where kinit then says `Cannot find KDC for realm` (`nxdomain`, the first SRV name of the
  queries right above; never `_kerberos-master`, looked up after every reply);
- realmd's discovery, `* Resolving: h` then `* No results: h` (`other`);
- OpenLDAP's debug output, `ldap_connect_to_host: getaddrinfo failed: <reason>` under its `ldap_connect_to_host: TCP
  h:port` line;
- SSSD's back end, `Couldn't resolve server (h), resolver returned [11]: Resource temporarily unavailable`: its own
  fail-over code (EAGAIN, try later), not the resolver's, so only the name is stated (`other`, which the fail-over's
  `Failed to resolve server 'h': <reason>` line replaces).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import classify_resolution
from checks.parsing.model import FailureKind
from checks.parsing.rules.base import Hit, Rule, fixed, hit, rx

_KINIT_ERROR = rx(
    r"\bkinit:\s(?P<msg>Cannot\scontact\sany\sKDC\sfor\srealm|Resource\stemporarily\sunavailable)\b[^\n]{0,120}"
    r"\swhile\sgetting\sinitial\scredentials"
)
_KRB5_RESOLVING = rx(r"\s\d{9,11}\.\d{1,6}:\sResolving\shostname\s(?P<host>{H})[ \t]*$")
_KRB5_TRACE_LINES = 6
_KRB5_SRV_NONE = rx(r"\bNo\sSRV\srecords\sfound\b")
_KRB5_SRV_QUERY = rx(r"\bSending\sDNS\sSRV\squery\sfor\s(?P<host>_kerberos[\w-]{0,20}\._(?:udp|tcp)\.{H})")
_KINIT_NO_KDC = re.compile(r"\bkinit:\sCannot\sfind\sKDC\sfor\srealm\b")
_SRV_GAVE_UP_LINES = 3
_REALMD_NO_RESULTS = rx(r"^\s{0,4}\*\sNo\sresults:\s(?P<host>{H})\s*$")
_REALMD_RESOLVING = rx(r"^\s{0,4}\*\sResolving:\s(?P<host>{H})\s*$")
_LDAP_GETADDRINFO = rx(r"\bldap_connect_to_host:\sgetaddrinfo\sfailed:\s(?P<rest>[^\n]{1,80})")
_LDAP_CONNECT = rx(r"\bldap_connect_to_host:\s(?:TCP|UDP)\s(?P<host>{H}):(?P<port>\d{1,5})")
_SSSD_RESOLVER_EAGAIN = rx(
    r"\bCouldn't\sresolve\sserver\s\((?P<host>{H})\),\sresolver\sreturned\s\[11\]:\sResource\stemporarily\sunavailable"
)


def _krb5_resolving(m: re.Match[str], seg: Segment) -> Hit | None:
    for line in seg.lines_after(_KRB5_TRACE_LINES):
        if _KRB5_RESOLVING.search(line):
            continue  # another KDC's name it was resolving, nothing sent in between
        gave_up = _KINIT_ERROR.search(line)
        if gave_up is None:
            return None  # a request was sent after it (`Sending initial UDP request to ...`): it resolved
        kind: FailureKind = "other" if gave_up.group("msg").lower().startswith("cannot") else "temporary"
        return hit(m, seg, kind, exact=True)
    return None


def _krb5_srv_none(m: re.Match[str], seg: Segment) -> Hit | None:
    # (review) MIT's trace prints `No SRV records found` after each realm's queries, for `_kerberos-master` after every
    # reply too: only where kinit then says it found no KDC for the realm, and only for the KDC's own records
    for line in seg.lines_after(_SRV_GAVE_UP_LINES):
        if _KINIT_NO_KDC.search(line):
            break
        if not (_KRB5_SRV_QUERY.search(line) or _KRB5_SRV_NONE.search(line)):
            return None
    else:
        return None
    queries = []
    for line in seg.lines_before(2):
        query = _KRB5_SRV_QUERY.search(line)
        if query is None:
            break
        queries.append(query)
    if not queries or queries[-1].group("host").lower().startswith("_kerberos-master"):
        return None
    return hit(m, seg, "nxdomain", host=queries[-1].group("host").lower().rstrip("."), exact=True)


def _realmd_no_results(m: re.Match[str], seg: Segment) -> Hit | None:
    asked = seg.first_above(_REALMD_RESOLVING, 2)
    if asked is None or asked.group("host").lower() != m.group("host").lower():
        return None
    return hit(m, seg, "other", exact=True)


def _ldap_getaddrinfo(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group("rest"))
    above = seg.lines_before(1)
    dialed = _LDAP_CONNECT.search(above[0]) if above else None
    if kind is None or dialed is None:
        return None
    return hit(m, seg, kind, host=dialed.group("host"), port=dialed.group("port"), exact=True)


RULES: tuple[Rule, ...] = (
    Rule("krb5-trace-resolving-then-gave-up", ("resolving hostname ",), _KRB5_RESOLVING, _krb5_resolving),
    Rule("krb5-trace-no-srv-records", ("no srv records found",), _KRB5_SRV_NONE, _krb5_srv_none),
    Rule("realmd-no-results", ("* no results: ",), _REALMD_NO_RESULTS, _realmd_no_results),
    Rule(
        "openldap-getaddrinfo-failed",
        ("ldap_connect_to_host: getaddrinfo failed",),
        _LDAP_GETADDRINFO,
        _ldap_getaddrinfo,
    ),
    Rule(
        "sssd-resolver-returned-eagain", ("resolver returned [11]",), _SSSD_RESOLVER_EAGAIN, fixed("other", exact=True)
    ),
)
