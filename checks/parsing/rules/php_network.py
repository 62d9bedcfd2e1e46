r"""PHP's resolver errors in the forms `languages.py`' `php-stream` / `php8` rules do not read (issue #17, held-out
F, G, I, K, M, W; gathered here from the round modules).

- PDO's `getaddrinfo for h failed:` whose reason a console wrapped onto a later line (Symfony's error box, held-out F);
- PDO's `getaddrinfo for h` with `failed: <reason>` wrapped onto the next line (Laravel's log, held-out G);
- PDO's `php_network_getaddresses` error whose stack trace cuts the DSN's host (`'mysql:host=mari...'`) and passes the
  full name as an argument below it (`DB->__construct('mariadb', ...)`, held-out I);
- `php_network_getaddresses: gethostbyname failed. errno=N` (stream_socket_client on a system without getaddrinfo, a
  NAS's PHP): the reason is a bare errno, no words (`other`, HELDOUT-w.md, like pgbouncer's `result=N`). The name is
  the `unable to connect to <scheme>://h:port (` that wraps it on the same line; else the URL or `h:port` nearby
  (PHPMailer's `Connection: opening to ssl://h:465` line above, held-out W);
- MongoDB's PHP driver `[Failed connecting to 'h:27017': php_network_getaddresses: getaddrinfo failed: REASON]` (the
  backticked `serverselectiontryonce` option before it is never the host; held-out K);
- Swift Mailer's `Connection could not be established with host h [php_network_getaddresses: getaddrinfo failed:
  <reason> #0]` (Laravel's mail, held-out BU);
- ReactPHP's resolver: `DNS query for h (A) returned an error response (Server Failure)` (its other rcode texts:
  `Non-Existent Domain / NXDOMAIN`, `Refused`, `Format Error`, `Not Implemented`) and `DNS query for h (A) timed out`
  (held-out M); `failed: too many retries` (its retries follow timeouts only) and `did not return a valid answer
  (NOERROR / NODATA)`, with or without the `(A)` react/dns before 1.0 left out (held-out KH-KO, spent);
- PHP 8's `php_network_getaddresses: getaddrinfo for h failed` with nothing after it (a quote's line cut there;
  held-out JZ-KG, spent): a named host, no reason (`other`);
- Xdebug's step debugger, `Creating socket for 'h:9003', getaddrinfo: R.` (R is `strerror(errno)`, no resolver's
  words: `Invalid argument`; held-out JZ-KG, spent);
- `dns_get_record()`'s own warnings (`A temporary server error occurred.`, `DNS Query failed`), the name in the call on
  the warning's line or a few lines above (a `php -r` command; held-out FO).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import WINSOCK_CODES, classify_resolution
from checks.parsing.model import FailureKind
from checks.parsing.no_reason import NO_REASON, unstated
from checks.parsing.rules.base import Hit, Rule, by_rest, hit, nearby_host, rx

# --- PHP's PDO with the reason wrapped onto a later line -----------------------------------------------------------

_PDO_WRAPPED = rx(r"getaddrinfo\sfor\s(?P<host>{H})\sfailed:[ \t]{0,200}$")


def _pdo_wrapped(m: re.Match[str], seg: Segment) -> Hit | None:
    for line in seg.lines_after(3):
        if line.strip():
            kind = classify_resolution(line)
            return hit(m, seg, kind) if kind else None
    return None


# --- PHP 8's named form with nothing after `failed` (held-out JZ-KG, spent) -----------------------------------------

_PHP8_NO_REASON = rx(
    r"\bphp_network_getaddresses:\s{1,2}getaddrinfo\sfor\s(?P<host>{H})\sfailed(?=[ \t]{0,200}(?:\n|$))"
)


# --- Xdebug: `[Step Debug] Creating socket for 'h:9003', getaddrinfo: Invalid argument.` (its com.c) ------------------

_XDEBUG = rx(r"\bCreating\ssocket\sfor\s'(?P<host>{H}):(?P<port>\d{1,5})',\sgetaddrinfo:\s(?P<rest>[^\n.']{1,80})")


def _xdebug(m: re.Match[str], seg: Segment) -> Hit | None:
    rest = m.group("rest").strip()
    # (review) on Windows, `WSAGetLastError()`'s number (`getaddrinfo: 11001.`)
    kind = WINSOCK_CODES.get(rest) or classify_resolution(rest) or NO_REASON
    return hit(m, seg, kind, port=m.group("port"), exact=True)


def _php8_no_reason(m: re.Match[str], seg: Segment) -> Hit | None:
    for line in seg.lines_after(2):
        if line.strip():
            if classify_resolution(line) is not None:
                return None  # (review) its reason wrapped onto the next line: read with it, by the other rules
            break
    return hit(m, seg, NO_REASON)


# --- PDO with `failed:` wrapped onto the next line ---------------------------------------------------------------

_PDO_SPLIT = rx(r"getaddrinfo\sfor\s(?P<host>{H})[ \t]{0,200}$")
_FAILED_LEAD = rx(r"\s{0,8}failed:\s{0,3}(?P<rest>[^\n]{1,160})")


def _pdo_split(m: re.Match[str], seg: Segment) -> Hit | None:
    for line in seg.lines_after(2):
        if line.strip():
            lead = _FAILED_LEAD.match(line)
            kind = classify_resolution(lead.group("rest")) if lead else None
            return hit(m, seg, kind) if kind else None
    return None


# --- PDO's DSN cut short in the stack trace (`'mysql:host=mari...'`), the full name an argument below it -------------

PHP_GETADDRINFO_FAILED = rx(
    r"\bphp_network_getaddresses:\s{1,2}getaddrinfo(?:\sfor\s(?P<named>\S{1,253}))?\sfailed:\s(?P<reason>[^\n]{1,120})"
)
"""PHP's resolver error (`php_network_getaddresses: getaddrinfo failed: <reason>`; PHP 8 names the host, `getaddrinfo
for h failed:`): this module's rules, Zabbix's front end (monitoring_daemons.py) and a connecting stack frame
(library_sources.py) read it; the host-less readings skip a `named` one."""
_CUT_DSN_HOST = rx(r"\bhost=(?P<cut>[A-Za-z0-9][A-Za-z0-9.\-]{0,60}?)(?:\.\.\.|\u2026)")
_QUOTED_ARG = rx(r"'(?P<full>[A-Za-z0-9][A-Za-z0-9.\-]{0,252})'")
CUT_LINES = 4
"""Stack-trace lines read after the error for the cut DSN and the argument that completes it."""


def _pdo_cut_dsn(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group("reason")) if m.group("named") is None else None
    lines = seg.lines_after(CUT_LINES) if kind else []
    cut = next((c.group("cut") for line in lines if (c := _CUT_DSN_HOST.search(line))), None)
    if kind is None or not cut:
        return None
    for line in lines:
        for arg in _QUOTED_ARG.finditer(line):
            full = arg.group("full")
            if full.lower().startswith(cut.lower()) and len(full) > len(cut):
                return hit(m, seg, kind, host=full)
    return None


# --- PHP: `php_network_getaddresses: gethostbyname failed. errno=N` -------------------------------------------------

_PHP_GETHOSTBYNAME = rx(
    r"(?:\bunable\sto\sconnect\sto\s[a-z][a-z0-9+]{1,10}://(?P<host>{H}):(?P<port>\d{1,5})\s\()?"
    r"php_network_getaddresses:\sgethostbyname\sfailed\.\s{0,3}errno=-?\d{1,5}\b"
)
_PHP_ERRNO = "PHP `php_network_getaddresses: gethostbyname failed. errno=N`"


def _php_gethostbyname(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = unstated(_PHP_ERRNO)
    if m.group("host"):
        return hit(m, seg, kind, port=m.group("port"))
    near = nearby_host(seg, m.start())
    return hit(m, seg, kind, host=near[0], port=near[1]) if near else None


# --- MongoDB PHP driver: `[Failed connecting to 'h:27017': php_network_getaddresses: ...]` --------------------------

_MONGO_PHP = rx(
    r"\[Failed\sconnecting\sto\s'(?P<host>{H}):(?P<port>\d{1,5})':\sphp_network_getaddresses:\sgetaddrinfo\sfailed:"
    r"\s(?P<rest>[^\]\n]{1,100})\]"
)


# --- ReactPHP: `DNS query for h (A) returned an error response (Server Failure)` -----------------------------------

_REACTPHP = rx(
    # (held-out KH-KO, spent) react/dns before 1.0 printed the bare name, no `(A)`; its RetryExecutor's `failed: too
    # many retries` follows only timeouts, its Resolver's `did not return a valid answer (NOERROR / NODATA)` no record
    r"\bDNS\squery\sfor\s(?P<host>{H})(?:\s\([A-Z0-9]{1,10}\))?\s(?:returned\san\serror\sresponse\s\((?P<rcode>[^)\n]{1,40})\)"
    r"|(?P<timeout>timed\sout|failed:\stoo\smany\sretries)|(?P<nodata>did\snot\sreturn\sa\svalid\sanswer\s\(NOERROR\s/\sNODATA\)))"
)
_REACTPHP_RCODES: dict[str, FailureKind] = {
    "server failure": "servfail",
    "non-existent domain / nxdomain": "nxdomain",
    "non-existent domain": "nxdomain",
    "refused": "refused",
    "format error": "servfail",
    "not implemented": "servfail",
}


def _reactphp(m: re.Match[str], seg: Segment) -> Hit | None:
    if m.group("timeout"):
        return hit(m, seg, "timeout")
    if m.group("nodata"):
        return hit(m, seg, "nxdomain")  # LABELS.md: no record of the type asked, like `No address associated`
    kind = _REACTPHP_RCODES.get(m.group("rcode").lower())
    return hit(m, seg, kind) if kind else None


# --- Swift Mailer (Laravel's mail before 9): `... could not be established with host h [<php error> #N]` ----------

_SWIFT = rx(
    # (held-out DH, spent: Swift Mailer 6's `with host h :stream_socket_client(): php_network_getaddresses: ...`)
    r"\bcould\snot\sbe\sestablished\swith\shost\s{Q}?(?P<host>{H}){Q}?(?::(?P<port>\d{1,5}))?\s{0,2}:?\s{0,2}"
    r"(?:\[|stream_socket_client\(\):\s{1,2})(?:php_network_getaddresses:\s{0,2})?getaddrinfo(?:\sfor\s\S{1,253})?\sfailed:\s{0,3}(?P<rest>[^\]\n]{1,100})"
)


def _swift(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group("rest"))
    # the name in Swift Mailer's own slot, as looked up (held-out DH's off-frame `emailpwd.com1`, a typo's digit)
    return hit(m, seg, kind, port=m.group("port"), exact=True) if kind else None


# --- PHP's dns_get_record(): its warnings by h_errno (ext/standard/dns.c), the name in the call -----------------------
# held-out FO (spent): `php -r "var_dump(dns_get_record('h', DNS_ANY));"` over `Warning: dns_get_record(): A temporary
# server error occurred.` (TRY_AGAIN); NO_RECOVERY's `An unexpected server failure occurred.` and any other error's
# `DNS Query failed` say no more than that the query failed (`other`); NXDOMAIN and NODATA warn of nothing

_DNS_GET_RECORD = rx(
    r"\bdns_get_record\(\):\s{1,2}(?:(?P<again>A\stemporary\sserver\serror\soccurred)"
    r"|An\sunexpected\sserver\sfailure\soccurred|DNS\sQuery\sfailed)"
)
_DNS_GET_RECORD_CALL = rx(r"\bdns_get_record\(\s{0,3}(?P<q>['\"])(?P<host>{H})(?P=q)")
DNS_GET_RECORD_LINES = 4
"""Lines above the warning where the call that named the record may be (a `php -r` command, the script's line)."""


def _dns_get_record(m: re.Match[str], seg: Segment) -> Hit | None:
    line_start = seg.text.rfind("\n", 0, m.start()) + 1
    for line in [seg.text[line_start : m.start()], *seg.lines_before(DNS_GET_RECORD_LINES)]:  # nearest first
        call = _DNS_GET_RECORD_CALL.search(line)
        if call is not None:
            return hit(m, seg, "temporary" if m.group("again") else "other", host=call.group("host"), exact=True)
    return None


RULES: tuple[Rule, ...] = (
    Rule("php-dns-get-record", ("dns_get_record():",), _DNS_GET_RECORD, _dns_get_record),
    Rule("swift-mailer-connection", ("could not be established with host",), _SWIFT, _swift),
    Rule("pdo-wrapped-reason", ("getaddrinfo for ",), _PDO_WRAPPED, _pdo_wrapped),
    Rule("pdo-split-failed", ("getaddrinfo for ",), _PDO_SPLIT, _pdo_split),
    Rule("php8-getaddrinfo-no-reason", ("getaddrinfo for ",), _PHP8_NO_REASON, _php8_no_reason),
    Rule("xdebug-creating-socket-getaddrinfo", ("', getaddrinfo: ",), _XDEBUG, _xdebug),
    Rule("pdo-cut-dsn-host", ("php_network_getaddresses",), PHP_GETADDRINFO_FAILED, _pdo_cut_dsn),
    Rule("php-gethostbyname-errno", ("gethostbyname failed",), _PHP_GETHOSTBYNAME, _php_gethostbyname),
    Rule(
        "mongodb-php-failed-connecting",
        ("failed connecting to '",),
        _MONGO_PHP,
        by_rest(None, resolution_only=True, exact=True),
    ),
    Rule("reactphp-dns-query", ("dns query for ",), _REACTPHP, _reactphp),
)
