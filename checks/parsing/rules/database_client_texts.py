r"""Oracle, Db2, SQL Server and FreeTDS clients' own texts for a failed look-up (issue #17, the fifteenth round of
probes rendered from programs' own source and the drivers' documented texts, session 65; each rule named by the
driver and its format):

- host-less driver errors whose name is the connection string's, on the error's line or a few lines above it (a
  traceback's code line, a log line, the command that ran): ODBC's and Db2's `SERVER=h;` / `HOSTNAME=h;` (or quoted),
  Oracle's `dsn="h:1521/SVC"` / `connectString=h/SVC`, EZConnect after a user (`scott/tiger@//h:1521/SVC`) or quoted,
  `sqlcmd -S tcp:h,1433` / `tsql -H h`; never a variable, a file-based `Data Source=`, a TNS alias or an env dump:
  - Oracle's `ORA-12545: Connect failed because target host or object does not exist` (its TNS layer's name look-up:
    `nxdomain`, as LABELS.md reads `Host not found`);
  - python-oracledb's thin mode, `DPY-6005: cannot connect to database (CONNECTION_ID=...).` with the socket's
    `[Errno -2] Name or service not known` on the next line (the errno's kind);
  - the Microsoft ODBC driver's `TCP Provider: Error code 0x2AF9 (11001)` (WSAHOST_NOT_FOUND: `nxdomain`) and `0x2AFA
    (11002)` (WSATRY_AGAIN: `temporary`), as LABELS.md reads WinSock's 11001;
  - Db2's `SQL30081N ... Communication function detecting the error: "getaddrinfo". Protocol specific error code(s):
    "-2"` (getaddrinfo's code: -2 and -5 `nxdomain`, -3 `temporary`, 11001 / 11004 `nxdomain`, 11002 `temporary`);
  - FreeTDS' `Unknown host machine name.` (its error 20013, getaddrinfo failing: `nxdomain`);
- the Oracle JDBC driver's `Unknown host specified : h: <reason>` (IO Error / ORA-17868) and its `Unknown host
  specified , socket connect lapse N ms. h 1521 ...`, the name in its own slot;
- Qt's `QNetworkReply::HostNotFoundError "Host h not found"` (the ownCloud and Nextcloud desktop clients' logs).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.hosts import is_ip
from checks.parsing.kinds import GAI_CODES, WINSOCK_CODES, classify_resolution, errno_kind
from checks.parsing.model import FailureKind
from checks.parsing.rules.base import Hit, Rule, hit, rx

_DRIVER_ERROR = rx(
    r"\b(?P<ora>ORA-12545):\sConnect\sfailed\sbecause\starget\shost\sor\sobject\sdoes\snot\sexist"
    r"|\b(?P<dpy>DPY-6005):\scannot\sconnect\sto\sdatabase\b"
    r"|\bTCP\sProvider:\sError\scode\s0x(?P<winsock>2AF9|2AFA|2AFC)\b"
    r"|\"getaddrinfo\"\.\s{1,3}Protocol\sspecific\serror\scode\(s\):\s\"(?P<db2>-?\d{1,5})\""
    r"|\b(?P<freetds>Unknown\shost\smachine\sname)\."
)
_WINSOCK: dict[str, FailureKind] = {"2AF9": "nxdomain", "2AFA": "temporary", "2AFC": "nxdomain"}
_ERRNO_BELOW = re.compile(r"\[Errno\s(?P<code>-?\d{1,5})\]\s(?P<said>[^\n]{1,120})")
_NAME = r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,252}"
# the connection string's name, each form with what must follow it (review: not a variable, a file, an alias, an env
# dump's HOSTNAME, a Dockerfile's FROM):
_CONN_STRING = re.compile(
    # ODBC / Db2 CLI / ADO.NET keywords, `SERVER=h;` `SERVER=h,1433` `Server=h\INST` `HOSTNAME=h;`, or quoted
    r"\b(?i:server|hostname|host|data\ssource)\s{0,2}=\s{0,2}(?:(?P<q>[\"'])(?:tcp:)?(?P<quoted>" + _NAME + r")(?P=q)"
    r"|(?:tcp:)?(?P<keyword>" + _NAME + r")(?=[;,\\]))"
    # python-oracledb's, godror's and node-oracledb's connect strings, `h:1521/SVC` or `h/SVC`
    r"|\b(?i:dsn|connect_?string)[\"']?\s{0,2}(?:[=:]\s{0,2}|\s)[\"']?(?P<dsn>" + _NAME + r")(?::\d{1,5})?/[A-Za-z]"
    # EZConnect after a user (`sqlplus scott/tiger@//h:1521/SVC`, `oracle://u:p@h:1521/SVC`)
    r"|@(?://)?(?P<ez_user>" + _NAME + r")(?::\d{1,5})?/[A-Za-z]"
    # or after a program's own verb (godror's `opening h:1521/SVC as APP`, `open h:1521/SVC:`, `cannot connect to
    # h:50000/SAMPLE`), port and service both there
    r"|\b(?:open(?:ing)?|connect(?:ing)?\sto)\s(?P<ez_verb>" + _NAME + r"):\d{1,5}/[A-Za-z]"
    # or quoted (`cx_Oracle.connect("u", pw, "h:1521/SVC")`)
    r"|[\"'](?P<ez_quoted>" + _NAME + r"):\d{1,5}/[A-Za-z][A-Za-z0-9_.$]{0,63}[\"']"
)
# tsql's `-H h` / `-S h`, sqlcmd's and isql's `-S [tcp:]h[,port]`: only on those commands' lines
_CLI_FLAG = re.compile(r"\b(?:tsql|sqlcmd|isql|bcp)\b[^\n]{0,200}?\s-[HS]\s(?:tcp:)?(?P<flag>" + _NAME + r")")
CONN_ABOVE = 8
"""Lines above a host-less driver error read for its connection string (a traceback's frames between)."""
CONN_READS = 60
"""Host-less driver errors per paste whose connection string is looked for (a log repeating one thousands of times)."""
_NOT_CONN_NAMES = frozenset({"localhost", "tcp", "dsn", "none", "null", "server", "host", "hostname"})
DB2_SPAN = 500
"""How far before Db2's `"getaddrinfo".` its `SQL30081N` stands (the protocol's and API's names between)."""


def _conn_string_host(text: str) -> str | None:
    names = [m.group("flag") for m in _CLI_FLAG.finditer(text)]
    for m in _CONN_STRING.finditer(text):
        keyword = m.group("keyword")
        if keyword and m.group(0)[:11].lower() == "data source" and not any(c in keyword for c in "._-0123456789"):
            continue  # an Oracle TNS alias (`Data Source=PRODDB;`): the host is in tnsnames.ora
        names.append(
            m.group("quoted")
            or keyword
            or m.group("dsn")
            or m.group("ez_user")
            or m.group("ez_verb")
            or m.group("ez_quoted")
        )
    for found in names:
        name = found.rstrip(".")
        if name and not is_ip(name) and name.lower() not in _NOT_CONN_NAMES and any(c.isalpha() for c in name):
            return name
    return None


def _driver_kind(m: re.Match[str], seg: Segment) -> FailureKind | None:
    if m.group("ora") or m.group("freetds"):
        return "nxdomain"
    if m.group("winsock"):
        return _WINSOCK[m.group("winsock").upper()]
    if m.group("db2"):
        if "SQL30081N" not in seg.text[max(0, m.start() - DB2_SPAN) : m.start()]:
            return None  # Db2's communication error names the function that failed a few hundred characters before
        code = m.group("db2")
        return GAI_CODES.get(code) or WINSOCK_CODES.get(code)
    # DPY-6005: the socket's error on its line or the next (python-oracledb chains the gaierror's text under it); its
    # code first (review: Windows' `[Errno 11001] getaddrinfo failed`), as LABELS.md reads the codes
    errno = _ERRNO_BELOW.search(seg.text, m.end()) or next(
        (e for line in seg.lines_after(1) if (e := _ERRNO_BELOW.search(line))), None
    )
    return errno_kind(errno.group("code"), errno.group("said")) if errno else None


def _driver_error(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = _driver_kind(m, seg)
    if kind is None or not seg.doc.spend("db-connection-string", CONN_READS):
        return None
    for line in [seg.text, *seg.lines_before(CONN_ABOVE)]:
        name = _conn_string_host(line)
        if name is not None:
            return hit(m, seg, kind, host=name, exact=True)
    return None  # (not any name nearby: the driver's help link, `https://docs.oracle.com/error-help/db/ora-12545/`)


_ORACLE_JDBC = rx(
    r"\bUnknown\shost\sspecified\s?[.:]?\s{0,2}:\s(?P<host>{H}):\s(?P<rest>[^\n(]{1,120})"
    r"|\bUnknown\shost\sspecified\s,\ssocket\sconnect\slapse\s\d{1,9}\sms\.\s(?P<lapse>{H})\s\d{1,5}\b"
)


def _oracle_jdbc(m: re.Match[str], seg: Segment) -> Hit | None:
    if m.group("lapse"):
        return hit(m, seg, "nxdomain", host=m.group("lapse"), exact=True)
    rest = m.group("rest")
    # its UnknownHostException's message after the name: LABELS.md's `h: unknown error` is `other` (review)
    kind = classify_resolution(rest) or ("other" if rest.lower().startswith("unknown error") else "nxdomain")
    return hit(m, seg, kind, exact=True)


# Qt's errorString() for HostNotFoundError, `Host h not found`, after the enum's name (the desktop clients' logs; as a
# line of its own it is left unread: a rule on `host ` would run on every log line)
_QT_HOST_NOT_FOUND = rx(r"\bHostNotFoundError\W{1,4}Host\s(?P<host>{H})\snot\sfound\b")


RULES: tuple[Rule, ...] = (
    Rule(
        "database-driver-error-connection-string",
        (
            "ora-12545: connect failed",
            "dpy-6005: cannot connect",
            "tcp provider: error code 0x2a",
            '"getaddrinfo".',
            "unknown host machine name.",
        ),
        _DRIVER_ERROR,
        _driver_error,
    ),
    Rule("oracle-jdbc-unknown-host-specified", ("unknown host specified",), _ORACLE_JDBC, _oracle_jdbc),
    Rule(
        "qt-host-not-found-error",
        ("hostnotfounderror",),
        _QT_HOST_NOT_FOUND,
        lambda m, seg: hit(m, seg, "nxdomain", exact=True),
    ),
)
