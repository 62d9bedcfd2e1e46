"""Formats held-out DT, DU, DV and DW showed (issue #17, spent: measured at 23:41 UTC 2026-12-04, then read): each test
names the runtime and the format, with look-alikes that must stay no failure."""

from __future__ import annotations

from checks.parsing import parse_failures
from tests.unit.parsing.rounds import flagged, found


def test_bitnami_start_up_check_is_a_bare_could_not_be_resolved() -> None:
    # Bitnami's containers (libnet.sh): a warning of what may follow, no reason: LABELS.md's bare clause, `nxdomain`
    text = (
        "odoo 13:47:58.74 INFO  ==> Validating settings in POSTGRESQL_CLIENT_* env vars\n"
        "odoo 13:47:58.77 WARN  ==> Hostname vyku-app-postgresql could not be resolved, this could lead to connection "
        "issues"
    )
    assert found(text) == {("vyku-app-postgresql", "nxdomain")}


def test_netty_record_types_after_the_quoted_name_alone() -> None:
    # Netty's DnsResolveContext message cut before `after N queries`, no class name on its line
    assert found("```\nFailed to resolve 'launchermeta.mojang.com' [A(1)]\n```") == {
        ("launchermeta.mojang.com", "nxdomain")
    }
    both = "Failed to resolve 'api.minecraftservices.com' [A(1), AAAA(28)]"
    assert found(both) == {("api.minecraftservices.com", "nxdomain")}


def test_a_reason_cut_inside_a_word_by_a_panes_wrap() -> None:
    # PHP's reason wrapped mid-word with the pane's padding (`Name or s  ` / `  ervice not known)`)
    text = (
        "Error reaching Varnish: Unable to connect to varnish:80 . Error #0: stream_socket_client(): unable to connect "
        "to varnish:80 (php_network_getaddresses: getaddrinfo failed: Name or s  \n  ervice not known)  \n"
    )
    assert found(text) == {("varnish", "nxdomain")}
    # two lines whose words only happen to touch are not joined
    assert found("lookup db: no such host\nservice not known") == {("db", "nxdomain")}


def test_stand_ins_the_docs_word_and_a_your_label() -> None:
    # LABELS.md clause 2: `domainname` is the slot's word; `your` opens a name as `your-` does
    php = (
        "stream_socket_client(): unable to connect to domainname:80 (php_network_getaddresses: getaddrinfo failed: "
        "Name or service not known)"
    )
    assert flagged(php) == {("domainname", "nxdomain", True)}
    go = (
        'Get "https://your.sepolia.beacon.node/eth/v1/node/version": dial tcp: lookup your.sepolia.beacon.node on '
        "127.0.0.11:53: no such host"
    )
    assert flagged(go) == {("your.sepolia.beacon.node", "nxdomain", True)}
    # a real name that merely starts with those letters stays real
    assert flagged("dial tcp: lookup yourls.default.svc on 10.96.0.10:53: no such host") == {
        ("yourls.default.svc", "nxdomain", False)
    }


def test_a_reporters_list_of_hosts_with_arrows() -> None:
    text = (
        "Server host localhost -> getting error  SQLSTATE[HY000] [2002] No such file or directory \n"
        "Server host 127.0.0.1 -> getting error SQLSTATE[HY000] [2002] Connection refused\n"
        "Server host mariadb -> getting error SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo failed: "
        "Name or service not known \n"
        "Server host magento2_db_1 -> OK!\n"
    )
    assert found(text) == {("mariadb", "nxdomain")}


def test_bitcoind_rpc_bind_under_libevents_hostless_getaddrinfo() -> None:
    text = (
        "2020-03-09T16:12:03Z Binding RPC on address bitcoind port 18332\n"
        "2020-03-09T16:12:03Z libevent: getaddrinfo: nodename nor servname provided, or not known\n"
        "2020-03-09T16:12:03Z Binding RPC on address bitcoind port 18332 failed.\n"
    )
    assert found(text) == {("bitcoind", "nxdomain")}
    # a bind that failed for another reason (the port in use) names no look-up
    taken = "2020-03-09T16:12:03Z Binding RPC on address 0.0.0.0 port 8332 failed.\n"
    assert parse_failures(taken) == []


def test_litep2p_dns_resolve_error() -> None:
    text = (
        'TRACE litep2p::tcp: raw connection result result=Failed { errors: [("/dns/bootnode-0/tcp/30333/p2p/12D3KooW", '
        'DnsError(ResolveError("bootnode-0"))'
    )
    assert found(text) == {("bootnode-0", "other")}


def test_vpnkits_aaaa_no_such_record_under_the_names_a_answer_is_no_failure() -> None:
    answered = (
        "<Notice>: DNS lookup registry-1.docker.io A: registry-1.docker.io <IN|38> [A (52.4.29.162)]\n"
        "<Warning>: DNS lookup registry-1.docker.io AAAA: NoSuchRecord\n"
    )
    assert parse_failures(answered) == []
    alone = "<Warning>: DNS lookup registry.internal A: NoSuchRecord\n"
    assert found(alone) == {("registry.internal", "nxdomain")}


def test_libp2p_multiaddr_with_the_transports_resolver_error() -> None:
    # off-frame rows of DV: Substrate's dial of a `/dns4/h/tcp/...` multiaddr; go-libp2p's `/dnsaddr/h`, whose TXT
    # name Go's resolver prints (the noun `addr` before the multiaddr is no name)
    substrate = (
        "Error while dialing /dns4/telemetry.polkadot.io/tcp/443/x-parity-wss/%2Fsubmit%2F: Other(B(Transport("
        'ResolveError { domain_name: "", error: Custom { kind: Other, error: "failed to lookup address information: '
        'Temporary failure in name resolution" } })))'
    )
    assert found(substrate) == {("telemetry.polkadot.io", "temporary")}
    go = (
        "WARN swarm2 swarm/swarm_dial.go:454 Failed to resolve addr /dnsaddr/bridge.celestia.example: lookup "
        "_dnsaddr.bridge.celestia.example on 127.0.0.53:53: no such host"
    )
    assert found(go) == {("_dnsaddr.bridge.celestia.example", "nxdomain")}
    refused = "Error while dialing /dns4/boot.example.io/tcp/30333/p2p/12D3: Connection refused (os error 111)"
    assert parse_failures(refused) == []
