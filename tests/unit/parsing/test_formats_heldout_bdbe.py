"""Formats held-out sets BD and BE (issue #17) met that no rule read, each by runtime and format, with the look-alikes
that must stay as they were (the sets' own rows are scored in test_heldout.py)."""

from __future__ import annotations

from checks.parsing import parse_failures
from tests.unit.parsing.speed import parses_quickly


def found(text: str) -> set[tuple[str, str, bool]]:
    return {(f.host, f.kind, f.redacted) for f in parse_failures(text)}


def test_busybox_nslookup_search_expansions_are_the_one_name_asked() -> None:
    text = (
        "/ # nslookup kafka\n\n"
        "** server can't find kafka.<namespace>.svc.cluster.local: NXDOMAIN\n\n"
        "*** Can't find kafka.svc.cluster.local: No answer\n"
        "*** Can't find kafka.cluster.local: No answer\n"
        "*** Can't find kafka.google.internal: No answer\n"
    )
    assert found(text) == {("kafka", "nxdomain", False)}


def test_nslookup_through_kubectl_exec_names_the_asked_name() -> None:
    text = (
        "$ kubectl exec -it box -- nslookup nginx\nServer:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\n"
        "** server can't find nginx.default.svc.cluster.local: NXDOMAIN\n"
    )
    assert found(text) == {("nginx", "nxdomain", False)}


def test_search_expansions_without_the_command_or_of_another_name_stay_as_printed() -> None:
    bare = "** server can't find kafka.default.svc.cluster.local: NXDOMAIN"
    assert found(bare) == {("kafka.default.svc.cluster.local", "nxdomain", False)}
    other = "/ # nslookup redis\n** server can't find kafka.default.svc.cluster.local: NXDOMAIN"
    assert found(other) == {("kafka.default.svc.cluster.local", "nxdomain", False)}
    prose = "I asked about the host kafka\n** server can't find kafka.default.svc.cluster.local: NXDOMAIN"
    assert found(prose) == {("kafka.default.svc.cluster.local", "nxdomain", False)}


def test_aws_sdk_js_inaccessible_host_yields_to_the_original_eai_again() -> None:
    text = (
        '"message": "Inaccessible host: `bucket.s3.eu-west-1.amazonaws.com\' at port `undefined\'. This service may '
        "not be available in the `eu-west-1' region.\",\n"
        '"originalError": {"message": "getaddrinfo EAI_AGAIN bucket.s3.eu-west-1.amazonaws.com"}'
    )
    assert found(text) == {("bucket.s3.eu-west-1.amazonaws.com", "temporary", False)}
    alone = "UnknownEndpoint: Inaccessible host: `sqs.us-east-1.amazonaws.com'. This service may not be available"
    assert found(alone) == {("sqs.us-east-1.amazonaws.com", "nxdomain", False)}


def test_prometheus_dns_sd_all_servers_responded_with_errors_is_no_nxdomain() -> None:
    errors = (
        'level=error caller=dns.go:164 component="discovery manager scrape" discovery=dns msg="Error refreshing DNS '
        'targets" err="could not resolve \\"srv.example.org\\": all servers responded with errors to at least one '
        'search domain"'
    )
    assert found(errors) == {("srv.example.org", "other", False)}
    timed_out = (
        'level=warn caller=dns.go:300 msg="DNS resolution failed" server=127.0.0.1 name=srv.example.org. '
        'err="read udp 127.0.0.1:44495->127.0.0.1:53: i/o timeout"\n' + errors
    )
    assert found(timed_out) == {("srv.example.org", "timeout", False)}


def test_go_lookup_with_its_space_lost_after_dial_tcp() -> None:
    text = "error #0: dial tcp: lookupetcd-0.etcd on 10.96.0.10:53: no such host"
    assert found(text) == {("etcd-0.etcd", "nxdomain", False)}
    assert found("func lookupHost on line 3: no such host") == set()
    unserved = found("dial tcp: lookupetcd-0.etcd: no such host")  # no server named: not read as the glued form
    assert ("etcd-0.etcd", "nxdomain", False) not in unserved


def test_unsubstituted_template_variable_is_kept_and_redacted() -> None:
    text = "Get https://__MASTER_IP__:443/api: dial tcp: lookup __MASTER_IP__ on 10.0.2.3:53: server misbehaving"
    assert found(text) == {("__master_ip__", "servfail", True)}
    italics = "curl: (6) Could not resolve host: _api.svc_"
    assert found(italics) == {("api.svc", "nxdomain", False)}


def test_ssh_via_ansible_given_an_empty_inventory_key() -> None:
    text = (
        'fatal: [openshift_ip=]: UNREACHABLE! => {"changed": false, "msg": "Failed to connect to the host via ssh: '
        'ssh: Could not resolve hostname openshift_ip=: Name or service not known", "unreachable": true}'
    )
    assert found(text) == {("openshift_ip=", "nxdomain", True)}


def test_mongodb_dotnet_cluster_state_server_with_a_resolver_heartbeat_error() -> None:
    text = (
        'Client view of cluster state is { ClusterId : "1", Type : "Unknown", State : "Disconnected", Servers : '
        '[{ ServerId: "{ ClusterId : 1, EndPoint : "Unspecified/nosqldata:27017" }", EndPoint: '
        '"Unspecified/nosqldata:27017", State: "Disconnected", Type: "Unknown", HeartbeatException: '
        '"MongoDB.Driver.MongoConnectionException: An exception occurred while opening a connection to the server.\n'
        " ---> System.Net.Internals.SocketExceptionFactory+ExtendedSocketException (00000005, 0xFFFDFFFF): Name or "
        "service not known\n"
    )
    assert found(text) == {("nosqldata", "nxdomain", False)}
    refused = text.replace("Name or service not known", "Connection refused")
    assert found(refused) == set()


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "/ # nslookup a\n** server can't find a.svc.cluster.local: NXDOMAIN\nName: a.b.cluster.local\n",
        "/ # nslookup a\n" + "*** Can't find a.svc.cluster.local: No answer\n" * 40,
        'EndPoint: "Unspecified/m:27017", State: "Disconnected", Type: "Unknown", HeartbeatException: "x EndPoint: ',
        "dial tcp: lookupa-0.b-0.c-0 on dial tcp: lookup",
        "__A__ __B__.x openshift_ip= Inaccessible host: `a' ",
    ]
)


def test_another_programs_lookup_below_an_nslookup_keeps_its_own_name() -> None:
    text = (
        "/ # nslookup kafka\nServer: 10.96.0.10\n\n"
        'level=error msg="dial tcp: lookup kafka.other.svc.cluster.local on 10.96.0.10:53: no such host"\n'
    )
    assert found(text) == {("kafka.other.svc.cluster.local", "nxdomain", False)}
