"""The fifth survey (issue #17): the DNS TOOLS' outputs when a lookup fails or half-fails, each as the tool prints it
(its source named beside it: `checks/parsing/rules/survey5.py`, `checks/parsing/generic_reasons_survey5.py`, and
`examples_survey5.py` for those read before), yield their name and kind; outputs with failure words that END IN AN
ANSWER, and look-alikes (refused and timed-out connections, TLS, HTTP errors, `no healthy upstream`, prose with the
same words), yield nothing. The outputs older rules misread when the survey was made are read right since (each is
a plain case here)."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from tests.unit.parsing.examples_survey5 import _BB, _H, _WIN, READ
from tests.unit.parsing.speed import GUARD, best_of, megabyte_of

_KDIG_TIMEOUT = ";; WARNING: response timeout for 10.96.0.10@53(UDP)\n"

# (tool, format, output as printed, host, kind): the outputs this survey added
NEW: tuple[tuple[str, str, str, str, str], ...] = (
    (  # was read as nothing until the seventh round of probes (session 55): ISC_R_FAILURE is still a failed look-up
        "dig",
        "server named by `@` does not resolve, a bare `failure` (ISC_R_FAILURE, no reason)",
        f"$ dig @coredns {_H}\ndig: couldn't get address for 'coredns': failure",
        "coredns",
        "other",
    ),
    (
        "dig",
        "server named by `@` does not resolve (dighost.c ISC_R_NOTFOUND)",
        f"$ dig @coredns {_H}\ndig: couldn't get address for 'coredns': not found",
        "coredns",
        "nxdomain",
    ),
    (
        "nslookup",
        "server named after the host does not resolve (BIND)",
        f"$ nslookup {_H} coredns\nnslookup: couldn't get address for 'coredns': not found",
        "coredns",
        "nxdomain",
    ),
    (
        "ldns",
        "server does not resolve (gai_strerror after it)",
        "Error: couldn't get address for 'coredns': Name or service not known",
        "coredns",
        "nxdomain",
    ),
    (
        "host",
        "server named after the host does not resolve (BIND)",
        f"$ host {_H} coredns\nhost: couldn't get address for 'coredns': not found",
        "coredns",
        "nxdomain",
    ),
    (
        "curl",
        "(28) Resolving timed out, URL on the kubectl exec command above",
        "$ k exec -it pod/pod-with-label -- curl backend-svc:3000 --max-time 2\n"
        "curl: (28) Resolving timed out after 2001 milliseconds",
        "backend-svc",
        "timeout",
    ),
    (
        "curl",
        "-v, Resolving timed out, options before the URL",
        f"$ curl -v -m 5 -H 'Host: x' http://{_H}/\n* Resolving timed out after 5000 milliseconds\n"
        "* Closing connection 0\ncurl: (28) Resolving timed out after 5000 milliseconds",
        _H,
        "timeout",
    ),
    (
        "Guzzle (libcurl)",
        "cURL error 28 with `for URL` after it",
        "cURL error 28: Resolving timed out after 5000 milliseconds (see https://curl.haxx.se/libcurl/c/libcurl-errors"
        f".html) for https://{_H}/v1/items",
        _H,
        "timeout",
    ),
    (
        "kdig",
        "every try timed out (netio.c, kdig_exec.c)",
        f"$ kdig {_H}\n{_KDIG_TIMEOUT}{_KDIG_TIMEOUT}{_KDIG_TIMEOUT}"
        ";; ERROR: failed to query server 10.96.0.10@53(UDP)",
        _H,
        "timeout",
    ),
    (
        "kdig",
        "older kdig: WARNING for the last server too",
        f"$ kdig @10.96.0.10 {_H}\n{_KDIG_TIMEOUT};; WARNING: failed to query server 10.96.0.10@53(UDP)",
        _H,
        "timeout",
    ),
    (
        "nc",
        "traditional, TRY_AGAIN (hstrerror)",
        f"{_H}: forward host lookup failed: Host name lookup failure",
        _H,
        "temporary",
    ),
    (
        "nc",
        "traditional, NO_ADDRESS (hstrerror)",
        f"{_H}: forward host lookup failed: No address associated with name",
        _H,
        "nxdomain",
    ),
    (
        "windows nslookup",
        "NODATA for A and AAAA",
        f"C:\\> nslookup {_H}\n{_WIN}*** No internal type for both IPv4 and IPv6 Addresses (A+AAAA) records available "
        f"for {_H}",
        _H,
        "nxdomain",
    ),
    (
        "windows nslookup",
        "NODATA, the answer's Name: alone above it",
        f"C:\\> nslookup {_H}\n{_WIN}Name:    {_H}\n*** No internal type for both IPv4 and IPv6 Addresses (A+AAAA) "
        f"records available for {_H}",
        _H,
        "nxdomain",
    ),
    (
        "nslookup",
        "old BIND, NODATA (DNS and BIND ch. 11.7)",
        "> movie.edu.\n*** No address (A) records available for movie.edu.",
        "movie.edu",
        "nxdomain",
    ),
    (
        "Resolve-DnsName",
        "DNS_INFO_NO_RECORDS (NODATA)",
        f"PS C:\\> Resolve-DnsName -Type AAAA {_H}\nResolve-DnsName : {_H} : No records found for given DNS query",
        _H,
        "nxdomain",
    ),
)


@pytest.mark.parametrize(("tool", "fmt", "output", "host", "kind"), NEW, ids=[f"{c[0]}: {c[1]}" for c in NEW])
def test_surveyed_output_yields_its_name_and_kind(tool: str, fmt: str, output: str, host: str, kind: str) -> None:
    assert [(f.host, f.kind) for f in parse_failures(output)] == [(host, kind)], f"{tool}: {fmt}"


@pytest.mark.parametrize(("tool", "fmt", "output", "host", "kind"), READ, ids=[f"{c[0]}: {c[1]}" for c in READ])
def test_output_read_before_the_survey_stays_read(tool: str, fmt: str, output: str, host: str, kind: str) -> None:
    assert [(f.host, f.kind) for f in parse_failures(output)] == [(host, kind)], f"{tool}: {fmt}"


# Failure words, then an answer (or a failure that is not a name's): nothing failed to resolve.
HALF_FAILURES: tuple[tuple[str, str], ...] = (
    (
        "busybox: nslookup's own server reverse lookup (1.28 bug) before the answer",
        "/ # nslookup kubernetes.default\nnslookup: can't resolve '(null)': Name does not resolve\n\n"
        "Name:      kubernetes.default\nAddress 1: 10.96.0.1 kubernetes.default.svc.cluster.local",
    ),
    (
        "windows nslookup: the server's own PTR missing, then the answer",
        f"C:\\> nslookup {_H}\n*** Can't find server name for address 10.0.0.2: Non-existent domain\nServer:  UnKnown\n"
        f"Address:  10.0.0.2\n\nNon-authoritative answer:\nName:    {_H}\nAddress:  93.184.216.34",
    ),
    (
        "busybox: A answered, AAAA `No answer`",
        f"/ # nslookup {_H}\n{_BB}Name:\t{_H}\nAddress: 93.184.216.34\n\n*** Can't find {_H}: No answer\n",
    ),
    (
        "dig 9.18: one try timed out, the next answered",
        f"$ dig {_H}\n;; communications error to 10.96.0.10#53: timed out\n\n; <<>> DiG 9.18.18 <<>> {_H}\n"
        ";; global options: +cmd\n;; Got answer:\n;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 1\n"
        f";; ANSWER SECTION:\n{_H}.\t300\tIN\tA\t93.184.216.34",
    ),
    (
        "host: A answered, no AAAA or MX record",
        f"$ host {_H}\n{_H} has address 93.184.216.34\n{_H} has no AAAA record\n{_H} has no MX record",
    ),
    (
        "windows nslookup: one timeout, then the answer",
        f"C:\\> nslookup {_H}\nDNS request timed out.\n    timeout was 2 seconds.\nServer:  UnKnown\n"
        f"Address:  10.0.0.2\n\nNon-authoritative answer:\nName:    {_H}\nAddress:  93.184.216.34",
    ),
    (
        "kdig: the first server timed out, the next answered",
        f"$ kdig {_H}\n{_KDIG_TIMEOUT};; WARNING: failed to query server 10.96.0.10@53(UDP)\n\n"
        ";; ->>HEADER<<- opcode: QUERY; status: NOERROR; id: 1\n;; ANSWER SECTION:\n"
        f"{_H}.\t300\tIN\tA\t93.184.216.34",
    ),
    (
        "kdig: TCP connect failed (no reason stated)",
        f"$ kdig +tcp {_H}\n;; WARNING: can't connect to 10.96.0.10@53(TCP)\n"
        ";; ERROR: failed to query server 10.96.0.10@53(TCP)",
    ),
    (
        "windows nslookup: an address answered, no AAAA",
        f"C:\\> nslookup {_H}\n{_WIN}Non-authoritative answer:\nName:    {_H}\nAddresses:  2606:2800::1\n"
        f"          93.184.216.34\n*** No internal type for both IPv4 and IPv6 Addresses (A+AAAA) records available "
        f"for {_H}",
    ),
    (
        "resolvectl: an answer",
        f"$ resolvectl query {_H}\n{_H}: 93.184.216.34                   -- link: eth0\n\n"
        "-- Information acquired via protocol DNS in 1.2ms.\n-- Data is authenticated: no",
    ),
    (
        "nc -l: the peer's address has no PTR",
        "192.168.56.125: inverse host lookup failed: Host name lookup failure\n"
        "connect to [192.168.56.119] from (UNKNOWN) [192.168.56.125] 54292",
    ),
    ("ifconfig: an argument taken for a host", "ifconfig: Host name lookup failure"),
    (
        "Python gethostbyaddr of an address",
        "DEBUG socket.gethostbyaddr('149.171.124.3') failed: [Errno 2] Host name lookup failure",
    ),
    ("curl 28 with no command or URL in sight", "curl: (28) Resolving timed out after 5000 milliseconds"),
    (
        "curl 28 under a curl to an address",
        "$ curl http://10.0.0.5:8080/\ncurl: (28) Resolving timed out after 5000 milliseconds",
    ),
)
LOOK_ALIKES: tuple[tuple[str, str], ...] = (
    (
        "curl refused",
        "* connect to 10.0.0.5 port 80 failed: Connection refused\n"
        f"curl: (7) Failed to connect to {_H} port 80 after 2 ms: Connection refused",
    ),
    ("curl connect timeout", f"$ curl http://{_H}/\ncurl: (28) Connection timed out after 5001 milliseconds"),
    ("curl tls", "curl: (60) SSL certificate problem: unable to get local issuer certificate"),
    ("http 503", "< HTTP/1.1 503 Service Unavailable\nno healthy upstream"),
    ("prose", "We could not find a host for the meeting; the server failed to show up."),
    ("prose: forward lookup", "Our forward host lookup failed: host name lookup failure is what ops called it."),
    ("windows ping timeout", "$ ping 10.0.0.5\nRequest timed out.\nRequest timed out."),
    ("nc refused", f"nc: connect to {_H} port 80 (tcp) failed: Connection refused"),
    ("Test-NetConnection TCP failure", "WARNING: TCP connect to (10.0.0.5 : 443) failed\nComputerName: " + _H),
    ("kdig prose", "kdig said: failed to query server, try again later"),
    ("records prose", "There are no records available for that period."),
    ("Resolve-DnsName prose", "No records found for given DNS query is what the wiki says."),
)


@pytest.mark.parametrize(
    ("name", "output"), HALF_FAILURES + LOOK_ALIKES, ids=[n for n, _ in HALF_FAILURES + LOOK_ALIKES]
)
def test_half_failure_or_look_alike_reads_nothing(name: str, output: str) -> None:
    assert parse_failures(output) == [], name


# Outputs an existing rule misreads (rules/dns_tools.py, more_formats.py, clients.py: not this helper's to edit).
MISREAD: tuple[tuple[str, str, list[tuple[str, str]], str], ...] = (
    (
        "busybox nslookup: search-path NXDOMAINs around the answer (networking/nslookup.c add_query_with_search)",
        "/ # nslookup nginx\n" + _BB + "** server can't find nginx.svc.cluster.local: NXDOMAIN\n\n"
        "** server can't find nginx.cluster.local: NXDOMAIN\n\nName:\tnginx.default.svc.cluster.local\n"
        "Address: 10.96.12.34\n\n** server can't find nginx.svc.cluster.local: NXDOMAIN\n\n"
        "** server can't find nginx.cluster.local: NXDOMAIN\n",
        [],
        "nslookup-cant-find reads each expansion: (nginx.svc.cluster.local, nxdomain), (nginx.cluster.local, nxdomain)",
    ),
    (
        "windows nslookup: `Query refused` (DNS_ERROR_RCODE_REFUSED)",
        f"C:\\> nslookup {_H}\n*** dc1.corp.local can't find {_H}: Query refused",
        [(_H, "refused")],
        "nslookup-cant-find has no `query refused`: reads (api.example.com, other)",
    ),
    # busybox's nslookup (networking/nslookup.c `send_queries`: `bb_perror_msg("read")`, `bb_perror_msg("write to
    # '%s'", ns->name)`, then `;; connection timed out; no servers could be reached`): the server's port refused
    (
        "busybox nslookup: read: Connection refused, then no servers",
        f"/ # nslookup {_H}\nnslookup: read: Connection refused\nnslookup: read: Connection refused\n"
        ";; connection timed out; no servers could be reached\n",
        [(_H, "refused")],
        "no-servers knows only BIND's `communications error ... connection refused`: reads (api.example.com, timeout)",
    ),
    (
        "busybox nslookup: write to the server refused, then no servers",
        f"/ # nslookup {_H}\nnslookup: write to '10.96.0.10': Connection refused\n"
        ";; connection timed out; no servers could be reached\n",
        [(_H, "refused")],
        "no-servers reads (api.example.com, timeout)",
    ),
    # BIND over TCP (bin/dig/dighost.c `tcp_connected`: `;; Connection to %s(%s) for %s failed: %s.`)
    (
        "dig +tcp: Connection to the server refused, then no servers",
        f"$ dig +tcp {_H}\n;; Connection to 10.96.0.10#53(10.96.0.10) for {_H} failed: connection refused.\n"
        ";; no servers could be reached",
        [(_H, "refused")],
        "no-servers reads (api.example.com, timeout)",
    ),
    # curl built with c-ares (Alpine's; lib/asyn-ares.c put `ares_strerror(status)` in parentheses after the name):
    # clients.py's `curl` rule reads `Could not resolve host: NAME` as a fixed, not assumed, NXDOMAIN, so the c-ares
    # text after it (which the generic rule reads right when `host` is not there: `Could not resolve: NAME (...)`)
    # only adds a second triple
    (
        "curl (c-ares): ARES_ETIMEOUT",
        "$ kubectl exec -it debug -- curl http://nginx\n"
        "curl: (6) Could not resolve host: nginx (Timeout while contacting DNS servers)",
        [("nginx", "timeout")],
        "curl's fixed nxdomain stays beside the timeout: reads (nginx, nxdomain), (nginx, timeout)",
    ),
    (
        "curl (c-ares): ARES_ESERVFAIL",
        "curl: (6) Could not resolve host: nginx (DNS server returned general failure)",
        [("nginx", "servfail")],
        "reads (nginx, nxdomain), (nginx, servfail)",
    ),
    (
        "curl (c-ares): ARES_EREFUSED",
        "curl: (6) Could not resolve host: nginx (DNS server refused query)",
        [("nginx", "refused")],
        "reads (nginx, nxdomain), (nginx, refused)",
    ),
    (
        "curl (c-ares): ARES_ECONNREFUSED",
        "curl: (6) Could not resolve host: nginx (Could not contact DNS servers)",
        [("nginx", "other")],
        "reads (nginx, nxdomain): the `other` COLLECTED-12c.md gives this text is lost",
    ),
    # curl 7.2x's threaded resolver (lib/asyn-thread.c: `failf(data, "Could not resolve host: %s; %s", ...)` with
    # gai_strerror's text after the semicolon)
    (
        "curl 7.2x: EAI_AGAIN after the semicolon",
        f"curl: (6) Could not resolve host: {_H}; Temporary failure in name resolution",
        [(_H, "temporary")],
        "clients.py's `curl` rule reads its fixed (api.example.com, nxdomain)",
    ),
    # Microsoft's nslookup notes (Windows 2000 help, nslookup__notes.htm, "Diagnostics": Timed out, No response from
    # server, No records, Non-existent domain, Connection refused, Network is unreachable, Server failure, Refused,
    # Format error)
    (
        "windows nslookup: documented `No records` (NODATA)",
        f"C:\\> nslookup -type=AAAA {_H}\n*** UnKnown can't find {_H}: No records",
        [(_H, "nxdomain")],
        "nslookup-cant-find has no `no records`: reads (api.example.com, other)",
    ),
    (
        "windows nslookup: documented `Connection refused` (to the DNS server)",
        f"C:\\> nslookup {_H}\n*** UnKnown can't find {_H}: Connection refused",
        [(_H, "refused")],
        "nslookup-cant-find reads (api.example.com, other)",
    ),
    (
        "windows nslookup: documented `Server failure`",
        f"C:\\> nslookup {_H}\n*** UnKnown can't find {_H}: Server failure",
        [(_H, "servfail")],
        "nslookup-cant-find knows `Server failed` only: reads (api.example.com, other)",
    ),
    (
        "resolvectl: DNS_TRANSACTION_TIMEOUT `Query timed out`",
        f"{_H}: resolve call failed: Query timed out",
        [(_H, "timeout")],
        "resolvectl-resolve-call-failed reads (api.example.com, other)",
    ),
    (
        "resolvectl: RCODE_FAILURE SERVFAIL",
        f"{_H}: resolve call failed: Could not resolve '{_H}', server or network returned error SERVFAIL",
        [(_H, "servfail")],
        "apt-not-resolved adds (api.example.com, nxdomain) beside the servfail",
    ),
    (
        "resolvectl: RCODE_FAILURE REFUSED",
        f"{_H}: resolve call failed: Could not resolve '{_H}', server or network returned error REFUSED",
        [(_H, "refused")],
        "apt-not-resolved's `Could not resolve` wins: reads (api.example.com, nxdomain)",
    ),
)


@pytest.mark.parametrize(
    ("name", "output", "expected"),
    [
        pytest.param(
            n,
            o,
            e,
            id=n,
        )
        for n, o, e, _w in MISREAD
    ],
)
def test_output_an_older_rule_misreads(name: str, output: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.host, f.kind) for f in parse_failures(output)] == expected, name


# The start of each new format with nothing valid after it, repeated on one 1 MB line.
NEAR_MATCHES = (
    "couldn't get address for 'a",
    "Resolving timed out after 1 milliseconds",
    ";; ERROR: failed to query server 1.1.1.1@53(UDP)\n",
    ";; WARNING: response timeout for 1@53(UDP)\n",
    "a: forward host lookup failed: ",
    "Resolve-DnsName : a : No records found",
    "$ curl -H a ",
    "$ curl -H a Resolving timed out after 1 milliseconds ",
    "*** No a",
    "*** No a records available for ",
)


@pytest.mark.parametrize("piece", NEAR_MATCHES)
def test_a_hostile_megabyte_line_of_near_matches_parses_quickly(piece: str) -> None:
    line = megabyte_of(piece)
    elapsed = best_of(3, lambda: parse_failures(line))
    assert elapsed < GUARD, f"{piece!r}: {elapsed:.3f} s"
