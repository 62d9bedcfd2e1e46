r"""Browser automation's and web platforms' own texts for a failed look-up (issue #17, the twelfth round of probes
rendered from programs' own source, session 64; each rule named by the program and its format):

- WebdriverIO's `WebDriverError: Request failed with error code ENOTFOUND when running "context" with method "GET"`:
  the quoted word is the WebDriver command, never the name; the name is the URL of the request line it logged just
  above (`webdriver: [GET] https://h/wd/hub/session/...`), the kind from Node's code (`EAI_AGAIN`: temporary);
- chromedriver's host-less `WebDriverException: Message: unknown error: net::ERR_NAME_NOT_RESOLVED` under a Python
  traceback whose frame shows the call that opened the page (`driver.get("https://h/...")`): that URL's host;
- Chrome's DevTools console, `h/path/file.html:1   Failed to load resource: net::ERR_NAME_NOT_RESOLVED`: the resource's
  URL, its scheme dropped by the console, starts the line (not its last path piece);
- Saleor's webhook transport, `Failed request to 'URL': 'Failed to resolve domain' for event: 'E'`: the URL's host
  (its HTTP client's fixed words, no resolver reason: `other`), not the event's name quoted after it;
- elasticsearch-php's (Shopware's, Magento's) `Request Failure: {"method":...,"uri":"URL",...,"error":"Resolving timed
  out after N milliseconds"}`: libcurl's error in the object's `error`, the name the object's `uri`;
- Chromium's WebRTC socket manager, `Failed to resolve address for h., errorcode: -105` (net's error codes).

A review found the first cut reading an HTTP reply's body as Saleor's reason, a console line's path piece beside its
name, a request line of another command, and a `requests.get(...)` above a driver handed a variable: each now a test.
"""

from __future__ import annotations

import re
from dataclasses import replace

from checks.parsing.document import Segment
from checks.parsing.kinds import classify_resolution
from checks.parsing.rules.base import Hit, Rule, hit, rx, url_hit

# --- WebdriverIO ---------------------------------------------------------------------------------------------------

_WDIO_FAILED = rx(
    r"\bRequest\sfailed\swith\serror\scode\s(?P<code>E[A-Z_]{2,20})\swhen\srunning\s\"(?P<command>[^\"\n]{1,80})\"\s"
    r"with\smethod\s\"(?P<method>[A-Z]{3,7})\""
)
_WDIO_REQUEST = re.compile(r"\bwebdriver:\s\[(?P<method>[A-Z]{3,7})\]\s(?P<url>https?://\S{1,2048})")
WDIO_LINES = 16
"""Lines above the failure read for the request WebdriverIO logged (its COMMAND and DATA lines come between, a DATA
object sometimes over several lines)."""


def _wdio_failed(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group("code"))
    if kind is None:
        return None  # ECONNREFUSED, ETIMEDOUT: the connection's, not the look-up's
    same_method = [
        r for r in map(_WDIO_REQUEST.search, seg.lines_before(WDIO_LINES)) if r and r["method"] == m["method"]
    ]
    # the request whose path ends in the command (`.../element` for `"element"`), else the nearest one
    tail = "/" + m.group("command").lower()
    request = next((r for r in same_method if r["url"].lower().rstrip("/").endswith(tail)), None)
    request = request or next(iter(same_method), None)
    found = url_hit(request, seg, kind) if request is not None else None
    return hit(m, seg, kind, host=found.host) if found else None


# --- chromedriver under a Python traceback -------------------------------------------------------------------------

_CHROMEDRIVER = rx(r"\bWebDriverException:\sMessage:\sunknown\serror:\snet::ERR_NAME_NOT_RESOLVED\b")
_ANY_GET = re.compile(r"\.get\(")
_DRIVER_GET = re.compile(r"\.get\(\s{0,3}(?P<q>[\"'])(?P<url>https?://[^\"'\s]{1,2048})(?P=q)")
TRACEBACK_LINES = 12
"""Lines above chromedriver's error read for the traceback's frame that opened the page."""


def _chromedriver(m: re.Match[str], seg: Segment) -> Hit | None:
    for line in seg.lines_before(TRACEBACK_LINES):
        if _ANY_GET.search(line) is None:
            continue
        # the nearest frame that opened a page: its URL only when typed there (`driver.get(links[0])` names none, and
        # a `requests.get("...")` above it fetched another page; review)
        call = _DRIVER_GET.search(line)
        found = url_hit(call, seg, "nxdomain") if call is not None else None
        return replace(hit(m, seg, "nxdomain", host=found.host), assumed=True) if found else None
    return None


# --- Chrome's DevTools console -------------------------------------------------------------------------------------

_DEVTOOLS_CONSOLE = rx(
    r"(?<!\S)(?P<host>[A-Za-z0-9][A-Za-z0-9\-]{0,62}(?:\.[A-Za-z0-9\-]{1,63}){0,20})(?::(?P<port>\d{1,5}))?/\S{0,2048}?"
    r":\d{1,6}\s{1,8}Failed\sto\sload\sresource:\snet::ERR_NAME_NOT_RESOLVED\b"
)


def _devtools_console(m: re.Match[str], seg: Segment) -> Hit | None:
    found = hit(m, seg, "nxdomain", port=m.group("port"))
    return replace(found, assumed=True)


# Chromium's WebRTC socket manager (`[pid:tid:...:ERROR:socket_manager.cc(128)] Failed to resolve address for h.,
# errorcode: -105`): net's error code, -105 ERR_NAME_NOT_RESOLVED, -137 ERR_NAME_RESOLUTION_FAILED (held-out JZ-KG,
# spent, off-frame: an mDNS `.local` candidate's name)
_CHROMIUM_SOCKET_MANAGER = rx(
    r"\bFailed\sto\sresolve\saddress\sfor\s(?P<host>{H}),\serrorcode:\s(?P<code>-1(?:05|37))\b"
)


def _chromium_socket_manager(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, "nxdomain" if m.group("code") == "-105" else "other")


# --- Saleor's webhooks ---------------------------------------------------------------------------------------------

_SALEOR_WEBHOOK = rx(r"\bFailed\srequest\sto\s'(?P<url>https?://[^'\s]{1,2048})':\s'(?P<reason>[^'\n]{1,80})'")
_RESOLUTION_WORDS = re.compile(r"resol|\bdns\b|look\s?up", re.I)


def _saleor_webhook(m: re.Match[str], seg: Segment) -> Hit | None:
    """The quoted slot holds the error or, for an HTTP reply, the response's body (`'upstream request timeout'`, a
    proxy's 504): only a resolver's words, or words about resolving, are a look-up's (review)."""
    reason = m.group("reason")
    kind = classify_resolution(reason) or ("other" if _RESOLUTION_WORDS.search(reason) else None)
    return url_hit(m, seg, kind) if kind is not None else None


# --- elasticsearch-php ---------------------------------------------------------------------------------------------

_ES_PHP_FAILURE = rx(
    r"\"uri\":\"(?P<url>https?:\\?/\\?/[^\"\s]{1,2048})\"[^\n]{0,600}?\"error\":\"(?:Resolving\stimed\sout"
    r"|Could\sn[o']t\sresolve\shost(?::\s|\s')(?P<named>[^\s\"',]{1,253}))"
)
_URL_HOST = re.compile(r"https?://(?:[^\s/@\"'<>]{1,256}@)?(?P<host>[^\s/:?#\"'<>\[\]]{1,253})(?=[/:?#]|\Z)")


def _es_php_failure(m: re.Match[str], seg: Segment) -> Hit | None:
    if m.group("named"):
        return hit(m, seg, "nxdomain", host=m.group("named"))  # curl's own name for it wins over the object's `uri`
    host = _URL_HOST.match(m.group("url").replace("\\/", "/"))
    return hit(m, seg, "timeout", host=host.group("host")) if host else None  # (an IPv6 literal: no name)


RULES: tuple[Rule, ...] = (
    Rule("webdriverio-request-failed-code", ("request failed with error code ",), _WDIO_FAILED, _wdio_failed),
    Rule("chromedriver-unknown-error-name-not-resolved", ("err_name_not_resolved",), _CHROMEDRIVER, _chromedriver),
    Rule("devtools-console-failed-to-load", ("failed to load resource: net::",), _DEVTOOLS_CONSOLE, _devtools_console),
    Rule(
        "chromium-socket-manager-errorcode",
        ("failed to resolve address for ",),
        _CHROMIUM_SOCKET_MANAGER,
        _chromium_socket_manager,
    ),
    Rule("saleor-webhook-failed-request", ("failed request to '",), _SALEOR_WEBHOOK, _saleor_webhook),
    Rule(
        "elasticsearch-php-request-failure",
        ('"error":"resolving timed out', '"error":"could'),
        _ES_PHP_FAILURE,
        _es_php_failure,
    ),
)
