"""Formats from the eighth and ninth rounds of probes rendered from programs' own source (issue #17, session 62, after
held-out JJ-JQ was measured: `tests/fixtures/probes/source-mined/`): each case names the program and the format, with
look-alikes of the same programs that must stay no failure, and hostile megabytes of the new formats."""

from __future__ import annotations

from tests.unit.parsing.rounds import named_rules, reads, reads_nothing, unfired
from tests.unit.parsing.speed import parses_quickly

FORMATS: list[tuple[str, set[tuple[str, str]]]] = [
    (  # Asterisk: the STUN server's name
        "[Dec  3 16:20:33] WARNING[3120]: res_rtp_asterisk.c:9877 store_stunaddr_resolved: Lookup of stunaddr "
        "'stun.example.net' failed. STUN disabled.",
        {("stun.example.net", "other")},
    ),
    (  # Asterisk's res_pjsip: no viable target after its SIP resolution of the target above
        "DEBUG[6001]: res_pjsip/pjsip_resolver.c:475 sip_resolve: Performing SIP DNS resolution of target "
        "'sip.example.net'\nDEBUG[6001]: res_pjsip/pjsip_resolver.c:417 sip_resolve_callback: [0x7f2b3c0041d8] "
        "Resolution completed - 0 viable targets",
        {("sip.example.net", "other")},
    ),
    (  # Kamailio / OpenSIPS: a Via host
        " 6(1430) NOTICE: <core> [core/forward.c:902]: update_sock_struct_from_via(): resolve_host(phone.home.lan) "
        "failure",
        {("phone.home.lan", "other")},
    ),
    (  # Kamailio: a URI's host with its resolver's own reason
        " 9(1433) ERROR: <core> [core/forward.c:713]: forward_request_mode(): resolving trunk.example.net host name in "
        "uri failed: unresolvable SRV request [-5] (dropping packet)",
        {("trunk.example.net", "nxdomain")},
    ),
    (  # ... and its reason after a quoted name
        'ERROR: <core> [core/forward.c:575]: forward_request_mode(): resolving "carrier.example.net" failed: '
        "unresolvable A or AAAA request [-7]",
        {("carrier.example.net", "nxdomain")},
    ),
    (  # OpenSIPS: its own resolver's words
        "Dec  5 07:12:48 [6001] DBG:core:own_gethostbyname2: Domain name not found: voicemail.pbx.internal",
        {("voicemail.pbx.internal", "nxdomain")},
    ),
    (
        "Dec  5 07:14:10 [6001] ERROR:core:own_gethostbyname2: Failed to get dns answer for pbx.example.com",
        {("pbx.example.com", "other")},
    ),
    (  # Pion's ICE agent: an mDNS candidate's name
        "ice WARNING: 2026/12/03 09:41:17 Failed to discover mDNS candidate 5b1c8e2a-3f4d.local: mDNS: context has "
        "elapsed",
        {("5b1c8e2a-3f4d.local", "timeout")},
    ),
    (  # Sofia-SIP: the transport's getaddrinfo, and its resolver's answer codes
        "tport.c:1914 tport_server_addrinfo() tport_server_addrinfo(0x55d1c3e8a2f0): su_getaddrinfo(sip.example.org, "
        "5060) for udp: Temporary failure in name resolution",
        {("sip.example.org", "temporary")},
    ),
    (
        "sres.c:2996 sres_query_report_error() sres(q=0x7f4c2c0a1b30): reporting error NAME_ERR for A "
        "trunk.example.net.",
        {("trunk.example.net", "nxdomain")},
    ),
    (
        "sres(q=0x7f4c2c0b3c40): reporting error SERVER_ERR for AAAA media.example.com.",
        {("media.example.com", "servfail")},
    ),
    (  # MPICH Hydra without a code after the name
        "[proxy:0:1@cn-0042] HYDU_sock_connect (lib/utils/sock.c:110): unable to get host address for login01",
        {("login01", "other")},
    ),
    (  # Open MPI's help text: the Slurm controller's name below its headline
        "-----\nThe Slurm control host could not be resolved.\n\n  Host: slurmctl01\n\nPlease check the Slurm "
        "configuration and try again.\n-----",
        {("slurmctl01", "nxdomain")},
    ),
    (  # PRRTE's bootstrap help text
        "Bootstrap startup was unable to resolve a DVM member host to an address\nof the configured family:\n\n"
        "   node:  cn-0041.hpc.example.edu\n   host:  cn-0042.hpc.example.edu\n",
        {("cn-0042.hpc.example.edu", "nxdomain")},
    ),
    (  # OpenPBS: PBSE_BADHOST after `Unknown Host.`
        "Unknown Host.\nqstat: cannot connect to server pbs-head (errno=15008)",
        {("pbs-head", "nxdomain")},
    ),
    (  # Nextflow
        "N E X T F L O W  ~  version 25.10.0\nERROR ~ Unknown network host: github.com",
        {("github.com", "nxdomain")},
    ),
    (  # HTCondor
        "12/06/26 14:05:00 Failing attempt to update or invalidate collector ad because of missing daemon address "
        "(probably an unresolved hostname; daemon name is 'cm.hpc.example.edu').",
        {("cm.hpc.example.edu", "other")},
    ),
    (  # ESP-IDF's esp-tls: lwIP's code
        "E (12834) esp-tls: couldn't get hostname for :api.example.io: getaddrinfo() returns 202, addrinfo=0x0",
        {("api.example.io", "other")},
    ),
    (  # Azure IoT Edge's check: the reason in its causes
        "x parent hostname is resolvable from inside container - Error\n"
        "    Failed to resolve parent hostname edge-parent.factory.lan\n"
        "        caused by: Failed to resolve parent hostname edge-parent.factory.lan\n"
        "        caused by: docker returned exit status: 1, stderr = One or more errors occurred. (Name or service not "
        "known)",
        {("edge-parent.factory.lan", "nxdomain")},
    ),
    (  # Drush
        " [warning] intranet.example.test does not appear to be a resolvable hostname or IP, not starting browser.",
        {("intranet.example.test", "nxdomain")},
    ),
    (  # ejabberd's Redis client: Erlang's reason
        "[error] <0.540.0>@ejabberd_redis:connect/1:479 Redis connection #1 at redis.xmpp.svc.cluster.local:6379 has "
        "failed: {connection_error,nxdomain}; reconnecting in 4 seconds",
        {("redis.xmpp.svc.cluster.local", "nxdomain")},
    ),
    (  # Prosody: libunbound's answers in its debug log
        "Dec 06 21:31:40 unbound.queryPz1Lw9aR3     debug\tResults for conference.example.de IN A: SERVFAIL (Insecure)",
        {("conference.example.de", "servfail")},
    ),
    (  # prosodyctl check dns
        "Checking DNS for host chat.example.io...\n    Problem looking up A record for 'chat.example.io': SERVFAIL",
        {("chat.example.io", "servfail")},
    ),
    (
        "    HTTP service upload.chat.example.io has no A/AAAA record. Create one or change 'http_host' to the correct "
        "host.",
        {("upload.chat.example.io", "nxdomain")},
    ),
    (  # an XMPP error stanza: the domain of its `from`
        "<message to='a@xmpp.example.io/x' from='pubsub.example.org' type='error' id='1'>\n  <error type='cancel'>\n"
        "    <remote-server-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>\n"
        "    <text xml:lang='en' xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>DNS lookup failed: non-existing domain"
        "</text>",
        {("pubsub.example.org", "nxdomain")},
    ),
    (  # conduwuit's resolver
        "ERROR conduwuit_service::resolver::actual: DNS error: io error: Connection refused (os error 111), host: "
        "synapse.example.de",
        {("synapse.example.de", "refused")},
    ),
    (  # Exim's debug output
        " 21388 DNS lookup of bounce.example (MX) gave HOST_NOT_FOUND\n 21388 returning DNS_NOMATCH",
        {("bounce.example", "nxdomain")},
    ),
    (
        " 21370 DNS lookup of alerts.example (MX) gave TRY_AGAIN",
        {("alerts.example", "temporary")},
    ),
    (  # Exim's DNS list and sender verification
        "2026-12-07 02:21:10 DNS list lookup defer (probably timeout) for 9.113.0.203.zen.spamhaus.org: assumed not in "
        "list",
        {("9.113.0.203.zen.spamhaus.org", "temporary")},
    ),
    (
        "H=mail.partner.example [192.0.2.45] sender verify defer for <billing@partner.example>: host lookup did not "
        "complete",
        {("partner.example", "temporary")},
    ),
    (  # OpenDKIM: its other texts, with and without the selector and domain
        "opendkim[311]: 1D2E3400D7: key retrieval failed: 'google._domainkey.partner.example' query timed out",
        {("google._domainkey.partner.example", "timeout")},
    ),
    (
        "opendkim[1187]: 9B0E8400C2: key retrieval failed (s=s1, d=billing.example.com): 's1._domainkey.billing."
        "example.com' query failed",
        {("s1._domainkey.billing.example.com", "other")},
    ),
    (  # OpenDMARC
        "opendmarc-check: opendmarc_policy_query_dmarc(shop.example): Looked up domain did not exist",
        {("shop.example", "nxdomain")},
    ),
    (
        "opendmarc-check: opendmarc_policy_query_dmarc(billing.example.com): DNS lookup of domain tempfailed",
        {("billing.example.com", "temporary")},
    ),
    (  # Stalwart's delivery event: the host it looked up, its details' reason
        '2026-12-07T02:12:44Z INFO IP address lookup failed (delivery.ip-lookup-failed) domain = "partner.example", '
        'hostname = "mx.partner.example", details = "Temporary Failure: Connection to \'mx.partner.example\' failed: '
        'lookup error: DNS resolution error: request timed out", elapsed = 5001ms',
        {("mx.partner.example", "timeout")},
    ),
    (  # Mailu's TLSA look-ups
        "[2026-12-07 02:13:20,118] WARNING in utils: Timeout while resolving the TLSA record for billing.example.com "
        "(10s).",
        {("billing.example.com", "timeout")},
    ),
    (  # Mailu's resolver check quoting dnspython inside parentheses
        "CRITICAL:root:Your DNS resolver at 10.96.0.10 is not working (The DNS query name does not exist: "
        "example.org.). Please see https://mailu.io/master/faq.html",
        {("example.org", "nxdomain")},
    ),
    (  # Ruby's Resolv (Postal)
        '{"message":"internal error: Resolv::ResolvError: DNS resolv timeout: orders.shop.example","server_id":3}',
        {("orders.shop.example", "timeout")},
    ),
    (  # Besu over Vert.x: the DnsException's code below
        "TRACE | DNSResolver | Error while resolving TXT records on domain: all.sepolia.ethdisco.net\n"
        "io.vertx.core.dns.DnsException: DNS query error occurred: SERVFAIL",
        {("all.sepolia.ethdisco.net", "servfail")},
    ),
    (  # Besu's enode
        "Invalid IP address 'enode://6f8a80d14311c39f35f516fa664deaaaa13e85b2@bootnode-0.besu.svc.cluster.local:30303' "
        "(or DNS query resolved an invalid IP). --Xdns-enabled is true but --Xdns-update-enabled flag is false.",
        {("bootnode-0.besu.svc.cluster.local", "other")},
    ),
    (  # go-ethereum's static node
        "WARN [12-07|02:47:11.661] DNS lookup of static node failed         id=5d02b9e7f1c8a4e3 name=peer.example.io "
        'err="node does not provide a resolved IP"',
        {("peer.example.io", "other")},
    ),
    (  # Lighthouse
        "$ lighthouse bn --enr-address node.home.lan\nFailed to parse or resolve address node.home.lan.",
        {("node.home.lan", "other")},
    ),
    (  # go-libp2p's swarm: the multiaddr's name, not the field's word
        '2026-12-07T02:41:07.512Z\tWARN\tswarm2\tswarm/swarm_dial.go:448\tFailed to resolve addr\t{"addr": '
        '"/dns4/relay-0.ipfs.svc.cluster.local/tcp/4001", "err": "lookup relay-0.ipfs.svc.cluster.local on '
        '10.96.0.10:53: no such host"}',
        {("relay-0.ipfs.svc.cluster.local", "nxdomain")},
    ),
    (  # Ghost-CLI's DNS check
        "Message: Error trying to lookup DNS for 'blog.example.test'",
        {("blog.example.test", "other")},
    ),
    (  # LinkChecker's mail checker
        "Real URL   mailto:help@support.example\nCheck time 0.052 seconds\n"
        "Result     Error: No host for support.example "
        "found.",
        {("support.example", "nxdomain")},
    ),
    (  # round 9 (the same session): GlusterFS, gf_resolve_ip6's reason on the line above glusterd's
        "E [MSGID: 101075] [name.c:254:gf_resolve_ip6] 0-resolver: error in getaddrinfo [{family=0}, {ret=Temporary "
        "failure in name resolution}]\nE [name.c:383:af_inet_client_get_remote_sockaddr] 0-data-client-2: DNS "
        "resolution failed on host gfs-node3.example.org",
        {("gfs-node3.example.org", "temporary")},
    ),
    (  # ... qBittorrent's `Failed to add torrent. Source: "URL". Reason: "<Qt's text>"`
        '(W) 2026-12-07T03:13:02 - Failed to add torrent. Source: "https://torrents.example.org/t/1". Reason: "The '
        'remote host name was not found (invalid hostname)"',
        {("torrents.example.org", "nxdomain")},
    ),
    (  # ... gvm-libs: errno's words after the name are no reason
        "libgvm util:WARNING:2026-12-06 22h48.02 UTC:388: Failed to get server addresses for scanner.example.io: "
        "Success",
        {("scanner.example.io", "other")},
    ),
    (  # WordPress' Requests retrying: the URL on its own line before libcurl's resolving timeout
        "Debug (http): Retrying HTTP request to https://api.wordpress.org/core/version-check/1.7/ (retry 1/3) after "
        "transient error: cURL error 28: Resolving timed out after 10001 milliseconds (10.412s)",
        {("api.wordpress.org", "timeout")},
    ),
    (  # Magento's ece-tools: the service's address after libcurl's link
        "ERROR: [137] Can't get version of opensearch: cURL error 28: Resolving timed out after 10002 milliseconds "
        "(see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for opensearch.internal:9200",
        {("opensearch.internal", "timeout")},
    ),
    (  # SuiteCRM's client logging its call above
        "[3602][1][DEBUG] HTTP client call: https://jobs.example.test/submitJob -> data=x\n"
        "[3602][1][ERROR] HTTP client: cURL call failed: error 28: Resolving timed out after 10000 milliseconds",
        {("jobs.example.test", "timeout")},
    ),
]

LOOKALIKES = [
    # IoT Edge's check failing for its own reason (the diagnostics image not found), no look-up shown
    "    Failed to resolve parent hostname edge.factory.lan\n"
    "        caused by: Failed to resolve parent hostname edge.factory.lan\n"
    "        caused by: docker returned exit status: 125, stderr = docker: Error response from daemon: manifest for "
    "edge.factory.lan/azureiotedge-diagnostics:1.5.0 not found: manifest unknown",
    # Exim finding the records
    " 21388 DNS lookup of example.com (MX) succeeded",
    # an rspamd-like option that is not an error stanza, and a stanza's other errors
    "<text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>DNS lookup failed: non-existing domain</text>",
    "<message from='a.example.org' type='error'>\n<error type='cancel'><item-not-found/>\n<text>Not found</text>",
    # OpenPBS' other errors
    "qstat: cannot connect to server pbs-head (errno=15010)",
    # a curl resolving timeout with no URL it fetched
    "cURL error 28: Resolving timed out after 10000 milliseconds",
]

test_each_format_is_read = reads(FORMATS)
test_lookalikes_name_no_failure = reads_nothing(LOOKALIKES)

REVIEW: list[tuple[str, set[tuple[str, str]]]] = [
    (  # Nextflow's message carries the resolver's reason after the name: that reason wins
        "ERROR ~ Unknown network host: s3.amazonaws.com: Temporary failure in name resolution",
        {("s3.amazonaws.com", "temporary")},
    ),
    (  # an XMPP error stanza on one line, its `from` in double quotes
        '<iq from="conference.remote.example" type="error"><error type="cancel"><remote-server-not-found '
        'xmlns="urn:ietf:params:xml:ns:xmpp-stanzas"/><text xmlns="urn:ietf:params:xml:ns:xmpp-stanzas">DNS lookup '
        "failed: non-existing domain</text></error></iq>",
        {("conference.remote.example", "nxdomain")},
    ),
    (  # Lighthouse's address with a port
        "Failed to parse or resolve address lh.home.lan:9000",
        {("lh.home.lan", "other")},
    ),
]

REVIEW_LOOKALIKES = [
    # Exim's debug output for a DNS list (not listed), a type answered after NO_DATA, a TXT record's absence
    "DNS lookup of 2.0.0.127.zen.spamhaus.org (A) gave HOST_NOT_FOUND\nreturning DNS_NOMATCH",
    "DNS lookup of example.com (MX) succeeded\nDNS lookup of mx.example.com (AAAA) gave NO_DATA\n"
    "DNS lookup of mx.example.com (A) succeeded",
    "DNS lookup of _dmarc.example.com (TXT) gave HOST_NOT_FOUND",
    # prose and code around the new texts
    "Failed to get dns answer for the query, retrying",
    "// resolve_host(ctx) failure path: retry",
    "Error: the mysql host does not appear to be a resolvable hostname or IP",
    # a help text's `Host:` that belongs to the next one
    "-----\nThe Slurm control host could not be resolved.\n\nPlease check the Slurm configuration.\n-----\n"
    "An ORTE daemon has unexpectedly failed.\n  Host: node01",
    # Prosody's SRV name absent, the domain's own address answered
    "Results for _xmpp-server._tcp.example.org IN SRV: NXDOMAIN (Insecure)\n"
    "Results for example.org IN A: 1 items (Insecure)",
]

test_what_the_review_found_is_read_right = reads(REVIEW, "review")
test_the_reviews_lookalikes_name_no_failure = reads_nothing(REVIEW_LOOKALIKES, "review-lookalike")

NEW_RULES = named_rules(
    "asterisk-stunaddr-lookup",
    "pjsip-zero-viable-targets",
    "sip-resolve-host-failure",
    "kamailio-uri-host",
    "opensips-domain-not-found",
    "opensips-no-dns-answer",
    "pion-mdns-elapsed",
    "sofia-su-getaddrinfo",
    "hydra-host-address-bare",
    "ompi-slurm-control-host",
    "prrte-dvm-member-host",
    "openpbs-bad-host",
    "nextflow-unknown-network-host",
    "htcondor-unresolved-hostname",
    "esp-tls-getaddrinfo",
    "iotedge-parent-hostname",
    "drush-not-resolvable",
    "ejabberd-redis-connection-error",
    "prosody-unbound-results",
    "prosodyctl-problem-looking-up",
    "prosodyctl-no-address",
    "xmpp-stanza-remote-server",
    "conduwuit-dns-error-host",
    "exim-dns-lookup-gave",
    "exim-dns-list-defer",
    "exim-sender-verify-defer",
    "opendmarc-policy-query",
    "stalwart-ip-lookup-failed",
    "mailu-tlsa-record",
    "ruby-resolv-timeout",
    "vertx-txt-records",
    "besu-enode-invalid-ip",
    "geth-static-node",
    "lighthouse-parse-or-resolve",
    "ghost-cli-lookup-dns",
    "linkchecker-no-host",
    "gvm-server-addresses",
)


def test_every_new_rule_of_the_round_fires() -> None:
    assert unfired(NEW_RULES, [text for text, _ in FORMATS]) == set()


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "Lookup of stunaddr 'a' failed ",
        "Performing SIP DNS resolution of target 'a'\nResolution completed - 0 viable targets\n",
        "resolve_host(a) failure ",
        "resolving a host name in uri failed: unresolvable SRV request ",
        "gethostbyname2: Domain name not found: a ",
        "Failed to get dns answer for a ",
        "Failed to discover mDNS candidate a: mDNS: context has elapsed ",
        "su_getaddrinfo(a, 1) for udp: Name or service not known\n",
        "HYDU_sock_connect (a): unable to get host address for a\n",
        "The Slurm control host could not be resolved.\n  Host: a\n",
        "Bootstrap startup was unable to resolve a DVM member host\n host: a\n",
        "cannot connect to server a (errno=15008) ",
        "Unknown network host: a ",
        "probably an unresolved hostname; daemon name is 'a' ",
        "esp-tls: couldn't get hostname for :a: getaddrinfo() returns 202 ",
        "Failed to resolve parent hostname a\n caused by: x\n",
        "a does not appear to be a resolvable hostname or IP ",
        "Redis connection #1 at a:1 has failed: {connection_error,nxdomain} ",
        "Results for a IN A: NXDOMAIN ",
        "Problem looking up A record for 'a': SERVFAIL ",
        "HTTP service a has no A/AAAA record ",
        "<message from='a'>\n<remote-server-not-found/>\n<text>DNS lookup failed: non-existing domain</text>\n",
        "DNS error: io error: Connection refused, host: a ",
        "DNS lookup of a (MX) gave HOST_NOT_FOUND ",
        "DNS list lookup defer (probably timeout) for a ",
        "sender verify defer for <a@b>: host lookup did not complete ",
        "key retrieval failed: 'a' query failed ",
        "opendmarc_policy_query_dmarc(a): Looked up domain did not exist ",
        'IP address lookup failed (delivery.ip-lookup-failed) domain = "a", hostname = "b", details = "c" ',
        "Timeout while resolving the TLSA record for a ",
        "DNS resolv timeout: a ",
        "Error while resolving TXT records on domain: a\nDNS query error occurred: SERVFAIL\n",
        "Invalid IP address 'enode://0123456789abcdef@a:1' (or DNS query resolved an invalid IP) ",
        "DNS lookup of static node failed id=1 name=a ",
        "Failed to parse or resolve address a. ",
        "Error trying to lookup DNS for 'a' ",
        "Result     Error: No host for a found.\n",
        "Retrying HTTP request to https://a/ (retry 1/3) after transient error: Resolving timed out after 1 ms ",
        "Resolving timed out after 1 milliseconds (see https://a/) for a:1\n",
        "error in getaddrinfo [{family=0}, {ret=a}]\nDNS resolution failed on host a\n",
        "Failed to get server addresses for a: Success\n",
    ]
)
