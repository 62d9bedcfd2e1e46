r"""Clients whose failed look-up held-out sets AP-AR met in formats no rule read (issue #17).

- etcd's `failed to resolve URL Host` (pkg/netutil), as JSON or as zap's console line: the name is its `host` field,
  the reason its `error` field (`i/o timeout`, or Go's whole `lookup h on s:53: ...`);
- Chrome's error page, copied as text: `h\u2019s server IP address could not be found.` (DNS_PROBE_FINISHED_NXDOMAIN;
  older versions say `server DNS address`);
- a `host:port getaddrinfo: <gai_strerror text>` line (wait4ports, and C tools that print the pair they were given);
- Python gRPC's bare `details = "DNS resolution failed"` (grpcio prints the target only in later versions): the
  target is the one the paste's code opens a channel to (`grpc.insecure_channel("h:port")`), when it opens one only;
- (held-out AZ-BC) Bazel's downloader, `All mirrors are down: [Unknown host: h1, Unknown host: h2]` and `Error
  downloading [...] to ...: Unknown host: h` (Java's UnknownHostException, its name after `Unknown host: `), every
  name of the list; GnuPG's `gpg: keyserver receive failed: No name` (dirmngr's GPG_ERR_NO_NAME, EAI_NONAME) with the
  `--keyserver h` of its command above (RethinkDB's `getaddrinfo() failed for hostname: h, errno: N` is read by
  `failure_statements.py`); Chrome's page title run into the name when copied (`This site can't be reachedh's server
  IP address could not be found.`, typographic quotes too).
"""

from __future__ import annotations

import re

from checks.parsing.document import Document, Segment
from checks.parsing.hosts import HOST
from checks.parsing.kinds import classify, classify_resolution
from checks.parsing.model import FailureKind
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, fixed, hit, rx

# --- etcd: `failed to resolve URL Host` with its `host` and `error` fields -------------------------------------------

# The first `host` field after the words is the one (an atomic group: a line of near-matches is not re-read for each
# later `host` field when no `error` field follows, which made a megabyte of them take half a second)
_ETCD_URL_HOST = rx(
    r"(?>failed\sto\sresolve\sURL\sHost[^\n]{0,400}?[\"']host[\"']\s{0,2}:\s{0,2}[\"'])(?P<host>{H})"
    r"(?::(?P<port>\d{1,5}))?[\"'](?=[^\n]{0,400}?[\"']error[\"']\s{0,2}:\s{0,2}[\"'](?P<rest>[^\"'\n]{0,200}))"
)

_GO_LOOKUP = re.compile(r"lookup\s")


def _etcd_url_host(m: re.Match[str], seg: Segment) -> Hit | None:
    rest = m.group("rest")
    if _GO_LOOKUP.match(rest):  # Go's own text: its reason after the name and server
        rest = rest.rsplit(": ", 1)[-1]
    kind = classify(rest) or unstated("etcd `failed to resolve URL Host` (an error of no resolver's words)")
    return hit(m, seg, kind, port=m.group("port"), exact=True)


# --- Chrome's error page: `h's server IP address could not be found.` -----------------------------------------------

_CHROME_PAGE = rx(
    r"(?P<lead>\b[A-Za-z]{1,10}\s)?{NB}(?P<host>{H})(?:\u2019|'|&#39;)s\sserver\s(?:IP|DNS)\saddress\scould\snot\sbe\sfound"
)
# the page's newer wording, its name in the advice (`Check if there is a typo in h.`), with the NXDOMAIN code
_CHROME_TYPO = rx(r"\bCheck\sif\sthere\sis\sa\stypo\sin\s(?P<host>{H})\.?(?:\s|$)")
_PROBE_CODE = re.compile(r"\bDNS_PROBE_FINISHED_(?P<code>[A-Z_]{2,30})")
_ARTICLES = frozenset({"the", "a", "an", "your", "this", "that", "my", "our", "its"})


def _probe_kind(seg: Segment) -> FailureKind | None:
    """The kind the page's code below it says (`DNS_PROBE_FINISHED_NXDOMAIN`); None: no code; `other` for a
    resolver that could not be asked (`BAD_CONFIG`, `NO_INTERNET`)."""
    for line in [seg.text, *seg.lines_after(6)]:
        code = _PROBE_CODE.search(line)
        if code is not None:
            return "nxdomain" if code.group("code") == "NXDOMAIN" else "other"
    return None


_TITLE_GLUED = re.compile(r"can(?:\u2019|'|no)t\sbe\s$", re.I)
_REACHED = "reached"


def _chrome_page(m: re.Match[str], seg: Segment) -> Hit | None:
    lead = (m.group("lead") or "").strip().lower()
    if lead in _ARTICLES and "." not in m.group("host"):
        return None  # prose: "the site's server IP address could not be found"
    host = m.group("host")
    # the page's title `This site can't be reached` run into the name by a copy without its line break
    if (
        host.lower().startswith(_REACHED)
        and len(host) > len(_REACHED) + 1
        and _TITLE_GLUED.search(seg.text, max(0, m.start("host") - 16), m.start("host"))
    ):
        start = seg.start + m.start("host") + len(_REACHED)
        return Hit(host[len(_REACHED) :], _probe_kind(seg) or "nxdomain", start, seg.start + m.end("host"), exact=True)
    return hit(m, seg, _probe_kind(seg) or "nxdomain", exact=True)


def _chrome_typo(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, "nxdomain", exact=True) if _probe_kind(seg) == "nxdomain" else None


# --- `host:port getaddrinfo: <text>`: a tool printing the pair it was given, then gai_strerror's text ----------------

# not a time (`12:00:01 getaddrinfo:`) nor a source file and line (`net.c:245 getaddrinfo:`)
_PAIR_GETADDRINFO = rx(r"{NB}(?<![\d:])(?P<host>{H}):(?P<port>\d{1,5})\sgetaddrinfo:\s(?=(?P<rest>[^\n]{1,100}))")
_SOURCE_ENDINGS = (".c", ".cc", ".cpp", ".cxx", ".h", ".hpp", ".go", ".rs", ".py", ".java", ".js", ".ts", ".rb", ".php")


def _pair_getaddrinfo(m: re.Match[str], seg: Segment) -> Hit | None:
    host = m.group("host")
    if not any(c.isalpha() for c in host) or host.lower().endswith(_SOURCE_ENDINGS):
        return None
    kind = classify_resolution(m.group("rest")) or unstated("`h:port getaddrinfo: <text>` (no resolver reason)")
    return hit(m, seg, kind, port=m.group("port"), exact=True)


# --- Python gRPC: `details = "DNS resolution failed"`, the target in the paste's channel call -------------------------

# held-out CU (spent): gRPC core before 1.20 said `details = "Name resolution failure"` for the same failure
_GRPC_BARE = rx(r"\bdetails\s{0,2}=\s{0,2}\"(?:DNS\sresolution\sfailed|Name\sresolution\sfailure)\"")
_CHANNEL_CALL = re.compile(
    r"\b(?:insecure_channel|secure_channel|grpc\.Dial(?:Context)?|grpc\.NewClient)\(\s{0,3}(?:ctx,\s{0,3})?"
    # held-out CU (spent): a port typed as its slot's word (`'k8s-service-name:port'`)
    r"[\"'](?:dns:(?:///)?)?(?P<host>" + HOST + r"):(?P<port>\d{1,5}|port)[\"']"
)
CHANNEL_CALLS = 20
"""Channel calls read per paste for a bare gRPC failure's target."""


def _channel_targets(doc: Document) -> dict[str, str]:
    """The names (and ports) the paste opens gRPC channels to, read once a paste."""
    cached = doc.memo.get("grpc-channels")
    if cached is None:
        targets: dict[str, str] = {}
        # none when the paste names its failing target itself (gRPC's newer `DNS resolution failed for h`), which
        # another rule reads
        calls = () if "dns resolution failed for" in doc.lower else _CHANNEL_CALL.finditer(doc.text)
        for n, call in enumerate(calls):
            if n >= CHANNEL_CALLS:
                break
            host = call.group("host").lower()
            if not host.replace(".", "").isdigit() and host != "localhost":  # an address, loopback: no look-up
                targets.setdefault(host, call.group("port"))
        cached = doc.memo["grpc-channels"] = targets
    return cached  # type: ignore[return-value]


def _grpc_bare(m: re.Match[str], seg: Segment) -> Hit | None:
    targets = _channel_targets(seg.doc)
    if len(targets) != 1:
        return None  # none, or several channels: which one failed is not said
    host, port = next(iter(targets.items()))
    return hit(m, seg, unstated("gRPC Python `DNS resolution failed` (the channel's target)"), host=host, port=port)


# --- Bazel's downloader: `Unknown host: h`, alone or in the list of `All mirrors are down: [...]` ---------------------

_BAZEL_UNKNOWN_HOST = rx(r"(?:\[|,\s|:\s)Unknown\shost:\s(?P<host>{H})(?=[,\]]|\s*$)")

# --- GnuPG: `gpg: keyserver receive failed: No name`, its keyserver on the command above -----------------------------

_GPG_NO_NAME = rx(r"\bkeyserver\s(?:receive|send|refresh|search|fetch)\sfailed:\sNo\sname\b")
_KEYSERVER_OPTION = re.compile(
    r"--keyserver(?:=|\s{1,3})[\"']?(?:hkps?://|hkp://|ldap://|https?://)?(?P<host>"
    + HOST
    + r")(?::\d{1,5})?[\"']?(?:\s|$)"
)
KEYSERVER_LINES = 6
"""Lines above gpg's failure looked at for its command's `--keyserver`."""


_GPG_RUN = re.compile(r"(?:^|[$#>`;&|]\s{0,3}|\bRUN\s{1,3})(?:sudo\s{1,3})?(?:gpg2?|apt-key|gpg-agent|dirmngr)\s", re.I)
"""The command that failed: the nearest gpg (or apt-key) run above; a keyserver only an earlier run named is not its."""


def _gpg_no_name(m: re.Match[str], seg: Segment) -> Hit | None:
    for line in (seg.text, *seg.lines_before(KEYSERVER_LINES)):
        option = _KEYSERVER_OPTION.search(line)
        if option is not None:
            return hit(m, seg, "nxdomain", host=option.group("host"), exact=True)
        if _GPG_RUN.search(line):
            return None  # the failing run named no keyserver (its default or a config file's)
    return None


RULES: tuple[Rule, ...] = (
    Rule("etcd-url-host", ("failed to resolve url host",), _ETCD_URL_HOST, _etcd_url_host),
    Rule(
        "chrome-error-page",
        ("s server ip address could not be found", "s server dns address could not be found"),
        _CHROME_PAGE,
        _chrome_page,
    ),
    Rule("chrome-error-page-typo", ("check if there is a typo in",), _CHROME_TYPO, _chrome_typo),
    Rule("pair-getaddrinfo", (" getaddrinfo: ",), _PAIR_GETADDRINFO, _pair_getaddrinfo),
    Rule("grpc-python-bare", ('"dns resolution failed"', '"name resolution failure"'), _GRPC_BARE, _grpc_bare),
    Rule("bazel-unknown-host", ("unknown host: ",), _BAZEL_UNKNOWN_HOST, fixed("nxdomain")),
    Rule("gpg-keyserver-no-name", ("failed: no name",), _GPG_NO_NAME, _gpg_no_name),
)
