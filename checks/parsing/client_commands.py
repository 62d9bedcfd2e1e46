"""The name a host-less resolver error was about, from the client command run just above it (issue #17, held-out K
and the generic rule's misses in sets 12c, 12d and K).

    curl www.baidu.com              $ ssh -i key.pem deploy@hostA          psql -h db.internal -U app
    Could not resolve host          ssh: Could not resolve hostname ...   psql: error: could not translate host name

`command_name` (generic_commands.py) reads the resolver tools (ping, nslookup, dig, host...); this reads the everyday
clients whose first argument is not simply the name: a URL (`curl`, `wget`, `git clone`), `user@host` after options
that take values (`ssh`), a `-h` / `--host` flag (`psql`, `mysql`, `redis-cli`), a Nagios plugin's `-H`, or openssl
s_client's `-connect`.
Only a command at a line's start (or after a prompt, a backtick, `sudo`, `;`/`&&`/`|`/`!`), only in the error's own
paste block (up to `CLIENT_LINES` lines above, stopping at a blank line), nearest first; a bare word is taken only
from ssh / `-h` / `-connect` (a `curl word` without a dot or scheme is a sentence); an IP address names nothing.
"""

from __future__ import annotations

from checks.parsing.curl_command import CURL_COMMAND, curl_url, url_host
from checks.parsing.document import Segment
from checks.parsing.generic_commands import HTTP_STATUS, looked_up_name
from checks.parsing.hosts import HOST
from checks.parsing.rules.base import LazyPattern
from checks.parsing.traceback_head import before_traceback

CLIENT_LINES = 4
"""Lines above a host-less error where the client command that printed it may be."""

_START = (
    r"(?:^|[$#>`;|&!(]\s{0,3})\s{0,3}(?:sudo\s{1,3})?"
    # a client run in a container (held-out BV: `docker run --rm cassandra cqlsh h`, `kubectl exec pod -- psql -h h`)
    r"(?:(?:docker|podman)\s{1,3}(?:run|exec)\b[^\n`]{0,200}?\s|kubectl\s{1,3}exec\b[^\n`]{0,200}?\s--\s{1,3})?"
)
_CLIENT = LazyPattern(
    _START + r"(?:"
    # wget / git clone: a URL, or a dotted bare name, after flag-only options (curl: curl_command.py)
    r"(?:wget|git\s{1,3}(?:clone|ls-remote|fetch|pull))(?:\s{1,3}-{1,2}[A-Za-z][\w\-]{0,30}(?:=[^\s]{1,200})?){0,8}"
    r"\s{1,3}['\"]?(?:(?P<scheme>[a-z][a-z0-9+.\-]{0,15}://)(?:[^\s/@'\"]{1,100}@)?)?(?P<url>" + HOST + r")"
    # ssh: `[user@]host` after its flags and the options that take a value
    r"|ssh(?:\s{1,3}(?:-[46AaCfGgKkMNnqsTtVvXxYy]{1,6}|-[iplofFJbcDEeLRWwmSQBI]\s{0,3}[^\s]{1,200})){0,8}"
    r"\s{1,3}(?:[\w.\-]{1,64}@)?(?P<ssh>(?!-)" + HOST + r")"
    # database clients: the `-h` / `--host` flag
    # (source-mined, session 52: Pgpool-II's PCP clients, `pcp_node_info -h h -p 9898`)
    r"|(?:psql|pg_isready|pg_dump|mysql|mysqladmin|mysqldump|redis-cli|mongo|mongosh|mosquitto_pub|mosquitto_sub"
    r"|pcp_[a-z_]{2,30})"
    r"\b[^\n]{0,200}?"
    r"\s(?:-h\s{0,3}|--host[=\s]\s{0,3})(?P<flag>" + HOST + r")"
    # Nagios / Monitoring Plugins: the `-H` flag (held-out FG, spent: `./check_nt -H h -s pw -p 12489 -v UPTIME`)
    r"|(?:\./|/[\w./\-]{0,80}/)?check_[a-z0-9_]{2,30}\b[^\n]{0,200}?\s-H\s{0,3}(?P<nagios>" + HOST + r")"
    # cqlsh: the host is its first argument (held-out BV)
    r"|cqlsh(?:\s{1,3}-{1,2}[A-Za-z][\w\-]{0,30}(?:[=\s]\s{0,2}(?!-)[^\s]{1,100})?){0,8}\s{1,3}(?P<cql>" + HOST + r")"
    # openssl's client (held-out BU: `time /usr/bin/openssl s_client ... -connect h`, BIO_lookup_ex's reason below)
    r"|(?:time\s{1,3})?(?:/[\w./\-]{0,60}/)?openssl\s{1,3}s_client\b[^\n]{0,200}?\s-connect\s{1,3}"
    r"(?P<connect>" + HOST + r")"
    # held-out HV-IC (spent): a container image's registry, the dotted first part of its reference (`atomic --debug
    # install registry.access.redhat.com/rhel7/openscap`, `podman pull quay.io/x/y`); not `run` (review: the image
    # may be there already, and a host-less error below is the program's inside it)
    r"|(?:docker|podman|nerdctl|atomic|skopeo|crictl)(?:\s{1,3}-{1,2}[A-Za-z][\w\-]{0,30}){0,4}\s{1,3}"
    r"(?:pull|install|copy|inspect)(?:\s{1,3}-{1,2}[A-Za-z][\w\-]{0,30}(?:=[^\s]{1,200})?){0,8}\s{1,3}"
    r"(?:docker://)?(?P<image>[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){1,8})(?=(?::\d{1,5})?/)"
    r")(?=[\s'\"`/:]|$)"
)


def _curl_name(url: str | None) -> str | None:
    if url is None:
        return None
    name = url_host(url)
    if name is not None and "://" not in url and "." not in name and ":" not in url:
        return None  # `curl word`: prose, not a name
    return name


def client_command_name(seg: Segment, at: int, head: list[str] | None = None) -> str | None:
    """The name the client command above the error at `at` (an offset in `seg.text`) was run against, if any: in
    the error's paste block, else right above the traceback the error ends (held-out BV). `head`: the lines above
    that traceback, where the caller has read them already (`traceback_head.before_traceback(seg)`)."""
    return _command_in(seg, seg.above(at, CLIENT_LINES)) or _command_in(
        seg, before_traceback(seg) if head is None else head
    )


# held-out FL (spent): a Python client made in an interpreter above the traceback, its host a keyword argument
# (`In [8]: producer = KafkaProducer(bootstrap_servers='h')`, `r = redis.Redis(host='cache', port=6379)`)
_PYTHON_CLIENT_CALL = LazyPattern(
    # only a call the user typed (assigned, or at `>>>` / IPython's `In [n]:`), never a library's repr of an object
    # (urllib3's `HTTPConnectionPool(host='h', port=80)` in its own error)
    r"(?:=\s{0,3}|>>>\s{1,3}|\]:\s{1,3})[A-Za-z_][\w.]{0,60}\((?:[^()\n]{0,200}?,\s{0,2})?"
    r"(?:host|hostname|bootstrap_servers|server|broker)\s{0,2}="
    r"\s{0,2}['\"](?P<kwarg>" + HOST + r")['\"]"
)


def _command_in(seg: Segment, lines: list[str]) -> str | None:
    for n, line in enumerate(lines):
        if (n and not line.strip()) or HTTP_STATUS.match(line):
            # the end of the error's paste block; (review) a response's status line: the command's name resolved
            return None
        call = _PYTHON_CLIENT_CALL.search(line) if "=" in line else None
        if call is not None:
            return looked_up_name(call.group("kwarg"))
        curl = seg.doc.search_line(CURL_COMMAND, line)
        if curl is not None:
            return _curl_name(curl_url(curl.group("args")))
        m = seg.doc.search_line(_CLIENT, line)
        if m is None:
            continue
        if m.group("url") is not None and m.group("scheme") is None and "." not in m.group("url").strip("."):
            return None  # `curl word`: prose, not a name
        return looked_up_name(
            m.group("url")
            or m.group("ssh")
            or m.group("flag")
            or m.group("connect")
            or m.group("cql")
            or m.group("nagios")
            or m.group("image")
        )
    return None
