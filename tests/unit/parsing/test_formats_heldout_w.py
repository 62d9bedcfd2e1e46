"""What held-out W missed (HELDOUT-w.md): libcurl's `[h] Resolving timed out after N milliseconds` as R's curl package
prints it, PHP's `php_network_getaddresses: gethostbyname failed. errno=N` (the host on the `unable to connect to` of
the same line, or PHPMailer's `opening to` line above), and PHP's C function name `php_network_getaddresses` read as
a `server:` field (rules/libcurl.py, php_network.py, python_libs.py, function_slots.py). Each example (runtime and
format in its id) yields its failure, the look-alikes yield nothing or the real name, every new rule fires."""

from __future__ import annotations

import pytest

from checks.parsing.function_slots import function_name_slot, help_link
from checks.parsing.parser import parse_failures
from tests.unit.parsing.rounds import named_rules, triples, unfired
from tests.unit.parsing.speed import GUARD, best_of, megabyte_of

# held-out W's rules, now in the modules named by what they read (libcurl, php_network, python_libs)
HELDOUT_W_RULES = named_rules(
    "curl-bracket-resolving-timeout", "php-gethostbyname-errno", "urllib3-wrapped-new-connection"
)

_R_CURL = (
    "error was: Timeout was reached: [oauth2.googleapis.com] Resolving timed out after 10000 milliseconds\n"
    "Error in curl::curl_fetch_memory(url, handle = handle) : \n"
    "  Timeout was reached: [oauth2.googleapis.com] Resolving timed out after 10000 milliseconds"
)
_PHPMAILER_ERRNO = (
    "2022-01-19 08:33:27 Connection: opening to ssl://smtp.gmail.com:465, timeout=300, options=array()\n"
    "2022-01-19 08:34:07 Connection failed. Error #2: stream_socket_client(): php_network_getaddresses: gethostbyname "
    "failed. errno=11 [/volume1/web/picoftheday/SMTP.php line 395]\n"
    "2022-01-19 08:34:07 Connection failed. Error #2: stream_socket_client(): unable to connect to "
    "ssl://smtp.gmail.com:465 (php_network_getaddresses: gethostbyname failed. errno=11) [/volume1/web/SMTP.php "
    "line 395]"
)
_PHP_ERRNO_ONLY_ABOVE = (
    "Connection: opening to ssl://smtp.example.org:465, timeout=300, options=array()\n"
    "Connection failed. Error #2: stream_socket_client(): php_network_getaddresses: gethostbyname failed. errno=11"
)
_PHPMAILER_CODE = (
    "2021-01-27 13:06:46 SMTP ERROR: Failed to connect to server: php_network_getaddresses: getaddrinfo failed: No "
    "such host is known. (0)\nSMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting\n"
    "Message could not be sent. Mailer Error: SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/"
    "Troubleshooting\n i try to send using   $mail->Host  = 'smtp.gmail.com'; "
)

_AZURE_CLI_WRAPPED = (
    "The command failed with an unexpected error. Here is the traceback:\n"
    "HTTPSConnectionPool(host='login.microsoftonline.com', port=443): Max retries exceeded with url: /organizations/"
    "v2.0/.well-known/open\n"
    "id-configuration (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f49e6046400>: "
    "Failed to establish a\n new connection: [Errno -3] Temporary failure in name resolution',))"
)

EXAMPLES_HELDOUT_W = (
    # the same error cut once (a width the paste does not show twice): the urllib3 rule reads it; the paste above, cut
    # twice at its console's 132 columns, is joined by terminal_wraps before any rule reads it
    ("python-urllib3-cut-once", "(constructed from Azure/azure-cli's paste)",
     _AZURE_CLI_WRAPPED.replace("open\nid-configuration", "openid-configuration"),
     {("login.microsoftonline.com", "temporary", False)}),
    ("r-curl-bracket-resolving-timed-out", "MarkEdmondson1234/googleAuthR#181", _R_CURL,
     {("oauth2.googleapis.com", "timeout", False)}),
    ("php-phpmailer-gethostbyname-errno", "PHPMailer/PHPMailer#2609", _PHPMAILER_ERRNO,
     {("smtp.gmail.com", "other", False)}),
    ("php-gethostbyname-errno-opening-line-above", "PHPMailer/PHPMailer#2609 (cut)", _PHP_ERRNO_ONLY_ABOVE,
     {("smtp.example.org", "other", False)}),
    ("php-phpmailer-function-name-not-the-host", "PHPMailer/PHPMailer#2255", _PHPMAILER_CODE,
     {("smtp.gmail.com", "nxdomain", False)}),
    ("python-urllib3-new-connection-wrapped-mid-words", "Azure/azure-cli#23557", _AZURE_CLI_WRAPPED,
     {("login.microsoftonline.com", "temporary", False)}),
)  # fmt: skip


@pytest.mark.parametrize(("case", "source", "text", "want"), EXAMPLES_HELDOUT_W, ids=[e[0] for e in EXAMPLES_HELDOUT_W])
def test_heldout_w_format(case: str, source: str, text: str, want: set[tuple[str, str, bool]]) -> None:
    assert set(triples(text)) == want, (case, source)


def test_every_new_rule_fires() -> None:
    assert unfired(HELDOUT_W_RULES, (e[2] for e in EXAMPLES_HELDOUT_W)) == set()


# --- guards on look-alikes ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # libcurl's other errors after the bracket: a connect timeout is no lookup failure
        "Timeout was reached: [api.example.org] Connection timed out after 10001 milliseconds",
        # the bracket holds an IP: nothing was resolved
        "Timeout was reached: [10.0.0.1] Resolving timed out after 10000 milliseconds",
        # cargo's `[28] Timeout was reached (...)`: no name, no resolving
        "warning: spurious network error (2 tries remaining): [28] Timeout was reached (failed to download any data)",
        # PHP's gethostbyname errno with no host anywhere
        "stream_socket_client(): php_network_getaddresses: gethostbyname failed. errno=11",
        # the function-name slot alone: no host on any line
        "SMTP ERROR: Failed to connect to server: php_network_getaddresses: getaddrinfo failed: No such host is known.",
        # a line starting `connection: [Errno -3]` whose line above is not the start of urllib3's words
        "host='db.example.org' is the setting\nconnection: [Errno -3] Temporary failure in name resolution",
        # only a wiki link below a host-less error
        "php_network_getaddresses: getaddrinfo failed: No such host is known.\n"
        "See https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
    ],
)
def test_look_alikes_report_nothing(text: str) -> None:
    assert triples(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a compose service name with an underscore in a `server:` field is still a name (not a function slot)
        (
            "server: immich_redis\nphp_network_getaddresses: getaddrinfo failed: Name or service not known",
            [("immich_redis", "nxdomain", False)],
        ),
        # a URL below that is not a wiki page still names a host-less error above it
        (
            "php_network_getaddresses: getaddrinfo failed: No such host is known.\nretrying https://api.example.org/v1",
            [("api.example.org", "nxdomain", False)],
        ),
        # Guzzle's URL after curl's host-less text stays survey 5's rule's
        (
            "cURL error 28: Resolving timed out after 5000 milliseconds (see https://curl.haxx.se/libcurl/c/"
            "libcurl-errors.html) for https://api.github.com/repos/x/y",
            [("api.github.com", "timeout", False)],
        ),
    ],
)
def test_look_alikes_read_the_real_name(text: str, want: list[tuple[str, str, bool]]) -> None:
    assert triples(text) == want


def test_function_name_slot_and_help_link_guards() -> None:
    text = "server: php_network_getaddresses: getaddrinfo failed"
    end = text.index(": getaddrinfo")
    assert function_name_slot("php_network_getaddresses", text, end)
    assert not function_name_slot("db.internal", "server: db.internal: getaddrinfo failed", 19)
    assert not function_name_slot("immich_redis", "server: immich_redis (port 6379)", 20)
    url = "https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting"
    assert help_link(url, len("https://github.com"))
    assert not help_link("https://github.com/PHPMailer/PHPMailer/issues/1", len("https://github.com"))


# The start of each new format with nothing valid after it.
NEAR_MATCHES_W = (
    "[a] Resolving timed out after x ",
    "unable to connect to ssl://a:1 (php_network_getaddresses: gethostbyname failed. errno=x ",
    "server: a_b: getaddrinfo failed: ",
    "Failed to establish a\n new connection: [Errno -3] x ",
)


@pytest.mark.parametrize("piece", NEAR_MATCHES_W, ids=range(len(NEAR_MATCHES_W)))
def test_a_hostile_megabyte_of_each_new_format_parses_quickly(piece: str) -> None:
    line = megabyte_of(piece)
    parse_failures(line[:10_000])
    assert best_of(3, lambda: parse_failures(line)) < GUARD
