"""Formats from held-out KP-KW's misses (issue #17, session 66; spent data: the sets were measured before these rules
were written): each case names the program and the format, with look-alikes that must stay no failure, the stand-ins
LABELS.md now names, and hostile megabytes of each new format."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from tests.unit.parsing.rounds import named_rules, reads, reads_nothing, unfired
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
    (  # ... EAI_FAIL
        "pkg: https://pkg.opnsense.org/FreeBSD:13:amd64/23.1/latest/meta.txz: Non-recoverable resolver failure",
        {("pkg.opnsense.org", "servfail")},
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

test_the_rounds_formats_are_read = reads(ROUND, "kpkw")
test_the_rounds_lookalikes_name_no_failure = reads_nothing(LOOKALIKES, "kpkw-lookalike")


@pytest.mark.parametrize(("text", "name"), STAND_INS, ids=[name for _, name in STAND_INS])
def test_a_stand_in_labels_md_names_is_flagged(text: str, name: str) -> None:
    found = {(f.host, f.redacted) for f in parse_failures(text)}
    assert (name, True) in found


@pytest.mark.parametrize("text", REAL_NAMES)
def test_a_name_that_only_looks_made_up_stays_real(text: str) -> None:
    found = list(parse_failures(text))
    assert found and not any(f.redacted for f in found)


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
