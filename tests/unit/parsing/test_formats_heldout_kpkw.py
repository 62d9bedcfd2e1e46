"""Formats from held-out KP-KW's misses (issue #17, session 66; spent data: the sets were measured before these rules
were written): each case names the program and the format, with look-alikes that must stay no failure, the stand-ins
LABELS.md now names, and hostile megabytes of each new format."""

from __future__ import annotations

from tests.unit.parsing.rounds import flags_stand_in, named_rules, reads, reads_nothing, stays_real, unfired
from tests.unit.parsing.speed import parses_quickly

ROUND: list[tuple[str, set[tuple[str, str]]]] = [
    (  # FreeBSD's libfetch under pkg's bootstrap: `No address record` is EAI_NONAME; pkg's own line under it agrees
        "Bootstrapping pkg from pkg+http://pkg.FreeBSD.org/FreeBSD:12:amd64/latest, please wait...\n"
        "pkg: Error fetching http://pkg.FreeBSD.org/FreeBSD:12:amd64/latest/Latest/pkg.txz: No address record\n"
        "Address resolution failed for http://pkg.FreeBSD.org/FreeBSD:12:amd64/latest.",
        {("pkg.freebsd.org", "nxdomain")},
    ),
    (  # ... FreeBSD 14's wording of EAI_NONAME
        "pkg: Error fetching https://pkg.FreeBSD.org/FreeBSD:14:amd64/quarterly/Latest/pkg.txz: Host does not resolve",
        {("pkg.freebsd.org", "nxdomain")},
    ),
    (  # ... a repository update
        "pkg: http://mirror.as24220.net/opnsense/FreeBSD:12:amd64/21.1/latest/meta.txz: No address record",
        {("mirror.as24220.net", "nxdomain")},
    ),
    (  # ... fetch(1), EAI_AGAIN
        "fetch: https://raw.githubusercontent.com/u/r/master/x.sh: Transient resolver failure",
        {("raw.githubusercontent.com", "temporary")},
    ),
    (  # ... EAI_FAIL (`other`, as glibc's `Non-recoverable failure in name resolution`)
        "pkg: https://pkg.opnsense.org/FreeBSD:13:amd64/23.1/latest/meta.txz: Non-recoverable resolver failure",
        {("pkg.opnsense.org", "other")},
    ),
    (  # pkg's own line alone: no reason (`other`), the URL's final dot is the sentence's
        "it fails with the following error: `Address resolution failed for https://pkgs.lab.internal/packages/13.`",
        {("pkgs.lab.internal", "other")},
    ),
    (  # a jail script's check
        '"pkg.freebsd.org could not be reached via DNS, check your network"',
        {("pkg.freebsd.org", "other")},
    ),
    (  # FreeIPA's discovery: dnspython's exception's class name under its SRV search
        "DEBUG Search DNS for SRV record of _ldap._tcp.ipa.test\nDEBUG DNS record not found: NXDOMAIN'",
        {("_ldap._tcp.ipa.test", "nxdomain")},
    ),
    (
        "DEBUG Search DNS for SRV record of _kerberos._udp.corp.lan\nDEBUG DNS record not found: Timeout",
        {("_kerberos._udp.corp.lan", "timeout")},
    ),
    (  # ipa-server-install's domain check: dnspython's Timeout text
        "2020-01-14T19:56:40Z WARNING DNS check for domain hattrick.lab. failed: The DNS operation timed out after "
        "30.0011110306 seconds.",
        {("hattrick.lab", "timeout")},
    ),
    (  # ... its NXDOMAIN text
        "DNS check for domain idm.example. failed: The DNS query name does not exist: idm.example.",
        {("idm.example", "nxdomain")},
    ),
    (  # samba-tool's join: NT_STATUS_OBJECT_NAME_NOT_FOUND, no DC's SRV record
        "ERROR: Failed to find a writeable DC for domain 'AD.EXAMPLE.COM': The object name is not found.",
        {("ad.example.com", "nxdomain")},
    ),
    (  # SSSD's resolver: c-ares' text under its SRV query (one no clause names: `other`)
        "   *  (2026-07-22  9:48:23): [be[cockpit.lan]] [resolv_getsrv_send] (0x0100): Trying to resolve SRV record "
        "of '_ldap._tcp.cockpit.lan'\n"
        "   *  (2026-07-22  9:48:23): [be[cockpit.lan]] [resolv_discover_srv_done] (0x0040): SRV query failed [10]: "
        "Misformatted DNS reply",
        {("_ldap._tcp.cockpit.lan", "other")},
    ),
    (
        "[resolv_getsrv_send] (0x0100): Trying to resolve SRV record of '_ldap._tcp.ad.corp'\n"
        "[resolv_getsrv_done] (0x0040): SRV query failed: [Domain name not found]",
        {("_ldap._tcp.ad.corp", "nxdomain")},
    ),
    (  # supervisord's inet_http_server bind name
        "Error: Could not determine IP address for hostname dvblink, please try setting an explicit IP address in the "
        '"port" setting of your [inet_http_server] section.',
        {("dvblink", "other")},
    ),
    (  # 389 DS' lib389: its gaierror dropped (`other`)
        "DEBUG: no ip address for b'susetest'\nDEBUG: Allocate <class 'lib389.DirSrv'> with b'susetest':636",
        {("susetest", "other")},
    ),
    (  # chrony: a bare `could not resolve`
        "Could not resolve address of initstepslew server 0.resinio.pool.ntp.org",
        {("0.resinio.pool.ntp.org", "nxdomain")},
    ),
    (  # BunkerWeb's DNSBL check over lua-resty-dns' error
        "2022/12/20 00:45:33 [error] 435#435: *490231 [DNSBL] Error while asking DNSBL server problems.dnsbl.sorbs.net "
        ": failed to receive reply from UDP server 1.1.1.1:53: timeout, client: 10.0.0.9, server: nc.example.org",
        {("problems.dnsbl.sorbs.net", "timeout")},
    ),
    (  # Boulder's unknownHost text as an ACME client prints it
        "2017/01/10 15:30:40 acme: Error 400 - urn:acme:error:unknownHost - No valid IP addresses found for "
        "shop.example.net",
        {("shop.example.net", "nxdomain")},
    ),
    (  # acme.sh: curl's code 6 under its debug `url='...'` line
        "[Fri Feb 23 12:59:52 CET 2018] GET\n"
        "[Fri Feb 23 12:59:52 CET 2018] url='https://acme-v02.api.letsencrypt.org/directory'\n"
        "[Fri Feb 23 12:59:52 CET 2018] timeout=\n"
        "[Fri Feb 23 12:59:52 CET 2018] Please refer to https://curl.haxx.se/libcurl/c/libcurl-errors.html for error "
        "code: 6\n[Fri Feb 23 12:59:52 CET 2018] Can not init api.",
        {("acme-v02.api.letsencrypt.org", "nxdomain")},
    ),
    (  # dnspython's NoAnswer for a TXT question (a DNS-01 check)
        "dns.resolver.NoAnswer: The DNS response does not contain an answer to the question: "
        "_acme-challenge.home.example.org. IN TXT",
        {("_acme-challenge.home.example.org", "nxdomain")},
    ),
    (  # amphp/dns: no answer from any nameserver
        "Amp\\Dns\\ResolutionException: All query attempts failed for shop.example.com: No response for "
        "'shop.example.com' (A) from any nameserver after 2 attempts, tried udp://127.0.0.1:53",
        {("shop.example.com", "timeout")},
    ),
    (  # go-socks5: the noun before the bracketed name is no name; Go's own `lookup h` names it
        "socks5: 2023/05/14 12:55:39 [E]: server: failed to resolve destination[m.vk.com], lookup m.vk.com on "
        "8.8.8.8:53: read udp 172.17.0.2:33536->8.8.8.8:53: i/o timeout",
        {("m.vk.com", "timeout")},
    ),
    (  # nslookup quoted in prose on the error's line: the command nearest before the error, not `host mode`
        'I am using the Docker network=host mode. it shows the error message: "nslookup -type=a -port=53 '
        'healthcheck.adguardhome.test. 127.0.0.1; connection timed out; no servers could be reached."',
        {("healthcheck.adguardhome.test", "timeout")},
    ),
    (  # bunyan: the next line's own `hostname` is the logging machine, not the name looked up
        '{"name":"UNMS","hostname":"0308462e8ecd","pid":4578,"level":50,"err":{"message":"x","name":"RequestError",'
        '"stack":"RequestError: y","code":"EAI_AGAIN"}}\n'
        '{"name":"UNMS","hostname":"0308462e8ecd","pid":4578,"component":"os","level":30}',
        set(),
    ),
]

STAND_INS: list[tuple[str, str]] = [
    # LABELS.md clause 2: `ourdomain` as `mydomain`
    ("lookup _kerberos._tcp.OURDOMAIN.EDU on 127.0.0.1:53: no such host", "_kerberos._tcp.ourdomain.edu"),
    # ... `my` + what the domain is for + `domain`, with a count
    (
        "Found A record for mail.mymaildomaintwo.com: connection timed out no servers could be reached",
        "mail.mymaildomaintwo.com",
    ),
    # ... a description typed with dots (`my.vpn.address`, as `my.postgres.url`)
    ("ping: bad address 'my.vpn.address'", "my.vpn.address"),
    # LABELS.md clause 1: x's typed over an address's pieces after a prefix
    (
        'govc: Post "https://pcc-xx-xx-xx-xx/sdk": dial tcp: lookup pcc-xx-xx-xx-xx on 10.0.0.2:53: no such host',
        "pcc-xx-xx-xx-xx",
    ),
    # (review) in capitals, and `our` before what the domain is for; and in dnspython's NoAnswer for any type
    ("getaddrinfo ENOTFOUND PCC-XX-XX-XX-XX", "pcc-xx-xx-xx-xx"),
    (
        "Found A record for mail.ourmaildomain.com: connection timed out no servers could be reached",
        "mail.ourmaildomain.com",
    ),
    (
        "dns.resolver.NoAnswer: The DNS response does not contain an answer to the question: mail.mymaildomain.com. "
        "IN SOA",
        "mail.mymaildomain.com",
    ),
    # OpenVPN: a bracketed stand-in typed where the name stood
    (
        "Wed Oct 24 01:13:28 2018 RESOLVE: Cannot resolve host address: [my-vpn-provider-hostname] (Try again)",
        "[my-vpn-provider-hostname]",
    ),
    # a stand-in in dnspython's NoAnswer text (the generic rule drops stand-ins: this rule reports it)
    (
        "dns.resolver.NoAnswer: The DNS response does not contain an answer to the question: "
        "mydomain.duckdns.org. IN TXT",
        "mydomain.duckdns.org",
    ),
]

REAL_NAMES = [
    # HZ and FY label these real: not every `our...domain` / `my...domain`
    "lookup www.ourtestdomain.com: no such host",
    "lookup mysubdomain.duckdns.org: no such host",
    # `my.domain` alone stays real (LABELS.md); a third label that names no slot too
    "lookup my.domain: no such host",
    "lookup my.vpn.com: no such host",
    "lookup tax-xx.example.org: no such host",
    # (review) `.host` is a real top-level label
    "lookup my.server.host: no such host",
]

LOOKALIKES = [
    "pkg: http://pkg.FreeBSD.org/FreeBSD:13:amd64/quarterly/meta.txz: Connection refused",
    "pkg: https://pkg.opnsense.org/x/meta.txz: Operation timed out",
    "Address resolution failed: gaierror(-2, 'Name or service not known')",
    "DEBUG Search DNS for SRV record of _ldap._tcp.ipa.test\nDEBUG [Kerberos realm search]\n"
    "DEBUG Search DNS for TXT record of _kerberos.ipa.test",
    "ERROR: Failed to find a writeable DC for domain 'AD.EXAMPLE.COM': NT_STATUS_ACCESS_DENIED",
    "[resolv_getsrv_send] (0x0100): Trying to resolve SRV record of '_ldap._tcp.ad.corp'\n"
    "[resolv_getsrv_done] (0x0400): SRV query succeeded",
    "[Fri Feb 23 12:59:52 CET 2018] Please refer to https://curl.haxx.se/libcurl/c/libcurl-errors.html for error "
    "code: 7",
    "acme: Error 400 - urn:acme:error:connection - Connection refused",
    "Error while asking DNSBL server bl.spamcop.net : name error",
    "I tried Docker's network=host mode and nslookup works fine now.",
]

# what the review of these rules found (each a case; session 66)
REVIEW: list[tuple[str, set[tuple[str, str]]]] = [
    (  # dnspython's NoAnswer for any record type, a stand-in kept as one
        "dns.resolver.NoAnswer: The DNS response does not contain an answer to the question: mail.example.org. IN SOA",
        {("mail.example.org", "nxdomain")},
    ),
    (  # libfetch's other texts
        "pkg: Error fetching http://pkg.example.org/x.txz: Unknown resolver error",
        {("pkg.example.org", "other")},
    ),
    (
        "fetch: http://mirror.lab.lan/pub/x: Address family for host not supported",
        {("mirror.lab.lan", "other")},
    ),
    (  # SSSD at debug level 9: its timer lines between the query and the failure
        "[resolv_getsrv_send] (0x0100): Trying to resolve SRV record of '_ldap._tcp.ad.corp'\n"
        "[schedule_request_timeout] (0x2000): Scheduling a timeout of 6 seconds\n"
        "[schedule_timeout_watcher] (0x2000): Scheduling DNS timeout watcher\n"
        "[unschedule_timeout_watcher] (0x4000): Unscheduling DNS timeout watcher\n"
        "[resolv_getsrv_done] (0x0040): SRV query failed [11]: Could not contact DNS servers",
        {("_ldap._tcp.ad.corp", "other")},
    ),
]

REVIEW_LOOKALIKES = [
    "Hosts that could not be reached via DNS: none",
    "A host that could not be reached via DNS is marked down.",
    "No valid IP addresses found for this interface, skipping.",
    "WARNING: No valid IP addresses found for eth0",
    "ERROR: Failed to find a DC for domain 'SAMDOM': The object name is not found.",
    # a DNSBL's `name error`: the address is not listed
    "[DNSBL] Error while asking DNSBL server bl.blocklist.de : 3 name error",
    # acme.sh's URL with no host name in it
    "[x] url='http://%zz/'\n[x] Please refer to https://curl.haxx.se/libcurl/c/libcurl-errors.html for error code: 6",
    # AD's site-specific SRV query, tried before the domain's
    "[resolv_getsrv_send] (0x0100): Trying to resolve SRV record of '_ldap._tcp.Default-First-Site-Name._sites.ad.corp'"
    "\n[resolv_getsrv_done] (0x0040): SRV query failed: [Domain name not found]",
]

test_the_rounds_formats_are_read = reads(ROUND, "kpkw")
test_what_the_review_found_is_read_right = reads(REVIEW, "kpkw-review")
test_the_reviews_lookalikes_name_no_failure = reads_nothing(REVIEW_LOOKALIKES, "kpkw-review-lookalike")
test_the_rounds_lookalikes_name_no_failure = reads_nothing(LOOKALIKES, "kpkw-lookalike")


test_a_stand_in_labels_md_names_is_flagged = flags_stand_in(STAND_INS)
test_a_name_that_only_looks_made_up_stays_real = stays_real(REAL_NAMES)


NEW_RULES = named_rules(
    "freebsd-libfetch-resolver-text",
    "freebsd-pkg-address-resolution-failed",
    "could-not-be-reached-via-dns",
    "freeipa-discovery-record-not-found",
    "freeipa-dns-check-for-domain",
    "samba-tool-find-dc",
    "sssd-srv-query-failed",
    "supervisord-ip-for-hostname",
    "lib389-no-ip-address",
    "chrony-initstepslew-server",
    "bunkerweb-dnsbl-error",
    "acme-unknown-host-no-valid-ip",
    "acme-sh-curl-error-6-url-above",
    "dnspython-no-answer-question",
    "amphp-dns-no-response",
    "openvpn-resolve-bracketed-stand-in",
)


def test_every_new_rule_of_the_round_fires() -> None:
    texts = [text for text, _ in ROUND] + [text for text, _ in STAND_INS]
    assert unfired(NEW_RULES, texts) == set()


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "pkg: http://a/b: No address record ",
        "fetch: http://" + "a" * 300 + ": Host does not resolve\n",
        "pkg: Error fetching http://a/" + "b:" * 200 + " Transient resolver failure ",
        "Address resolution failed for http://a/b. ",
        "Address resolution failed for http://" + "a." * 200 + " ",
        "a could not be reached via DNS ",
        "Search DNS for SRV record of _a._tcp.b\nDNS record not found: NXDOMAIN\n",
        "Search DNS for SRV record of a\n",
        "DNS check for domain a. failed: The DNS operation timed out after 1 seconds.\n",
        "Failed to find a writeable DC for domain 'a': The object name is not found.\n",
        "Trying to resolve SRV record of 'a'\nSRV query failed [10]: Misformatted DNS reply\n",
        "Trying to resolve SRV record of 'a'\n",
        "Could not determine IP address for hostname a, please try ",
        "no ip address for b'a' ",
        "Could not resolve address of initstepslew server a\n",
        "Error while asking DNSBL server a : timeout ",
        "No valid IP addresses found for a ",
        "url='http://a/'\nlibcurl-errors.html for error code: 6\n",
        "libcurl-errors.html for error code: 6\n",
        "does not contain an answer to the question: a. IN TXT ",
        "No response for 'a' (A) from any nameserver ",
        "RESOLVE: Cannot resolve host address: [a] (Try again) ",
        "RESOLVE: Cannot resolve host address: [" + "a " * 40 + "] (x) ",
        "failed to resolve destination[a] ",
        "host a nslookup b; connection timed out; no servers could be reached ",
    ]
)


# --- the sixteenth round of probes from programs' own source (session 66, in KP-KW's settings) --------------------

ROUND_16: list[tuple[str, set[tuple[str, str]]]] = [
    (  # mihomo: the proxy server's name, which it resolved first; miekg's RCODE name in the reason
        'msg="[TCP] dial Proxy (match RuleSet/proxy) 172.18.0.1:44820 --> api.openai.com:443 error: '
        "ss-sg.fastnode-asia.com:8443 connect error: dns resolve failed: all DNS requests failed, first error: "
        'server failure: REFUSED"',
        {("ss-sg.fastnode-asia.com", "refused")},
    ),
    (  # ... the dialled name itself; Go's deadline there is the query's timeout
        'msg="[TCP] dial DIRECT 10.0.0.2:5000 --> git.lab.lan:443 error: dns resolve failed: all DNS requests failed, '
        'first error: context deadline exceeded"',
        {("git.lab.lan", "timeout")},
    ),
    (  # ... `couldn't find ip` (LABELS.md: other)
        'level=warning msg="[UDP] Resolve Ip error: couldn\'t find ip: stun.voip-relay.net"',
        {("stun.voip-relay.net", "other")},
    ),
    (
        'level=debug msg="[DNS Server] Exchange ;nas.home.arpa.\\tIN\\t A failed: all DNS requests failed, first '
        'error: server failure: SERVFAIL"',
        {("nas.home.arpa", "servfail")},
    ),
    (  # shadowsocks-rust: its own `dns resolve h:port error:` (not the CONNECT target before it)
        "ERROR failed to CONNECT host: www.google.com:443, error: dns resolve sg1.ssnodes.cc:443 error: failed to "
        "lookup address information: Name does not resolve",
        {("sg1.ssnodes.cc", "nxdomain")},
    ),
    (
        "ERROR tcp tunnel 192.0.2.44:55102 -> cdn.video-edge.net:443 connect failed, error: dns resolve "
        "cdn.video-edge.net:443 error: request timed out",
        {("cdn.video-edge.net", "timeout")},
    ),
    (  # sing-box
        "+0800 2026-12-01 12:40:55 ERROR [1733582076 10.00s] dns: exchange failed for www.netflix.com. IN A: context "
        "deadline exceeded",
        {("www.netflix.com", "timeout")},
    ),
    (  # SRS: srs_tcp_connect's getaddrinfo failure, no reason
        "connect : tcp: connect origin-srs.live.svc.cluster.local:1935 to=3000ms : get address info",
        {("origin-srs.live.svc.cluster.local", "other")},
    ),
    (  # dnsdist's security poll: the reason on a line above
        "Response code 'Server Failure' received from the secpoll stub resolver 10.20.0.2:53 for "
        "'dnsdist-1.9.10.security-status.secpoll.powerdns.com.'\n"
        "Error while retrieving the security update for version dnsdist-1.9.10: Unable to get a valid Security Status "
        "update\nFailed to retrieve security status update for '1.9.10' on "
        "dnsdist-1.9.10.security-status.secpoll.powerdns.com.",
        {("dnsdist-1.9.10.security-status.secpoll.powerdns.com", "servfail")},
    ),
    (  # PowerDNS Recursor's structured line
        'msg="Failed to retrieve security status update" error="RCODE was Non-Existent domain" '
        'subsystem="housekeeping" query="recursor-5.1.2.security-status.secpoll.powerdns.com." version="5.1.2"',
        {("recursor-5.1.2.security-status.secpoll.powerdns.com", "nxdomain")},
    ),
    (  # Samba's finddcs: the SRV name, not samba-tool's domain under it
        "finddcs: looking for SRV records for _ldap._tcp.samdom.example.com\n"
        "finddcs: Failed to find SRV record for _ldap._tcp.samdom.example.com\n"
        "ERROR: Failed to find a writeable DC for domain 'samdom.example.com': The object name is not found.",
        {("_ldap._tcp.samdom.example.com", "nxdomain")},
    ),
    (
        "  resolve_hosts: getaddrinfo failed for name dc02 [Temporary failure in name resolution]",
        {("dc02", "temporary")},
    ),
    (
        "  ads_dns_lookup_in_done: async DNS A lookup for dc2.ad.acme-lab.net returned DNS code 2",
        {("dc2.ad.acme-lab.net", "servfail")},
    ),
    (  # kadmin: the admin server its `-s` named
        "$ kadmin -s kadmin.corp.example.net -p admin/admin\nAuthenticating as principal admin/admin with password.\n"
        "kadmin: Cannot resolve network address for admin server in requested realm while initializing kadmin "
        "interface",
        {("kadmin.corp.example.net", "nxdomain")},
    ),
    (  # ZoneMinder
        "zmc_m2[3381].ERR-zm_remote_camera.cpp/105 [Can't getaddrinfo(foscam-attic port 88): Name or service not "
        "known]",
        {("foscam-attic", "nxdomain")},
    ),
    (  # tinyproxy 1.10 (no reason) and 1.11
        "ERROR     Dec 01 14:02:33 [1532]: opensock: Could not retrieve info for downloads.oldsite-archive.org",
        {("downloads.oldsite-archive.org", "other")},
    ),
    (
        "ERROR     Dec 01 14:02:33 [1532]: opensock: Could not retrieve address info for cdn.example.net: Name or "
        "service not known",
        {("cdn.example.net", "nxdomain")},
    ),
    (  # pkg's own look-up of a repository's name
        "pkg: Unable to lookup for 'pkgbuild.corp.lan'",
        {("pkgbuild.corp.lan", "other")},
    ),
    (  # OctoPrint's connectivity checker
        "octoprint.util.connectivity.connectivity_checker - INFO - Resolving octoprint.org is not working",
        {("octoprint.org", "other")},
    ),
    (  # OPNsense's connectivity audit
        "No IPv4 address could be found for host: pkg.opnsense.org\n\nNo IPv6 address could be found for host: "
        "pkg.opnsense.org",
        {("pkg.opnsense.org", "nxdomain")},
    ),
    (  # FreeIPA's host check
        "DEBUG Search DNS for ipa01.lab.example\nDEBUG Search failed: [Errno -2] Name or service not known",
        {("ipa01.lab.example", "nxdomain")},
    ),
    (  # FreeBSD's gai_strerror(EAI_AGAIN)
        "Failed to resolve 'big.oisd.nl' ([Errno 2] Name could not be resolved at this time)",
        {("big.oisd.nl", "temporary")},
    ),
]

ROUND_16_LOOKALIKES = [
    'msg="[TCP] dial DIRECT 10.0.0.2:5000 --> git.lab.lan:443 error: connect failed: dial tcp 10.0.0.9:443: '
    'connection refused"',
    "ERROR tcp tunnel 192.0.2.44:55102 -> cdn.video-edge.net:443 connect failed, error: Connection refused (os error "
    "111)",
    'kinit: Cannot resolve network address for KDC in realm "EXAMPLE.COM" while getting initial credentials',
    "kadmin: Cannot resolve network address for admin server in requested realm while initializing kadmin interface",
    "2025-06-02 07:41:18 connectivity_checker - INFO - Connecting to 1.1.1.1:53 is working",
    "The upload to the server is not working since yesterday",
    "No IPv6 address could be found for host: pkg.opnsense.org",
    "  ads_dns_lookup_in_done: async DNS A lookup for dc03.samdom.example.com returned DNS code 0",
]

# what the second review found (session 66)
REVIEW_16: list[tuple[str, set[tuple[str, str]]]] = [
    (  # shadowsocks-rust: a hickory text no clause names is `other`; hyper's reading of the line stays off
        "ERROR failed to CONNECT host: www.example.com:443, error: dns resolve www.example.com:443 error: no "
        "connections available",
        {("www.example.com", "other")},
    ),
]

REVIEW_16_LOOKALIKES = [
    "Resolving dependencies is not working with npm 9",
    "Resolving github.com is not working for me since the upgrade",
    "the call to getaddrinfo failed for name lookups [Errno -3] sometimes",
    "The old dns resolve proxy:1080 error: timed out (see #1234)",
    '$ kadmin -q "listprincs -s foo"\nkadmin: Cannot resolve network address for admin server in requested realm '
    "while initializing kadmin interface",
]

test_the_sixteenth_rounds_formats_are_read = reads(ROUND_16, "round16")
test_what_the_second_review_found_is_read_right = reads(REVIEW_16, "round16-review")
test_the_second_reviews_lookalikes_name_no_failure = reads_nothing(REVIEW_16_LOOKALIKES, "round16-review-lookalike")
test_the_sixteenth_rounds_lookalikes_name_no_failure = reads_nothing(ROUND_16_LOOKALIKES, "round16-lookalike")

NEW_RULES_16 = named_rules(
    "mihomo-dial-dns-resolve-failed",
    "mihomo-dns-resolve-error",
    "shadowsocks-dns-resolve-error",
    "sing-box-dns-exchange-failed",
    "srs-get-address-info",
    "dnsdist-secpoll-failed",
    "pdns-recursor-secpoll-failed",
    "samba-srv-record-not-found",
    "samba-resolve-hosts-getaddrinfo",
    "samba-async-dns-code",
    "kadmin-admin-server-under-command",
    "zoneminder-cant-getaddrinfo",
    "tinyproxy-opensock-retrieve-info",
    "freebsd-pkg-unable-to-lookup",
    "octoprint-resolving-not-working",
    "opnsense-no-ipv4-address",
    "freeipa-search-dns-for-host",
)


def test_every_new_rule_of_the_sixteenth_round_fires() -> None:
    assert unfired(NEW_RULES_16, [text for text, _ in ROUND_16]) == set()


test_a_hostile_megabyte_of_the_sixteenth_rounds_formats_parses_quickly = parses_quickly(
    [
        "--> a:1 error: dns resolve failed: couldn't find ip ",
        "--> a:1 error: b:2 connect error: dns resolve failed: x REFUSED ",
        "[DNS] resolve a error: couldn't find ip\n",
        "Resolve Ip error: couldn't find ip: a ",
        "Exchange ;a.\tIN\t A failed: x SERVFAIL ",
        "error: dns resolve a:1 error: request timed out ",
        "dns resolve a:1 error: x ",
        "dns: exchange failed for a. IN A: context deadline exceeded\n",
        "tcp: connect a:1 to=1ms : get address info ",
        "Failed to retrieve security status update for '1' on a.\n",
        "Timeout while waiting for the secpoll response\nFailed to retrieve security status update for '1' on a.\n",
        'msg="Failed to retrieve security status update" error="RCODE was Server Failure" query="a."\n',
        'msg="Failed to retrieve security status update" ' + "x=1 " * 150 + "\n",
        "Failed to find SRV record for _a ",
        "dns child failed to find name 'a' of type SRV ",
        "resolve_hosts: getaddrinfo failed for name a [Try again] ",
        "async DNS A lookup for a returned DNS code 3 ",
        "kadmin -s a\nCannot resolve network address for admin server in requested realm\n",
        "Cannot resolve network address for admin server in requested realm ",
        "Can't getaddrinfo(a port 1): Name or service not known] ",
        "opensock: Could not retrieve info for a ",
        "pkg: Unable to lookup for 'a' ",
        "connectivity_checker - INFO - Resolving a is not working ",
        "Resolving a is not working ",
        "No IPv4 address could be found for host: a\n",
        "Search DNS for a\nSearch failed: [Errno -2] x\n",
    ]
)
