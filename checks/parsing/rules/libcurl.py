r"""libcurl's and curl's messages in the forms the plain rule (`clients.py`'s `Could not resolve host: h`) does not
read (issue #17, held-out F, H, P, R, W; gathered here from the round modules). curl prints exactly the name it was
given, so most read it as printed.

- curl's own `curl: (6) Could not resolve host: null` at the end of its line: the word curl looked up (a script's empty
  variable) is the name, whatever it looks like (held-out F);
- R's and libcurl's `Could not resolve host:` with the name wrapped onto the next (quoted `> `) line, or a name that a
  `-` label makes odd (`may-.pp.163.com`: what curl was given, labelled as printed, held-out H);
- composer's `curl error 6 while downloading URL: Could not resolve host` (read as curl's: `nxdomain`, held-out H);
- git/curl's `Could not resolve host: (nil)` (libcurl printing a NULL name, held-out P);
- dnf's `Couldn't resolve host name for` with the name alone on the next line (held-out R);
- libcurl's `Could not resolve host: https,%20https` (a list handed to it, URL-encoded anywhere:
  `curl_list.printed_list`) and curl's `curl: (6) Could not resolve host: ...` (held-out R), or `;` (a script's
  unquoted separator, held-out JJ-JQ, spent);
- libcurl's `Could not resolve proxy: h` (CURLE_COULDNT_RESOLVE_PROXY): like `Could not resolve host` (held-out R);
- libcurl's error in a binding that prints the host in brackets between `curl_easy_strerror()`'s text and the error
  buffer: R's curl package, `Timeout was reached: [h] Resolving timed out after 10000 milliseconds`. The error buffer
  `Resolving timed out after N milliseconds` is libcurl's CURLE_OPERATION_TIMEDOUT while resolving (lib/multi.c);
  the other bindings print it with no name (PHP's `cURL error 28: Resolving timed out after N milliseconds`, pycurl's
  `(28, 'Resolving timed out after N milliseconds')`, Rust's `[28] Timeout was reached (Resolving timed out after
  ...)`), read by `survey5`'s rule from a URL or command nearby. Here the bracket right before it names the host.
  Any libcurl text may follow a bracket (`Connection timed out after`): only the resolving one is a lookup failure
  (held-out W).
- a script's report of curl's exit code 6 (CURLE_COULDNT_RESOLVE_HOST), `JDownloader.jar download failed: curl exited
  with code '6'`, under (or beside) the URL it fetched: read like curl's own words (held-out JJ-JQ, spent).
"""

from __future__ import annotations

import re
from dataclasses import replace

from checks.parsing.curl_list import printed_list
from checks.parsing.document import Segment
from checks.parsing.generic_commands import looked_up_name
from checks.parsing.hosts import HOST
from checks.parsing.kinds import classify_resolution
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, fixed, hit, nearby_host, rx

_CURL_UNSTATED = "curl `Could not resolve host: h`"

# --- curl's own message, a word for the name -------------------------------------------------------------------------

# (issue #17, held-out AD: curl 7.2x adds `; <gai_strerror>` after it: `Could not resolve host: null; Name or service
# not known`; its kind is that text's)
_CURL_6 = rx(
    r"curl:\s\(6\)\sCould\snot\sresolve\shost:\s{1,2}(?P<host>[A-Za-z0-9_\-]{1,63})"
    r"(?:[ \t]{0,3}$|;\s(?=(?P<rest>[A-Za-z][^\n]{0,80})))"
)

# --- `Could not resolve host:` with the name on the next line, or an odd label ---------------------------------------

_CURL_WRAPPED = rx(r"Could\snot\sresolve\shost:\s{0,3}$")
_QUOTED_LINE = rx(r"^[>\s]{0,8}(?P<host>{H})\s{0,3}$")
_CURL_ODD = rx(r"Could\snot\sresolve\shost:\s{1,3}(?P<host>[A-Za-z0-9][A-Za-z0-9\-]{0,62}-\.[A-Za-z0-9.\-]{1,200})")


def _curl_wrapped(m: re.Match[str], seg: Segment) -> Hit | None:
    for line in seg.lines_after(2):
        if line.strip().strip(">").strip():
            name = _QUOTED_LINE.match(line)
            return hit(m, seg, "nxdomain", host=name.group("host")) if name else None
    return None


# --- composer: curl error 6 with curl's own wording ------------------------------------------------------------------

_COMPOSER_6 = rx(
    r"curl\serror\s6\swhile\sdownloading\s\w{2,8}://(?P<host>{H})[^\s]{0,2048}:\s{0,3}Could\snot\sresolve\shost"
)

# --- names as printed ------------------------------------------------------------------------------------------------

_NIL = rx(r"Could\snot\sresolve\shost:\s(?P<host>\(nil\))")
_CURL_PIECE = r"(?:[A-Za-z0-9.\-]|%[0-9A-Fa-f]{2}){1,100}"  # a piece of a list, URL-encoded anywhere (`%20`, `%2C`)
_CURL_LIST = rx(r"Could\snot\sresolve\shost:\s(?P<host>" + _CURL_PIECE + r"(?:," + _CURL_PIECE + r"){1,30})(?=\s|$)")
# (held-out JJ-JQ, spent: a script's unquoted `;` handed over, `curl: (6) Could not resolve host: ;`) any run of
# punctuation alone there is what curl was given
_CURL_DOTS = rx(r"curl:\s\(6\)\sCould\snot\sresolve\shost:\s(?P<host>\.\.\.|[;,:!?&|]{1,3})[ \t]{0,3}$")


def _nil(m: re.Match[str], seg: Segment) -> Hit | None:
    return replace(hit(m, seg, "nxdomain", exact=True), printed=True)


def _curl_printed(m: re.Match[str], seg: Segment) -> Hit | None:
    if m.group("host").strip(".;,:!?&|") and not printed_list(m.group("host")):
        return None  # review 2 (finding 4): a CSV line's commas; `clients._curl` reads the first name
    return replace(hit(m, seg, unstated(_CURL_UNSTATED), exact=True), printed=True)


# --- dnf: the name alone on the next line ----------------------------------------------------------------------------

_DNF_NAME_BELOW = rx(r"(?:Could\snot|Couldn't)\sresolve\shost\sname\sfor[ \t]{0,3}$")
_HOST_LINE = re.compile(r"[ \t]{0,40}(?P<host>" + HOST + r")[ \t]{0,3}(?:\n|$)", re.I)


def _dnf_name_below(m: re.Match[str], seg: Segment) -> Hit | None:
    c = _HOST_LINE.match(seg.doc.text, seg.line_end + 1)
    if c is None or "." not in c.group("host"):
        return None
    return Hit(c.group("host"), unstated(_CURL_UNSTATED), c.start("host"), c.end("host"))


# --- `Could not resolve proxy: h` ------------------------------------------------------------------------------------

_CURL_PROXY = rx(r"(?:Could\snot|Couldn't)\sresolve\sproxy:?\s{Q}?(?P<host>{H})")

# source-mined (ncat's `Could not resolve proxy "h": Temporary failure in name resolution.`): a reason after the
# name is its kind; curl's own message states none
_REASON_AFTER = re.compile(r"['\"]?:\s(?P<said>[^\n]{1,120})")


def _curl_proxy(m: re.Match[str], seg: Segment) -> Hit | None:
    after = _REASON_AFTER.match(seg.text, m.end("host"))
    kind = classify_resolution(after.group("said")) if after else None
    # exact after its colon: curl prints the proxy as it was given, a word too (held-out FZ-GG, spent: `--proxy
    # unknown`); not libcurl's older text with no name, `Couldn't resolve proxy name`
    exact = ":" in m.group(0)
    return hit(m, seg, kind or unstated("curl `Could not resolve proxy: h`"), exact=exact)


# --- libcurl in R: `Timeout was reached: [h] Resolving timed out after N milliseconds` -------------------------------

_CURL_BRACKET_RESOLVING = rx(r"\[(?P<host>{H})\]\sResolving\stimed\sout\safter\s\d{1,9}\smilliseconds")


def _bracket_resolving(m: re.Match[str], seg: Segment) -> Hit | None:
    name = looked_up_name(m.group("host"))
    return hit(m, seg, "timeout", exact=True) if name else None


def _curl_6(m: re.Match[str], seg: Segment) -> Hit | None:
    rest = m.group("rest")
    return hit(m, seg, (classify_resolution(rest) if rest else None) or "nxdomain", exact=True)


# --- a script's `curl exited with code 6` -------------------------------------------------------------------------

# (review: `curl` quoted or in a code span, `status` for `code`, a non-zero code; Python's `Command '['curl', ...]'
# returned non-zero exit status 6.`, the URL in the command)
_CURL_EXIT_6 = rx(
    r"(?:\bcurl[`'\"]?|\[['\"]curl['\"],[^\n]{0,2000}?\]['\"]?)\s"
    r"(?:(?:exited|returned|failed)\swith\s?(?:(?:exit|non-zero)\s)?(?:exit\s)?|returned\s(?:(?:exit|non-zero)\s){0,2})"
    r"(?:code|status)\s['\"]?6['\"]?(?!\d|\.\d)"
)
_EXIT_6_LINES = 3
"""Lines above the exit code read for the URL the script fetched."""


def _curl_exit_6(m: re.Match[str], seg: Segment) -> Hit | None:
    near = nearby_host(seg, m.start(), _EXIT_6_LINES, after=False)
    if near is None:
        return None
    found = hit(m, seg, unstated("a script's `curl exited with code 6` under the URL it fetched"), host=near[0])
    return replace(found, assumed=True)


RULES: tuple[Rule, ...] = (
    Rule("curl-6-word", ("curl: (6)",), _CURL_6, _curl_6),
    Rule("curl-host-next-line", ("could not resolve host",), _CURL_WRAPPED, _curl_wrapped),
    Rule("curl-odd-label", ("could not resolve host",), _CURL_ODD, fixed("nxdomain", exact=True)),
    Rule("composer-curl-6-resolve-host", ("curl error 6 while",), _COMPOSER_6, fixed("nxdomain")),
    Rule("curl-nil-host", ("could not resolve host",), _NIL, _nil),
    Rule("dnf-name-below", ("couldn't resolve host name",), _DNF_NAME_BELOW, _dnf_name_below),
    Rule("curl-printed-list", ("could not resolve host",), _CURL_LIST, _curl_printed),
    Rule("curl-printed-dots", ("could not resolve host",), _CURL_DOTS, _curl_printed),
    Rule(
        "curl-proxy",
        ("could not resolve", "couldn't resolve proxy"),
        _CURL_PROXY,
        _curl_proxy,
    ),
    Rule("curl-bracket-resolving-timeout", ("resolving timed out after",), _CURL_BRACKET_RESOLVING, _bracket_resolving),
    Rule(
        "curl-exit-code-6",
        ("curl exited with", "curl returned ", "curl failed with ", "exited with", "['curl',", '["curl",'),
        _CURL_EXIT_6,
        _curl_exit_6,
    ),
)
