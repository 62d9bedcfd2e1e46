r"""Formats the eighth held-out set missed (issue #17, HELDOUT-h.md), each a runtime's own wording no general rule
reads (libcurl's wrapped and odd names and composer's curl error 6 are `libcurl`'s, Java on musl's `(URL): h: Try again`
`jvm_clients`', sudo's Chinese and linkchecker's `shell_tools`'):

- Crystal's `Hostname lookup for NAME failed: No address found (Socket::Addrinfo::Error)` (EAI_NODATA: `nxdomain`;
  `Try again`: `temporary`);
- Godot's `_resolve_hostname: getaddrinfo failed!` (no name, no reason): the URL or `connect_to_host("NAME")` of the
  script shown above it, `other`;
- Qt's `Host NAME not found` (`QNetworkReply::HostNotFoundError`, also as `QtNetwork Error 3 : Host NAME not found`);
- Zig's error names (`TemporaryNameServerFailure`, `NameServerFailure`) with the `git+https://` or
  `https://` URL of the command above;
- luvit's `{ errcode = 3, errstr = 'name error' }` for `dns.resolve4('NAME', ...)`;
- Julia's `DNSError: NAME, unknown node or service (EAI_NONAME)`: the name as printed (a library that looked up its
  URL's scheme reports `http`);
- Nim's `Error: unhandled exception: No such host is known.` with the target's URL several lines above;
- hickory's (trust-dns') debug dump `response_code: NXDomain` with the query's `name: Name("NAME")` nearby;
- Ruby's host-less `getaddrinfo: ... (SocketError)` under a `TCPSocket.new("NAME", port)` command;
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import classify_resolution
from checks.parsing.model import FailureKind
from checks.parsing.rules.base import Hit, Rule, fixed, hit, rx

# --- Godot: the name from the script above ---------------------------------------------------------------------------

_GODOT = rx(r"_resolve_hostname:\s{0,3}getaddrinfo\sfailed")
_GODOT_TARGET = rx(r"(?:\bhttps?://|connect_to_host\(\s{0,3}\")(?P<host>{H})")


def _godot(m: re.Match[str], seg: Segment) -> Hit | None:
    for line in seg.lines_before(8):
        target = _GODOT_TARGET.search(line)
        if target:
            return hit(m, seg, "other", host=target.group("host"))
    return None


# --- Qt: `Host NAME not found` ---------------------------------------------------------------------------------------

# Not `Host key not found in known_hosts` (a word, and words after it), not an HTTP page (a dotted name is required and
# the sentence must end at `not found`).
_QT = rx(
    r"(?:\bError\s\d{1,3}\s?:\s|:\s)Host\s(?P<host>[A-Za-z0-9_\-]{1,63}(?:\.[A-Za-z0-9_\-]{1,63}){1,10})\snot\sfound(?=\s{0,3}$|[.)\]\"'])"
)

# --- Zig ---------------------------------------------------------------------------------------------------------

_ZIG = rx(r"\b(?P<code>TemporaryNameServerFailure|NameServerFailure)\b")
_ZIG_KINDS: dict[str, FailureKind] = {
    "temporarynameserverfailure": "temporary",
    "nameserverfailure": "servfail",
}
_URL_TARGET = rx(r"\b(?:git\+)?(?:https?|wss?|ssh)://(?:[^\s/@]{1,256}@)?(?P<host>{H})")


def _url_above(m: re.Match[str], seg: Segment, kind: FailureKind, lines: int) -> Hit | None:
    same = _URL_TARGET.search(seg.text, 0, m.start())
    if same:
        return hit(m, seg, kind, host=same.group("host"))
    for line in seg.lines_before(lines):
        target = _URL_TARGET.search(line)
        if target:
            return hit(m, seg, kind, host=target.group("host"))
    return None


def _zig(m: re.Match[str], seg: Segment) -> Hit | None:
    return _url_above(m, seg, _ZIG_KINDS[m.group("code").lower()], 4)


# --- luvit -----------------------------------------------------------------------------------------------------------

_LUVIT = rx(r"errcode\s=\s\d{1,2},\serrstr\s=\s'(?P<err>name\serror|server\sfailure|refused)'")
_LUVIT_CALL = rx(r"\bresolve[A-Za-z0-9]{0,8}\(\s{0,3}['\"](?P<host>{H})['\"]")
_LUVIT_KINDS: dict[str, FailureKind] = {"name error": "nxdomain", "server failure": "servfail", "refused": "refused"}


def _luvit(m: re.Match[str], seg: Segment) -> Hit | None:
    for line in seg.above(m.start(), 4):
        call = _LUVIT_CALL.search(line)
        if call:
            return hit(m, seg, _LUVIT_KINDS[" ".join(m.group("err").lower().split())], host=call.group("host"))
    return None


# --- Julia -----------------------------------------------------------------------------------------------------------

_JULIA = rx(r"\bDNSError:\s(?P<host>{H}),\s(?P<rest>[^\n]{1,120})")


def _julia(m: re.Match[str], seg: Segment) -> Hit | None:
    rest = m.group("rest").lower()
    kind: FailureKind
    if "eai_again" in rest:
        kind = "temporary"
    elif "eai_noname" in rest or "eai_nodata" in rest:
        kind = "nxdomain"
    else:
        kind = classify_resolution(rest) or "other"
    return hit(m, seg, kind, exact=True)


# --- Nim ------------------------------------------------------------------------------------------------------------

_NIM = rx(r"unhandled\sexception:\s(?P<rest>No\ssuch\shost\sis\sknown|Name\sor\sservice\snot\sknown)")


def _nim(m: re.Match[str], seg: Segment) -> Hit | None:
    return _url_above(m, seg, "nxdomain", 12)


# --- hickory / trust-dns debug dump -------------------------------------------------------------------------------

_HICKORY = rx(r"\bresponse_code:\s(?P<code>NXDomain)\b")
_HICKORY_NAME = rx(r"\bname:\sName\(\"(?P<host>{H})\"\)")


def _hickory(m: re.Match[str], seg: Segment) -> Hit | None:
    for line in [*seg.lines_after(16), *seg.lines_before(16)]:
        name = _HICKORY_NAME.search(line)
        if name:
            return hit(m, seg, "nxdomain", host=name.group("host"))
    return None


# --- Ruby's host-less SocketError under the command that named the host ---------------------------------------------

_RUBY_SOCKET_ERROR = rx(r"getaddrinfo:\s[^\n]{1,80}\(SocketError\)")
_RUBY_CALL = rx(r"\b(?:TCPSocket\.(?:new|open)|Socket\.tcp|Addrinfo\.tcp)\(\s{0,3}[\"'](?P<host>{H})[\"']")


def _ruby_socket_error(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group(0))
    if kind is None:
        return None
    for line in seg.above(m.start(), 4):
        calls = list(_RUBY_CALL.finditer(line))
        if calls:
            return hit(m, seg, kind, host=calls[-1].group("host"))
    return None


# Triggers are ones other rules already use where the format holds one (each new trigger is one more search of every
# paste: the 1 MB test's time grows with their number); only `: host `, `dnserror: ` and `: try again` are new.
RULES: tuple[Rule, ...] = (
    Rule("godot-resolve-hostname", ("getaddrinfo failed",), _GODOT, _godot),
    Rule("qt-host-not-found", (": host ",), _QT, fixed("nxdomain")),
    Rule("zig-resolver-error", ("serverfailure",), _ZIG, _zig),
    Rule("luvit-dns-errstr", ("rcode = ",), _LUVIT, _luvit),
    Rule("julia-dnserror", ("dnserror: ",), _JULIA, _julia),
    Rule("nim-unhandled-no-host", ("no such host is known", "not known"), _NIM, _nim),
    Rule("hickory-response-code", ("nxdomain",), _HICKORY, _hickory),
    Rule("ruby-socket-error-call", ("not known",), _RUBY_SOCKET_ERROR, _ruby_socket_error),
)
