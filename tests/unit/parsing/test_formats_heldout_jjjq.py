"""Formats from held-out JJ-JQ's misses (issue #17, session 62; spent data: the sets were measured before these rules
were written): each case names the program and the format, with look-alikes that must stay no failure, the stand-ins
LABELS.md names that were read as real names, and hostile megabytes of each new format."""

from __future__ import annotations

from tests.unit.parsing.rounds import flags, named_rules, reads, reads_nothing, unfired
from tests.unit.parsing.speed import parses_quickly

ROUND: list[tuple[str, set[tuple[str, str]]]] = [
    (  # Bitnami's container scripts: `Hostname h could not be resolved` names a Compose service (one label)
        "drupal 09:15:29.50 WARN  ==> Hostname mariadbd could not be resolved. This could lead to connection issues",
        {("mariadbd", "nxdomain")},
    ),
    (  # ... and its older wording with a comma
        "redis-sentinel 06:49:07.15 WARN  ==> Hostname redis-master could not be resolved, this could lead to "
        "connection issues",
        {("redis-master", "nxdomain")},
    ),
    (  # Jitsi's Jigasi: the SIP account's domain
        "Jigasi 2022-02-28 19:10:20.130 SEVERE: [35] impl.protocol.sip.ProtocolProviderServiceSipImpl.register().444 "
        "No address found for ProtocolProviderServiceSipImpl(SIP:jigasi@sip.example.org)",
        {("sip.example.org", "nxdomain")},
    ),
    (  # Boost.Asio under EOSIO's fc: `Error resolving "h:port" : <asio message>`
        'Error 3200004: fail to resolve host\nError Details:\nError resolving "nodeosd:8888" : Host not found '
        "(authoritative)",
        {("nodeosd", "nxdomain")},
    ),
    (  # jvm-libp2p (Teku, Maru): a multiaddr's name, no reason
        "Caused by: io.libp2p.core.Libp2pException: Could not resolve /dns4/node-1.peers.chain.svc.cluster.local/tcp/"
        "9000/p2p/16Uiu2HAmQH5QHvJ6hxJeXbBaAHzNuuPCoAZQqVzPB5T4s3RnaJS4 to an IP address",
        {("node-1.peers.chain.svc.cluster.local", "nxdomain")},
    ),
    (  # a script reporting curl's exit code 6 under the URL it fetched
        "2023-09-20T16:18:42+00:00| Download https://installer.example.org/app.jar\n"
        "2023-09-20T16:18:58+00:00| app.jar download failed: curl exited with code '6'",
        {("installer.example.org", "nxdomain")},
    ),
    (  # Rspamd's monitored object: its resolver could not send the query
        "Jan  5 01:50:53 cloud rspamd[3428]: (normal) <thbugu>; monitored; rspamd_monitored_propagate_error: failed to "
        "make DNS request on resolving uribl.example.net, disable object",
        {("uribl.example.net", "other")},
    ),
    (  # Rspamd's report: a failed URIBL symbol's option, librdns' reason; an address there is an RBL's look-up
        "SEM_URIBL_UNKNOWN_FAIL (0) [mail.example.org:server fail]\nRCVD_IN_DNSWL_FAIL (0) [178.251.229.9:server fail]",
        {("mail.example.org", "servfail")},
    ),
    (  # curl handed a script's unquoted separator: the punctuation as printed
        "dovecot-mailcow_1    | curl: (6) Could not resolve host: ;",
        {(";", "nxdomain")},
    ),
    (  # tcpdump over IPv6: the query and its NXDomain answer paired by id and client address
        "12:57:58.244804 IP6 2001:db8::5.56052 > 2001:4860:4860::8888.53: 36872+ A? dockerapi. (27)\n"
        "12:57:58.245616 IP6 2001:4860:4860::8888.53 > 2001:db8::5.56052: 36872 NXDomain 0/1/0 (102)",
        {("dockerapi", "nxdomain")},
    ),
    (  # nslookup of a name built with an empty part: as printed
        "Server: 192.168.150.138\nAddress: 192.168.150.138#53\n\n"
        "** server can't find pcscf..ims.mnc001.mcc001.3gppnetwork.org: SERVFAIL",
        {("pcscf..ims.mnc001.mcc001.3gppnetwork.org", "servfail")},
    ),
    (  # git (under curl): a user before `@` in the name curl printed; the host is after it (LABELS.md)
        "fatal: unable to access 'https://mines.edu@github.com/org/repo.git/': Could not resolve host: "
        "mines.edu@github.com",
        {("github.com", "nxdomain")},
    ),
    (  # Smack (Jitsi Videobridge): a name with `svc` twice that the chart configured (`hostname=`), asked as printed
        "JVB WARNING: [27] [hostname=prosody.jitsi.svc.kube-system.svc.cluster.local id=shard0] Error connecting:\n"
        "org.jivesoftware.smack.SmackException$EndpointConnectionException: Could not lookup the following endpoints: "
        "RemoteConnectionEndpointLookupFailure(description='DNS lookup exception for "
        "prosody.jitsi.svc.kube-system.svc.cluster.local' exception='java.net.UnknownHostException: "
        "prosody.jitsi.svc.kube-system.svc.cluster.local')",
        {("prosody.jitsi.svc.kube-system.svc.cluster.local", "nxdomain")},
    ),
    (  # Node in a CI log pasted in Markdown bold over several lines: the closing stars are no part of the name
        "**Run org/action@v1\n  with:\n    token: ***\n"
        "Error: request to https://api.github.com/repos/o/r/dispatches failed, reason: getaddrinfo ENOTFOUND "
        "api.github.com**",
        {("api.github.com", "nxdomain")},
    ),
    (  # clap's usage metavariable `<HOST:PORT>` is no `host:` field (Solana's validator)
        "error: Invalid value for '--entrypoint <HOST:PORT>...': Unable to resolve host entrypoint.example.com:8001: "
        "failed to lookup address information: Temporary failure in name resolution",
        {("entrypoint.example.com", "temporary")},
    ),
    (  # MPICH's Hydra (off-frame row): its own words, no reason
        "[proxy:0:0@Slave1] HYDU_sock_connect (utils/sock/sock.c:145): unable to get host address for Master (4)",
        {("master", "other")},
    ),
    (  # WebRTC's ICE candidate error 701 (LiveKit's connection test, off-frame row): the STUN server's name
        "Warning: error with ICE candidate: 701 STUN host lookup received error. stun:stun.example.net:3478",
        {("stun.example.net", "other")},
    ),
    (  # Sofia-SIP's resolver: the NAPTR query's name, the server's refusal reported above it
        "sres.c:3430 sres_resolver_report_error() sres: network error 111 (Connection refused) from 127.0.0.1 by icmp "
        "type=3 code=3 reported by 127.0.0.1\n"
        "sres.c:3073 sres_resend_dns_query() sres_resend_dns_query(0x76490435e0, 0x76490b1a80, error) called\n"
        "sres.c:3000 sres_query_report_error() sres(q=0x76490b1a80): reporting error NETWORK_ERR for NAPTR "
        "sip.example.org",
        {("sip.example.org", "refused")},
    ),
    (  # ... and its timeout
        "sres(q=0x5601a2b3c4d0): reporting error TIMEOUT_ERR for SRV _sip._udp.example.org",
        {("_sip._udp.example.org", "timeout")},
    ),
    (  # LinkChecker's FTP checker, its result column aligned past four blanks
        "URL        `ftp://files.example.org/'\nReal URL   ftp://files.example.org/\nCheck time 0.041 seconds\n"
        "Result     Error: Hostname not found",
        {("files.example.org", "nxdomain")},
    ),
    (  # a log collector's container label before each line (IBM's Fabric extension): the npm error's own name only
        "[8/15/2019 4:56:50 PM] [INFO] peer0.org1.example.com|npm ERR! code EAI_AGAIN\n"
        "[8/15/2019 4:56:50 PM] [INFO] peer0.org1.example.com|npm ERR! request to https://registry.npmjs.org/x failed, "
        "reason: getaddrinfo EAI_AGAIN registry.npmjs.org:443",
        {("registry.npmjs.org", "temporary")},
    ),
]

LOOKALIKES = [
    # Synapse's IP blacklist: the name resolved, its answer blocked by the client's own policy
    "synapse.http.client - 202 - INFO - sentinel - Blocked 172.18.0.4 from DNS resolution to sygnal\n"
    "synapse.http.client - 437 - INFO - Error sending request to  POST http://sygnal:5000/_matrix/push/v1/notify: "
    "DNSLookupError no results for hostname lookup: sygnal",
    # SOGo: an Objective-C method before `host not found` (a reverse look-up of an address above)
    "sogod[48:48] could not get DNS name of address 172.22.1.1 in domain <InternetDomain[0x0x55c812383ab0]>: 1\n"
    "sogod[48:48] -[NGInternetSocketAddress _fillHost]: host not found ..",
    # Node handed a bracketed IPv6 address: no name
    "::warning::Failed to restore: getCacheEntry failed: getaddrinfo ENOTFOUND [2001:bc8:1d90:1fc1:dc00:ff:fe2b:3f97]",
    # curl's other exit codes
    "https://installer.example.org/app.jar\napp.jar download failed: curl exited with code '7'",
    "https://installer.example.org/app.jar\ncurl exited with code 60",
    # Rspamd's passing symbols and a failed one for an address
    "RBL_NIXSPAM_FAIL (0) [178.251.229.9:server fail]\nMX_GOOD (-0.01) []",
    # a Go error that quotes the name with no blank before its colon is Go's own line, not Asio's
    'error resolving "kube.prod.acme.net": dial tcp 10.0.0.1:443: connect: connection refused',
]

STAND_INS: list[tuple[str, set[tuple[str, str, bool]]]] = [
    (  # the docs' slot word typed in capitals as the first label (LABELS.md clause 2)
        "Could not connect to https://IOT-HUB-HOSTNAME.azure-devices.net:5671 : could not resolve hostname\n"
        "    caused by: failed to lookup address information: Name or service not known",
        {("iot-hub-hostname.azure-devices.net", "nxdomain", True)},
    ),
    (  # lychee over hickory: a masked URL host with the runner's search suffix after it reads as the URL's host
        "* [ERR] [https://test.xx.xx/admin](https://test.xx.xx/admin) | Failed: Network error: dns error: no record "
        'found for Query { name: Name("test.xx.xx.iwjnporn0ryezofxapuyptwyra.bx.internal.cloudapp.net."), '
        "query_type: AAAA, query_class: IN }",
        {("test.xx.xx", "nxdomain", True)},
    ),
    (  # a bracketed placeholder in Asio's quotes
        'Error 3200004: fail to resolve host\nError Details:\nError resolving "[keosd_ip]:${url}" : Host not found '
        "(authoritative)",
        {("[keosd_ip]", "nxdomain", True)},
    ),
]

test_each_format_is_read = reads(ROUND)
test_lookalikes_name_no_failure = reads_nothing(LOOKALIKES)
test_stand_ins_are_flagged = flags(STAND_INS)

NOT_STAND_INS: list[tuple[str, set[tuple[str, str, bool]]]] = [
    (  # a Windows host's real name in capitals, no slot word
        "getaddrinfo ENOTFOUND SQL-SERVER.corp.example.com",
        {("sql-server.corp.example.com", "nxdomain", False)},
    ),
    (  # a search-path try with `svc` twice that nothing configured stays no failure; its own name is read
        "** server can't find api.default.svc.default.svc.cluster.local: NXDOMAIN\n"
        "** server can't find api.default.svc.cluster.local: SERVFAIL",
        {("api.default.svc.cluster.local", "servfail", False)},
    ),
]

test_real_names_stay_unflagged = flags(NOT_STAND_INS, "not-stand-in")

REVIEW: list[tuple[str, set[tuple[str, str, bool]]]] = [
    (  # Bitnami's warning, then the client's stated reason for the same name: the reason wins
        "WARN  ==> Hostname mariadb could not be resolved. This could lead to connection issues\n"
        "mysqld: Can't connect: getaddrinfo EAI_AGAIN mariadb",
        {("mariadb", "temporary", False)},
    ),
    (  # `Hostname h could not be resolved: <reason>` is not Bitnami's warning: the reason's kind alone
        "Hostname api.example.com could not be resolved: Temporary failure in name resolution",
        {("api.example.com", "temporary", False)},
    ),
    (  # jvm-libp2p over the UnknownHostException that states a reason
        "io.libp2p.core.Libp2pException: Could not resolve /dns4/boot.example.com/tcp/9000/p2p/16Uiu2 to an IP "
        "address\n"
        "Caused by: java.net.UnknownHostException: boot.example.com: Temporary failure in name resolution",
        {("boot.example.com", "temporary", False)},
    ),
    (  # ... and a multiaddr with no path after its name
        "Libp2pException: Could not resolve /dns4/boot.example.com to an IP address",
        {("boot.example.com", "nxdomain", False)},
    ),
    (  # a blocked answer does not hide the same name's other failure
        "Blocked 10.0.0.5 from DNS resolution to matrix.example.com\n"
        "dial tcp: lookup matrix.example.com on 8.8.8.8:53: i/o timeout",
        {("matrix.example.com", "timeout", False)},
    ),
    (  # every failed option of an rspamd symbol
        "SEM_URIBL_FAIL (0) [a.example.com:server fail, b.example.com:timeout]",
        {("a.example.com", "servfail", False), ("b.example.com", "timeout", False)},
    ),
    (  # rspamd's own log line (the name as it queried the list)
        "(default: F (no action): [3.50/15.00] [SEM_URIBL_UNKNOWN_FAIL(0.00){example.com.multi.uribl.com:server fail;},"
        "MIME_GOOD(-0.10){text/plain;}]",
        {("example.com.multi.uribl.com", "servfail", False)},
    ),
    (  # a name with `svc` twice configured in an environment variable
        "REDIS_HOST=redis.cache.svc.prod.svc.cluster.local\n"
        "java.net.UnknownHostException: redis.cache.svc.prod.svc.cluster.local",
        {("redis.cache.svc.prod.svc.cluster.local", "nxdomain", False)},
    ),
    (  # Python's CalledProcessError over curl, the URL in the command
        "subprocess.CalledProcessError: Command '['curl', '-fsSL', 'https://dl.example.com/x']' returned non-zero exit "
        "status 6.",
        {("dl.example.com", "nxdomain", False)},
    ),
    (  # a name and its result glued by `|` after a bracket: a name, not a collector's label
        'level=error msg="[resolver] api.example.com|NXDOMAIN"',
        {("api.example.com", "nxdomain", False)},
    ),
    (  # npm's package tag after `@` is no host
        "Error: getaddrinfo ENOTFOUND registry.npmjs.org@latest",
        {("registry.npmjs.org", "nxdomain", False)},
    ),
    (  # Windows hosts' real names in capitals
        "ssh: Could not resolve hostname DOMAIN-CONTROLLER.ad.example.com: Name or service not known\n"
        "java.net.UnknownHostException: AD-DOMAIN.contoso.com",
        {("domain-controller.ad.example.com", "nxdomain", False), ("ad-domain.contoso.com", "nxdomain", False)},
    ),
]

REVIEW_LOOKALIKES = [
    # an option of a symbol that did not fail
    "MX_GOOD (-0.01) [mx.example.com:timeout]",
    "https://dl.example.com/x\ncurl exited with code 60",
]

test_what_the_review_found_is_read_right = flags(REVIEW, "review")
test_the_reviews_lookalikes_name_no_failure = reads_nothing(REVIEW_LOOKALIKES, "review-lookalike")


NEW_RULES = named_rules(
    "bitnami-hostname-not-resolved",
    "jigasi-sip-no-address",
    "asio-error-resolving",
    "jvm-libp2p-to-an-ip-address",
    "curl-exit-code-6",
    "rspamd-symbol-dns-fail",
    "hydra-unable-to-get-host-address",
    "webrtc-ice-701",
    "sofia-sres-reporting-error",
)


def test_every_new_rule_of_the_round_fires() -> None:
    assert unfired(NEW_RULES, [text for text, _ in ROUND]) == set()


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "Hostname a could not be resolved ",
        "No address found for a(SIP:a@a) ",
        'Error resolving "a:1" : Host not found ',
        "Could not resolve /dns4/a/tcp/1 to an IP address ",
        "https://a.b/\ncurl exited with code '6'\n",
        "failed to make DNS request on resolving a, ",
        "A_FAIL (0) [a:server fail] ",
        "A_FAIL (0) [" + "a," * 40 + " ",
        "curl: (6) Could not resolve host: ;\n",
        "a:b.1 > c:d.53: 1+ A? e. (27)\n",
        "** server can't find a..b: SERVFAIL\n",
        "Could not resolve host: a@b.c\n",
        "**a\nb**\n",
        "] a|b getaddrinfo EAI_AGAIN\n",
        "ENOTFOUND [a:b:c:d:e:f:1:2] ",
        "-[A b]: host not found ",
        "Blocked 1.2.3.4 from DNS resolution to a\n",
        "unable to get host address for a (4) ",
        "701 STUN host lookup received error. stun:a:1 ",
        "sres(q=0x1): reporting error NETWORK_ERR for A a\n",
        "Real URL   ftp://a/\nResult     Error: Hostname not found\n",
    ]
)
