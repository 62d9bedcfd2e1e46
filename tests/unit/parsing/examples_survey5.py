"""The DNS tools' outputs read before the fifth survey (issue #17): each output as the tool prints it (from the source
named beside it, filled with a realistic name), with the name and kind it must yield (`test_survey5.py` pins them, so
a change cannot lose them)."""

from __future__ import annotations

_NS = "Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\n"
_BB = "Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\n"
_WIN = "Server:  UnKnown\nAddress:  10.0.0.2\n\n"
_H = "api.example.com"

# (tool, format and source, output as printed, host, kind)
READ: tuple[tuple[str, str, str, str, str], ...] = (
    # BIND 9 dig (bin/dig/dighost.c): 9.16's one line, 9.18's per-try `communications error` then `no servers`
    (
        "dig",
        "9.16 timeout",
        f"; <<>> DiG 9.16.1-Ubuntu <<>> {_H}\n;; global options: +cmd\n"
        ";; connection timed out; no servers could be reached",
        _H,
        "timeout",
    ),
    (
        "dig",
        "9.18 timeout",
        f"$ dig {_H}\n;; communications error to 10.96.0.10#53: timed out\n"
        f";; communications error to 10.96.0.10#53: timed out\n\n; <<>> DiG 9.18.18 <<>> {_H}\n"
        ";; global options: +cmd\n"
        ";; no servers could be reached",
        _H,
        "timeout",
    ),
    (
        "dig",
        "9.18 connection refused",
        f"$ dig @10.96.0.10 {_H}\n;; communications error to 10.96.0.10#53: "
        f"connection refused\n\n; <<>> DiG 9.18.18 <<>> @10.96.0.10 {_H}\n; (1 server found)\n;; global options: +cmd\n"
        ";; no servers could be reached",
        _H,
        "refused",
    ),
    (
        "dig",
        "SERVFAIL from the last server",
        f"$ dig {_H}\n;; Got SERVFAIL reply from 10.96.0.10, trying next server\n"
        f"\n; <<>> DiG 9.18.18 <<>> {_H}\n;; global options: +cmd\n;; Got answer:\n"
        ";; ->>HEADER<<- opcode: QUERY, status: SERVFAIL, id: 1\n;; flags: qr rd ra; QUERY: 1, ANSWER: 0",
        _H,
        "servfail",
    ),
    (
        "dig",
        "UDP setup failed",
        f"$ dig {_H}\n;; UDP setup with 10.96.0.10#53(10.96.0.10) for {_H} failed: "
        "network unreachable.\n;; no servers could be reached",
        _H,
        "timeout",
    ),
    (
        "nslookup",
        "BIND over TCP (-vc), dighost.c `Connection to %s(%s) for %s failed: %s.`",
        f"$ nslookup -vc {_H} 8.8.8.8\n;; Connection to 8.8.8.8#53(8.8.8.8) for {_H} failed: timed out.\n"
        ";; connection timed out; no servers could be reached",
        _H,
        "timeout",
    ),
    # BIND 9 host (bin/dig/host.c: `Host %s not found: %d(%s)`)
    ("host", "NXDOMAIN", f"$ host {_H}\nHost {_H} not found: 3(NXDOMAIN)", _H, "nxdomain"),
    ("host", "SERVFAIL", f"$ host {_H}\nHost {_H} not found: 2(SERVFAIL)", _H, "servfail"),
    ("host", "REFUSED", f"$ host {_H}\nHost {_H} not found: 5(REFUSED)", _H, "refused"),
    (
        "host",
        "9.18 timeout",
        f"$ host {_H}\n;; communications error to 10.96.0.10#53: timed out\n;; no servers could be reached",
        _H,
        "timeout",
    ),
    ("host", "NODATA for the type asked", f"$ host -t AAAA {_H}\n{_H} has no AAAA record", _H, "nxdomain"),
    # BIND 9 nslookup (bin/dig/nslookup.c: `** server can't find %s: %s`, `*** Can't find %s: No answer`)
    ("nslookup", "BIND NXDOMAIN", f"$ nslookup {_H}\n{_NS}** server can't find {_H}: NXDOMAIN", _H, "nxdomain"),
    (
        "nslookup",
        "BIND 9.18 timeout",
        f"$ nslookup {_H}\n;; communications error to 10.96.0.10#53: timed out\n;; no servers could be reached",
        _H,
        "timeout",
    ),
    (
        "nslookup",
        "BIND connection refused",
        f"$ nslookup {_H}\n;; communications error to 10.96.0.10#53: "
        "connection refused\n;; no servers could be reached",
        _H,
        "refused",
    ),
    (
        "nslookup",
        "BIND NODATA",
        f"$ nslookup -type=AAAA {_H}\n{_NS}Non-authoritative answer:\n*** Can't find {_H}: No answer",
        _H,
        "nxdomain",
    ),
    # busybox nslookup, new (networking/nslookup.c since 1.28) and old (`can't resolve '%s'`)
    (
        "busybox nslookup",
        "new, NXDOMAIN for A and AAAA",
        f"/ # nslookup {_H}\n{_BB}** server can't find {_H}: NXDOMAIN\n\n** server can't find {_H}: NXDOMAIN",
        _H,
        "nxdomain",
    ),
    (
        "busybox nslookup",
        "new, timeout",
        f"/ # nslookup {_H}\n;; connection timed out; no servers could be reached\n",
        _H,
        "timeout",
    ),
    (
        "busybox nslookup",
        "old, can't resolve",
        f"/ # nslookup {_H}\nServer:    10.96.0.10\nAddress 1: 10.96.0.10 "
        f"kube-dns.kube-system.svc.cluster.local\n\nnslookup: can't resolve '{_H}'",
        _H,
        "nxdomain",
    ),
    (
        "busybox nslookup",
        "old, musl's reason after it",
        f"/ # nslookup {_H}\nnslookup: can't resolve '{_H}': Try again",
        _H,
        "temporary",
    ),
    (
        "nslookup",
        "interactive, BIND",
        f"$ nslookup\n> {_H}\n{_NS}** server can't find {_H}: NXDOMAIN",
        _H,
        "nxdomain",
    ),
    (
        "nslookup",
        "under kubectl exec, exit code after it",
        f"$ kubectl exec -ti dnsutils -- nslookup {_H}\n;; connection timed out; no servers could be reached\n\n"
        "command terminated with exit code 1",
        _H,
        "timeout",
    ),
    (
        "dig",
        "+short, timeout",
        f"$ dig +short {_H}\n;; connection timed out; no servers could be reached",
        _H,
        "timeout",
    ),
    (
        "host",
        "server given, NXDOMAIN",
        f"$ host {_H} 10.96.0.10\nUsing domain server:\nName: 10.96.0.10\nAddress: 10.96.0.10#53\nAliases: \n\n"
        f"Host {_H} not found: 3(NXDOMAIN)",
        _H,
        "nxdomain",
    ),
    # Windows nslookup
    (
        "windows nslookup",
        "Non-existent domain",
        f"C:\\> nslookup {_H}\n{_WIN}*** UnKnown can't find {_H}: Non-existent domain",
        _H,
        "nxdomain",
    ),
    (
        "windows nslookup",
        "timed out",
        f"C:\\> nslookup {_H}\n{_WIN}DNS request timed out.\n    timeout was 2 seconds."
        "\nDNS request timed out.\n    timeout was 2 seconds.\n*** Request to UnKnown timed-out",
        _H,
        "timeout",
    ),
    (
        "windows nslookup",
        "Server failed",
        f"C:\\> nslookup {_H}\n*** dc1.corp.local can't find {_H}: Server failed",
        _H,
        "servfail",
    ),
    (
        "windows nslookup",
        "No response from server",
        f"*** UnKnown can't find {_H}: No response from server",
        _H,
        "timeout",
    ),
    # ping: iputils (ping/ping.c: `error(2, 0, "%s: %s", target, gai_strerror(ret))`), old iputils, busybox, Windows
    ("ping", "iputils EAI_NONAME", f"$ ping {_H}\nping: {_H}: Name or service not known", _H, "nxdomain"),
    (
        "ping",
        "iputils EAI_AGAIN",
        f"$ ping {_H}\nping: {_H}: Temporary failure in name resolution",
        _H,
        "temporary",
    ),
    ("ping", "iputils EAI_NODATA", f"ping: {_H}: No address associated with hostname", _H, "nxdomain"),
    ("ping", "old iputils", f"$ ping {_H}\nping: unknown host {_H}", _H, "nxdomain"),
    ("ping", "busybox", f"/ # ping {_H}\nping: bad address '{_H}'", _H, "nxdomain"),
    (
        "ping",
        "Windows",
        f"C:\\> ping {_H}\nPing request could not find host {_H}. Please check the name and try again.",
        _H,
        "nxdomain",
    ),
    # PowerShell
    (
        "Test-NetConnection",
        "name resolution failed",
        f"PS C:\\> Test-NetConnection {_H} -Port 443\nWARNING: Name resolution of {_H} failed",
        _H,
        "other",
    ),
    (
        "Resolve-DnsName",
        "DNS_ERROR_RCODE_NAME_ERROR",
        f"PS C:\\> Resolve-DnsName {_H}\nResolve-DnsName : {_H} : DNS name does not exist\nAt line:1 char:1",
        _H,
        "nxdomain",
    ),
    (
        "Resolve-DnsName",
        "ERROR_TIMEOUT",
        f"Resolve-DnsName : {_H} : This operation returned because the timeout period expired",
        _H,
        "timeout",
    ),
    (
        "Resolve-DnsName",
        "DNS_ERROR_RCODE_SERVER_FAILURE",
        f"Resolve-DnsName : {_H} : DNS server failure",
        _H,
        "servfail",
    ),
    ("Resolve-DnsName", "PowerShell 7", f"Resolve-DnsName: {_H} : DNS name does not exist", _H, "nxdomain"),
    # curl (lib/hostip.c, lib/asyn-*.c `Could not resolve host: %s`), old `Couldn't resolve host '%s'`, c-ares'
    (
        "curl",
        "-v, CURLE_COULDNT_RESOLVE_HOST",
        f"$ curl -v http://{_H}/\n* Could not resolve host: {_H}\n"
        f"* Closing connection 0\ncurl: (6) Could not resolve host: {_H}",
        _H,
        "nxdomain",
    ),
    ("curl", "7.2x", f"curl: (6) Couldn't resolve host '{_H}'", _H, "nxdomain"),
    ("curl", "c-ares build", f"curl: (6) Could not resolve host: {_H} (Domain name not found)", _H, "nxdomain"),
    ("curl", "8.x c-ares", f"curl: (6) Could not resolve: {_H} (Domain name not found)", _H, "nxdomain"),
    (
        "curl",
        "c-ares, `Could not resolve:` with ARES_ETIMEOUT's text",
        "curl: (6) Could not resolve: nginx (Timeout while contacting DNS servers)",
        "nginx",
        "timeout",
    ),
    # wget (src/host.c), busybox wget, wget2
    (
        "wget",
        "EAI_NONAME",
        f"$ wget http://{_H}/\n--2024-01-01 10:00:00--  http://{_H}/\nResolving {_H} ({_H})... "
        f"failed: Name or service not known.\nwget: unable to resolve host address '{_H}'",
        _H,
        "nxdomain",
    ),
    (
        "wget",
        "EAI_AGAIN",
        f"Resolving {_H} ({_H})... failed: Temporary failure in name resolution.",
        _H,
        "temporary",
    ),
    ("wget", "busybox", f"wget: bad address '{_H}'", _H, "nxdomain"),
    ("wget2", "EAI_NONAME", f"Failed to resolve {_H} (Name or service not known)", _H, "nxdomain"),
    ("wget", "UTF-8 locale quotes", f"wget: unable to resolve host address \u2018{_H}\u2019", _H, "nxdomain"),
    ("traceroute", "busybox", f"traceroute: bad address '{_H}'", _H, "nxdomain"),
    (
        "telnet",
        "macOS (BSD gai_strerror)",
        f"telnet: {_H}: nodename nor servname provided, or not known",
        _H,
        "nxdomain",
    ),
    (
        "curl",
        "7.2x threaded resolver, EAI_NONAME",
        f"curl: (6) Could not resolve host: {_H}; Name or service not known",
        _H,
        "nxdomain",
    ),
    # netcat variants, socat, telnet
    ("nc", "OpenBSD", f'nc: getaddrinfo for host "{_H}" port 80: Name or service not known', _H, "nxdomain"),
    (
        "nc",
        "OpenBSD EAI_AGAIN",
        f'nc: getaddrinfo for host "{_H}" port 80: Temporary failure in name resolution',
        _H,
        "temporary",
    ),
    (
        "ncat",
        "nmap's",
        f'Ncat: Could not resolve hostname "{_H}": Name or service not known. QUITTING.',
        _H,
        "nxdomain",
    ),
    ("nc", "traditional, HOST_NOT_FOUND", f"{_H}: forward host lookup failed: Unknown host", _H, "nxdomain"),
    ("nc", "busybox", f"nc: bad address '{_H}'", _H, "nxdomain"),
    (
        "socat",
        "xioopen",
        f'socat[1234] E getaddrinfo("{_H}", "NULL", {{1,0,1,6}}, {{}}): Name or service not known',
        _H,
        "nxdomain",
    ),
    ("telnet", "netkit", f"telnet: could not resolve {_H}/80: Name or service not known", _H, "nxdomain"),
    ("telnet", "inetutils", f"telnet: {_H}: Name or service not known", _H, "nxdomain"),
    ("telnet", "busybox", f"telnet: bad address '{_H}'", _H, "nxdomain"),
    # traceroute, mtr, tracepath
    (
        "traceroute",
        "EAI_NONAME",
        f'$ traceroute {_H}\n{_H}: Name or service not known\nCannot handle "host" '
        f"cmdline arg `{_H}' on position 1 (argc 1)",
        _H,
        "nxdomain",
    ),
    (
        "traceroute",
        "EAI_AGAIN",
        f'{_H}: Temporary failure in name resolution\nCannot handle "host" cmdline arg `{_H}\' on position 1 (argc 1)',
        _H,
        "temporary",
    ),
    ("mtr", "EAI_NONAME", f"mtr: Failed to resolve host: {_H}: Name or service not known", _H, "nxdomain"),
    ("tracepath", "EAI_NONAME", f"tracepath: {_H}: Name or service not known", _H, "nxdomain"),
    # systemd's resolvectl (src/resolve/resolved-bus.c `reply_query_state`)
    (
        "resolvectl",
        "NXDOMAIN, older",
        f"$ resolvectl query {_H}\n{_H}: resolve call failed: '{_H}' not found",
        _H,
        "nxdomain",
    ),
    ("resolvectl", "NXDOMAIN, newer", f"{_H}: resolve call failed: Name '{_H}' not found", _H, "nxdomain"),
    (
        "resolvectl",
        "ATTEMPTS_MAX_REACHED",
        f"{_H}: resolve call failed: All attempts to contact name servers or networks failed",
        _H,
        "other",  # LABELS.md (after held-out FF): read like c-ares' `Could not contact DNS servers`
    ),
    (
        "resolvectl",
        "NO_SERVERS",
        f"{_H}: resolve call failed: No appropriate name servers or networks for name found",
        _H,
        "other",
    ),
    (
        "resolvectl",
        "NODATA",
        f"{_H}: resolve call failed: '{_H}' does not have any RR of the requested type",
        _H,
        "nxdomain",
    ),
    ("resolvectl", "STUB_LOOP", f"{_H}: resolve call failed: Configured DNS server loops back to us", _H, "other"),
    # ldns drill, Knot kdig, dog
    (
        "drill",
        "rcode NXDOMAIN",
        f"$ drill {_H}\n;; ->>HEADER<<- opcode: QUERY, rcode: NXDOMAIN, id: 12345\n"
        ";; flags: qr rd ra ; QUERY: 1, ANSWER: 0, AUTHORITY: 1, ADDITIONAL: 0 \n"
        f";; QUESTION SECTION:\n;; {_H}.\tIN\tA",
        _H,
        "nxdomain",
    ),
    (
        "drill",
        "rcode SERVFAIL",
        f";; ->>HEADER<<- opcode: QUERY, rcode: SERVFAIL, id: 12345\n;; QUESTION SECTION:\n;; {_H}.\tIN\tA",
        _H,
        "servfail",
    ),
    (
        "kdig",
        "status NXDOMAIN",
        f"$ kdig {_H}\n;; ->>HEADER<<- opcode: QUERY; status: NXDOMAIN; id: 1\n;; QUESTION SECTION:\n;; {_H}.\t\tIN\tA",
        _H,
        "nxdomain",
    ),
    ("dog", "NXDomain", f"$ dog {_H}\nStatus: NXDomain", _H, "nxdomain"),
    ("ssh", "EAI_NONAME", f"ssh: Could not resolve hostname {_H}: Name or service not known", _H, "nxdomain"),
)
