r"""Telecom, HPC, edge and federated servers' own texts for a failed look-up (issue #17, the ninth round of probes
rendered from programs' own source, session 62; each rule named by the program and its format):

- Asterisk: `store_stunaddr_resolved: Lookup of stunaddr 'h' failed`; res_pjsip's `Performing SIP DNS resolution of
  target 'h'` followed by `Resolution completed - 0 viable targets` (no reason: `other`);
- Kamailio and OpenSIPS: `resolve_host(h) failure` (`other`); Kamailio's `resolving h host name in uri failed:
  <reason>`, its reasons `unresolvable A or AAAA / SRV / NAPTR request` (no records: `nxdomain`, as LABELS.md reads a
  bare `could not be resolved`); OpenSIPS' `own_gethostbyname2: Domain name not found: h` (`nxdomain`) and `Failed to
  get dns answer for h` (an answer it could not read: `other`);
- Pion's ICE agent, `Failed to discover mDNS candidate h: mDNS: context has elapsed` (`timeout`);
- Sofia-SIP's transport, `su_getaddrinfo(h, port) for udp: <reason>`;
- MPICH Hydra's `unable to get host address for h` with no code after it; Open MPI's help text `The Slurm control
  host could not be resolved.` with its `Host: h` below, PRRTE's `Bootstrap startup was unable to resolve a DVM member
  host` with its `host: h` below (`nxdomain`, a bare `could not be resolved`); OpenPBS' `cannot connect to server h
  (errno=15008)` (PBSE_BADHOST, printed with `Unknown Host.`: `nxdomain`); Nextflow's `Unknown network host: h`
  (Java's UnknownHostException: `nxdomain`); HTCondor's `probably an unresolved hostname; daemon name is 'h'`
  (`other`);
- ESP-IDF's esp-tls, `couldn't get hostname for :h: getaddrinfo() returns 202` (lwIP's code, no text: `other`);
- Azure IoT Edge's check, `Failed to resolve parent hostname h`, the reason in the `caused by:` lines below;
- Drush, `h does not appear to be a resolvable hostname or IP` (`nxdomain`);
- ejabberd's Redis client, `Redis connection #N at h:port has failed: {connection_error,nxdomain}`;
- Prosody: `Results for h IN T: RCODE (...)` (libunbound's answer in its debug log), `prosodyctl check dns`'s `Problem
  looking up T record for 'h': RCODE` and `HTTP service h has no A/AAAA record` (`nxdomain`);
- an XMPP error stanza under `<remote-server-not-found/>`: ejabberd's `DNS lookup failed: non-existing domain`
  (`nxdomain`), Prosody's `Server-to-server connection failed: unable to resolve service` (`other`), the domain of the
  stanza's `from`;
- conduwuit's resolver, `DNS error: <hickory's reason>, host: h`.
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import classify, classify_resolution, from_rcode
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, fixed, hit, names_in_paste, rx

# --- Asterisk --------------------------------------------------------------------------------------------------------

_ASTERISK_STUNADDR = rx(r"\bLookup\sof\sstunaddr\s'(?P<host>{H})'\sfailed\b")
_PJSIP_NO_TARGETS = rx(r"\bResolution\scompleted\s-\s0\sviable\stargets\b")
_PJSIP_TARGET = re.compile(r"\bPerforming\sSIP\sDNS\sresolution\sof\starget\s'(?P<host>[^'\s]{1,253})'")
_PJSIP_LINES = 3


def _pjsip_no_targets(m: re.Match[str], seg: Segment) -> Hit | None:
    target = seg.first_above(_PJSIP_TARGET, _PJSIP_LINES)
    if target is None:
        return None
    return hit(m, seg, unstated("Asterisk `Lookup of stunaddr 'h' failed` / `0 viable targets`"), host=target["host"])


# --- Kamailio and OpenSIPS -------------------------------------------------------------------------------------------

_RESOLVE_HOST_FAILURE = rx(r"\bresolve_host\((?P<host>{H})\)\sfailure\b")
_KAMAILIO_URI_HOST = rx(r"\bresolving\s(?P<host>{H})\shost\sname\sin\suri\sfailed:\s(?P<rest>[^\n]{1,80})")
_KAMAILIO_REASON = re.compile(r"unresolvable\s(?:A\sor\sAAAA|A|AAAA|SRV|NAPTR)\srequest", re.I)
_OPENSIPS_NOT_FOUND = rx(r"gethostbyname2?:\sDomain\sname\snot\sfound:\s(?P<host>{H})")
_OPENSIPS_NO_ANSWER = rx(r"\bFailed\sto\sget\sdns\sanswer\sfor\s(?P<host>{H})")


def _resolve_host_failure(m: re.Match[str], seg: Segment) -> Hit | None:
    if "." not in m["host"].strip("."):
        return None  # (review) code's `resolve_host(ctx) failure path`, not a Via's host
    return hit(m, seg, unstated("Kamailio / OpenSIPS `resolve_host(h) failure`"))


def _kamailio_uri_host(m: re.Match[str], seg: Segment) -> Hit | None:
    rest = m.group("rest")
    kind = "nxdomain" if _KAMAILIO_REASON.match(rest) else classify_resolution(rest)
    return hit(m, seg, kind, exact=True) if kind else None


# --- Pion ICE, Sofia-SIP ---------------------------------------------------------------------------------------------

_PION_MDNS = rx(r"\bFailed\sto\sdiscover\smDNS\scandidate\s(?P<host>{H}):\smDNS:\scontext\shas\selapsed\b")
_SU_GETADDRINFO = rx(r"\bsu_getaddrinfo\((?P<host>{H}),\s{0,2}\d{1,5}\)\sfor\s\w{2,5}:\s(?P<rest>[^\n]{1,80})")


def _su_getaddrinfo(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group("rest"))
    return hit(m, seg, kind, exact=True) if kind else None


# --- HPC: Hydra, Open MPI, PRRTE, OpenPBS, Nextflow, HTCondor ---------------------------------------------------------

_HYDRA_BARE = rx(
    r"\bHYDU_sock_connect\s\([^)\n]{1,120}\):\sunable\sto\sget\shost\saddress\sfor\s(?P<host>{H})[ \t]{0,3}$"
)
_OMPI_SLURM_HOST = rx(r"^\s{0,4}The\sSlurm\scontrol\shost\scould\snot\sbe\sresolved\.[ \t]{0,3}$")
_PRRTE_DVM = rx(r"\bBootstrap\sstartup\swas\sunable\sto\sresolve\sa\sDVM\smember\shost\b")
_HOST_FIELD = re.compile(r"^\s{0,8}[Hh]ost:\s{1,8}(?P<host>[A-Za-z0-9_.\-]{1,253})\s{0,3}$")
_HELP_LINES = 6
"""Lines of a help text read below its headline for the `Host:` field."""


def _help_host_below(m: re.Match[str], seg: Segment) -> Hit | None:
    for line in seg.lines_after(_HELP_LINES):
        if line.startswith("---"):
            break  # (review) the next help text's `Host:` is another's
        field = _HOST_FIELD.match(line)
        if field:
            kind = unstated("a bare `h cannot be resolved` / `could not be resolved`, nothing after it")
            return hit(m, seg, kind, host=field["host"], exact=True)
    return None


_PBS_BADHOST = rx(r"\bcannot\sconnect\sto\sserver\s(?P<host>{H})(?:\s\(errno=15008\)|,\serror=15008\b)")
_NEXTFLOW_UNKNOWN_HOST = rx(r"\bUnknown\snetwork\shost:\s(?P<host>{H})")
_CONDOR_UNRESOLVED = rx(r"\bprobably\san\sunresolved\shostname;\sdaemon\sname\sis\s'(?P<host>{H})'")

# --- ESP-IDF, Azure IoT Edge, Drush ----------------------------------------------------------------------------------

_ESP_TLS = rx(r"\besp-tls:\scouldn't\sget\shostname\sfor\s:(?P<host>{H}):\sgetaddrinfo\(\)\sreturns\s\d{1,4}\b")
# (its own line, not the same words repeated in a `caused by:` below it)
_IOTEDGE_PARENT = rx(r"^[ \t]{0,16}Failed\sto\sresolve\sparent\shostname\s(?P<host>{H})[ \t]{0,3}$")
_CAUSED_BY = re.compile(r"^\s{0,16}caused\sby:\s(?P<rest>[^\n]{1,300})", re.I)
_IOTEDGE_LINES = 3


def _iotedge_parent(m: re.Match[str], seg: Segment) -> Hit | None:
    caused = False
    for line in seg.lines_after(_IOTEDGE_LINES):
        cause = _CAUSED_BY.match(line)
        if cause is None:
            break
        caused = True
        kind = classify(cause["rest"])  # (the .NET diagnostics' `(Resource temporarily unavailable)`: EAI_AGAIN's)
        if kind and kind != "other":  # (`caused by: Failed to resolve parent hostname h` repeats the words)
            return hit(m, seg, kind, exact=True)
    if caused:
        return None  # the check itself failed (its diagnostics image not found): no look-up shown
    return hit(m, seg, unstated("IoT Edge `Failed to resolve parent hostname h` (no cause below)"), exact=True)


# (its warning's own start, after the level's bracket: not `the mysql host does not appear ...`; review)
_DRUSH_NOT_RESOLVABLE = rx(
    r"(?:^|\]\s)[ \t]{0,4}(?P<host>{H})\sdoes\snot\sappear\sto\sbe\sa\sresolvable\shostname\sor\sIP\b"
)

# --- ejabberd's Redis client, Prosody ------------------------------------------------------------------------------

_EJABBERD_REDIS = rx(
    r"\bRedis\sconnection\s#\d{1,4}\sat\s(?P<host>{H}):\d{1,5}\shas\sfailed:\s\{connection_error,"
    r"(?P<reason>nxdomain|timeout)\}"
)
_PROSODY_RESULTS = rx(r"\bResults\sfor\s(?P<host>{H})\sIN\s[A-Z]{1,6}:\s(?P<rcode>NXDOMAIN|SERVFAIL|REFUSED)\b")
_PROSODY_PROBLEM = rx(
    r"\bProblem\slooking\sup\s[A-Z]{1,6}\srecord\sfor\s'(?P<host>{H})':\s(?P<rcode>NXDOMAIN|SERVFAIL|REFUSED)\b"
)
_PROSODY_NO_ADDRESS = rx(r"\bHTTP\sservice\s(?P<host>{H})\shas\sno\sA/AAAA\srecord\b")


# an XMPP error stanza's text (ejabberd's `DNS lookup failed: non-existing domain`, Prosody's `Server-to-server
# connection failed: unable to resolve service`) under `<remote-server-not-found/>`: the domain of the stanza's `from`
_XMPP_STANZA_TEXT = rx(
    r"(?P<said>DNS\slookup\sfailed:\snon-existing\sdomain|Server-to-server\sconnection\sfailed:\sunable\sto\sresolve"
    r"\sservice)</text>"
)
_STANZA_FROM = re.compile(
    r"<(?:message|presence|iq)\b[^>\n]{0,300}\sfrom=['\"](?:[^'\"@/\s]{1,64}@)?(?P<host>[^'\"@/\s]{1,253})"
)
_STANZA_LINES = 5


def _xmpp_stanza(m: re.Match[str], seg: Segment) -> Hit | None:
    line_start = seg.text.rfind("\n", 0, m.start()) + 1
    same_line = seg.text[line_start : m.start()]  # (review: a stanza on one line)
    sender = _STANZA_FROM.search(same_line) or seg.first_above(_STANZA_FROM, _STANZA_LINES)
    if sender is None or "remote-server-not-found" not in same_line + "".join(seg.lines_before(_STANZA_LINES)):
        return None
    kind = (
        "nxdomain"
        if m["said"].startswith("DNS")
        else unstated("Prosody `Server-to-server connection failed: unable to resolve service` (a stanza)")
    )
    return hit(m, seg, kind, host=sender["host"], exact=True)


_CONDUWUIT_DNS = rx(r"\bDNS\serror:\s(?P<rest>[^\n]{1,160}?),\shost:\s(?P<host>{H})")


def _conduwuit(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify(m["rest"])
    return hit(m, seg, kind, exact=True) if kind else None


def _rcode(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, from_rcode(m["rcode"]), exact=True)


_SRV_PREFIX = re.compile(r"_[A-Za-z0-9-]{1,30}\._(?:tcp|udp)\.", re.I)


def _prosody_results(m: re.Match[str], seg: Segment) -> Hit | None:
    """(review) An SRV name's NXDOMAIN is no failure where the same log shows the domain's own address answered
    (Prosody falls back to the A / AAAA record)."""
    srv = _SRV_PREFIX.match(m["host"])
    if srv is not None and m["host"][srv.end() :].rstrip(".").lower() in names_in_paste(
        seg, "prosody-answered", _PROSODY_ANSWERED
    ):
        return None
    return _rcode(m, seg)


_PROSODY_ANSWERED = re.compile(r"\bResults\sfor\s(?P<host>[^\s]{1,253})\sIN\sA{1,4}:\s\d{1,3}\sitems?\b")


RULES: tuple[Rule, ...] = (
    Rule(
        "asterisk-stunaddr-lookup",
        ("lookup of stunaddr ",),
        _ASTERISK_STUNADDR,
        fixed(unstated("Asterisk `Lookup of stunaddr 'h' failed` / `0 viable targets`"), exact=True),
    ),
    Rule("pjsip-zero-viable-targets", ("0 viable targets",), _PJSIP_NO_TARGETS, _pjsip_no_targets),
    Rule(
        "sip-resolve-host-failure",
        ("resolve_host(",),
        _RESOLVE_HOST_FAILURE,
        _resolve_host_failure,
    ),
    Rule("kamailio-uri-host", (" host name in uri failed",), _KAMAILIO_URI_HOST, _kamailio_uri_host),
    Rule("opensips-domain-not-found", ("domain name not found: ",), _OPENSIPS_NOT_FOUND, fixed("nxdomain", exact=True)),
    Rule(
        "opensips-no-dns-answer",
        ("failed to get dns answer for ",),
        _OPENSIPS_NO_ANSWER,
        fixed(unstated("OpenSIPS `Failed to get dns answer for h`")),  # (review: not `... for the query`)
    ),
    Rule("pion-mdns-elapsed", ("mdns: context has elapsed",), _PION_MDNS, fixed("timeout", exact=True)),
    Rule("sofia-su-getaddrinfo", ("su_getaddrinfo(",), _SU_GETADDRINFO, _su_getaddrinfo),
    Rule(
        "hydra-host-address-bare",
        ("unable to get host address for ",),
        _HYDRA_BARE,
        fixed(unstated("MPICH Hydra `unable to get host address for h (N)`"), exact=True),
    ),
    Rule(
        "ompi-slurm-control-host", ("the slurm control host could not be resolved",), _OMPI_SLURM_HOST, _help_host_below
    ),
    Rule("prrte-dvm-member-host", ("unable to resolve a dvm member host",), _PRRTE_DVM, _help_host_below),
    Rule("openpbs-bad-host", ("15008",), _PBS_BADHOST, fixed("nxdomain", exact=True)),
    # (assumed: Nextflow prints the exception's message after it, `h: Temporary failure in name resolution`; review)
    Rule(
        "nextflow-unknown-network-host",
        ("unknown network host: ",),
        _NEXTFLOW_UNKNOWN_HOST,
        fixed("nxdomain", assumed=True),
    ),
    Rule(
        "htcondor-unresolved-hostname",
        ("probably an unresolved hostname",),
        _CONDOR_UNRESOLVED,
        fixed(unstated("HTCondor `probably an unresolved hostname; daemon name is 'h'`"), exact=True),
    ),
    Rule(
        "esp-tls-getaddrinfo",
        ("couldn't get hostname for :",),
        _ESP_TLS,
        fixed(unstated("ESP-IDF `couldn't get hostname for :h: getaddrinfo() returns N`"), exact=True),
    ),
    Rule("iotedge-parent-hostname", ("failed to resolve parent hostname ",), _IOTEDGE_PARENT, _iotedge_parent),
    Rule(
        "drush-not-resolvable",
        ("does not appear to be a resolvable hostname",),
        _DRUSH_NOT_RESOLVABLE,
        fixed("nxdomain", exact=True),
    ),
    Rule(
        "ejabberd-redis-connection-error",
        ("{connection_error,",),
        _EJABBERD_REDIS,
        lambda m, seg: hit(m, seg, "nxdomain" if m["reason"] == "nxdomain" else "timeout", exact=True),
    ),
    Rule("prosody-unbound-results", ("results for ",), _PROSODY_RESULTS, _prosody_results),
    Rule("prosodyctl-problem-looking-up", ("problem looking up ",), _PROSODY_PROBLEM, _rcode),
    Rule("prosodyctl-no-address", ("has no a/aaaa record",), _PROSODY_NO_ADDRESS, fixed("nxdomain", exact=True)),
    Rule(
        "xmpp-stanza-remote-server",
        ("non-existing domain</text>", "unable to resolve service</text>"),
        _XMPP_STANZA_TEXT,
        _xmpp_stanza,
    ),
    Rule("conduwuit-dns-error-host", ("dns error: ",), _CONDUWUIT_DNS, _conduwuit),
)
