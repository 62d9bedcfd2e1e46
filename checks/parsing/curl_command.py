"""The name a `curl` command line asks for (issue #17): curl's own host-less errors (`Could not resolve host` from a
static build, `(28) Resolving timed out after N milliseconds`) and the generic rule's host-less reasons take their
name from the `curl` command above them.

    $ kubectl exec -it app -- curl -sS -H 'Host: a' --max-time 2 backend-svc:3000/health
    curl: (28) Resolving timed out after 2001 milliseconds

The URL is the first word that is neither an option nor an option's value (shell quoting respected); an IP address
names nothing (no lookup failed).
"""

from __future__ import annotations

import itertools
import shlex
from collections.abc import Iterator

from checks.parsing.document import Segment
from checks.parsing.generic_commands import looked_up_name
from checks.parsing.rules.base import LazyPattern, rx

# a command, not a sentence: at a line's start, after a prompt (`$`, `#`, `>`, `PS C:\>`), `set -x`'s `+`, a
# backtick, a shell operator, `sudo`, kubectl exec's `--`, or docker exec's options and container (held-out KH-KO,
# spent: `docker exec -it icloudpd curl --max-time 5 URL`; review: `--user root`, `kubectl exec deploy/web curl`);
# `/usr/bin/curl` too
CURL_COMMAND = LazyPattern(
    r"(?:^|[$#>`;|&!(+]|\s--|\bexec(?:\s{1,3}-{1,2}[\w\-]{1,20}(?:[=\s]\S{1,60})?){0,4}\s{1,3}[\w.\-/]{1,100}\s)"
    r"\s{0,3}(?:sudo\s{1,3})?(?:/[\w.\-/]{0,60}/)?curl(?:\.exe)?\s(?P<args>[^\n]{1,600})"
)
# issue #17 (held-out AD): a tool's report quoting the command that failed, cilium's connectivity test's `command
# "curl -w %{local_ip}:%{local_port} -> … http://h:80" failed`: its arguments are printed joined (a `-w` format's
# words unquoted), so the name is the first URL's
_QUOTED_FAILED = LazyPattern(r"\bcommand\s\"curl\s(?P<args>[^\"\n]{1,600})\"\s{0,3}failed\b")
_URL_WORD = LazyPattern(r"(?<!\S)[a-z][a-z0-9+.\-]{1,15}://\S{1,300}")
# curl's options that take a value: the next word is never the URL (curl --help all)
VALUE_OPTIONS = frozenset(
    [
        "-H",
        "-X",
        "-d",
        "-o",
        "-m",
        "-u",
        "-A",
        "-e",
        "-w",
        "-x",
        "-b",
        "-c",
        "-C",
        "-F",
        "-T",
        "-E",
        "-K",
        "-r",
        "-U",
        "-y",
        "-Y",
        "-z",
        "--header",
        "--request",
        "--data",
        "--data-raw",
        "--data-binary",
        "--data-urlencode",
        "--output",
        "--max-time",
        "--connect-timeout",
        "--user",
        "--user-agent",
        "--referer",
        "--write-out",
        "--proxy",
        "--resolve",
        "--retry",
        "--retry-delay",
        "--retry-max-time",
        "--cookie",
        "--cookie-jar",
        "--cacert",
        "--cert",
        "--key",
        "--form",
        "--interface",
        "--dns-servers",
        "--connect-to",
        "--config",
        "--range",
        "--proxy-user",
        "--limit-rate",
    ]
)
_URL_HOST = rx(r"^(?:[a-z][a-z0-9+.\-]{1,15}://)?(?:[^\s/@\"'<>]{1,256}@)?(?P<host>{H})(?::\d{1,5})?(?:[/?#]|$)")
_WORDS = 40
_SAME_LINE = 1000
"""Characters before the error read for a command on its own line."""


def _words(args: str) -> Iterator[str]:
    """The shell words of `args`, read lazily (a long line is not split past the URL); as they are if a quote is
    left open."""
    lexer = shlex.shlex(args, posix=True)
    lexer.whitespace_split = True
    try:
        yield from itertools.islice(lexer, _WORDS)
    except ValueError:  # an unclosed quote
        return


def curl_url(args: str) -> str | None:
    """The URL a `curl` command's arguments ask for, as written: the first word that is neither an option nor an
    option's value (None: no such word)."""
    skip = False
    for word in _words(args):
        if skip:
            skip = False
        elif word.startswith("-"):
            skip = word in VALUE_OPTIONS
        else:
            return word
    return None


def url_host(url: str) -> str | None:
    """The name in a URL as curl takes it (`h`, `h:port/path`, `scheme://user@h/`); None for an IP address."""
    m = _URL_HOST.match(url)
    return looked_up_name(m.group("host")) if m else None


def curl_host(args: str) -> str | None:
    """The name in the URL a `curl` command's arguments ask for; None for an IP address or no name."""
    url = curl_url(args)
    return url_host(url) if url else None


def curl_command_name(seg: Segment, at: int, lines: int) -> str | None:
    """The name the `curl` command on the line of offset `at` of `seg`, or on the nearest of `lines` lines above,
    asked for."""
    for line in (seg.text[max(0, at - _SAME_LINE) : at], *seg.lines_before(lines)):
        if "curl" not in line:
            continue  # speed: both regexes are case-sensitive and need it (a log of 1.6 kB lines, 0.13 s a MB)
        quoted = _QUOTED_FAILED.search(line)
        if quoted is not None:
            url = _URL_WORD.search(quoted.group("args"))
            return url_host(url.group(0)) if url else None
        command = CURL_COMMAND.search(line)
        if command is not None:
            return curl_host(command.group("args"))
    return None
