"""Formats from the sixth round of probes rendered from programs' own source (issue #17, session 54, after held-out
GX-HE was measured: `tests/fixtures/probes/source-mined/`, round 6): each test names the program and the format, with
look-alikes of the same programs that must stay no failure."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from tests.unit.parsing.rounds import reads, reads_nothing
from tests.unit.parsing.speed import GUARD, best_of, parses_quickly

FORMATS: list[tuple[str, set[tuple[str, str]]]] = [
    (  # Druid: the record's URL, then a wrapping exception's trace down to NIO's UnresolvedAddressException
        "2026-12-05T09:20:41,117 WARN [DruidSchema-Cache-0] org.apache.druid.discovery.DruidLeaderClient - "
        "Request[http://druid-coordinator.druid.svc.cluster.local:8081/druid/coordinator/v1/metadata] failed.\n"
        "org.jboss.netty.channel.ChannelException: Faulty channel in resource pool\n"
        "\tat org.apache.druid.java.util.http.client.NettyHttpClient.go(NettyHttpClient.java:129)\n"
        "Caused by: java.nio.channels.UnresolvedAddressException\n\tat sun.nio.ch.Net.checkAddress(Net.java:101)",
        {("druid-coordinator.druid.svc.cluster.local", "other")},
    ),
    (  # Hadoop's DFSClient: the address and the exception on one line
        "26/12/05 11:04:19 WARN hdfs.DFSClient: Failed to connect to datanode-2.datanode.hdfs.svc:50010 for block, add "
        "to deadNodes and continue. java.nio.channels.UnresolvedAddressException",
        {("datanode-2.datanode.hdfs.svc", "other")},
    ),
    (  # Hadoop's DataNode: Java's unresolved address
        "2026-12-05 11:31:15,006 WARN org.apache.hadoop.hdfs.server.datanode.DataNode: Problem connecting to server: "
        "hdfs-nn.data.svc.cluster.local/<unresolved>:8020",
        {("hdfs-nn.data.svc.cluster.local", "other")},
    ),
    (  # Strimzi: the Kafka clients' ConfigException under the operator's `with bootstrap h:port`
        "io.strimzi.operator.cluster.operator.resource.KafkaRoller$ForceableProblem: An error while try to create an "
        "admin client with bootstrap my-cluster-controller-3.my-cluster-kafka-brokers.kafka.svc:9090\n"
        "\tat io.strimzi.operator.cluster.operator.resource.KafkaRoller.adminClient(KafkaRoller.java:898)\n"
        "Caused by: org.apache.kafka.common.config.ConfigException: No resolvable bootstrap urls given in "
        "bootstrap.servers",
        {("my-cluster-controller-3.my-cluster-kafka-brokers.kafka.svc", "other")},
    ),
    (  # Antrea's FQDN policy controller (klog, structured)
        'I0822 09:11:30.773018       1 fqdn.go:433] "FQDN was not resolved to any addresses, skip updating DNS cache" '
        'fqdn="legacy.partner.example.org"',
        {("legacy.partner.example.org", "nxdomain")},
    ),
    (  # Rook's external-cluster script, with the traceback's gaierror below
        "Execution Failed: Conversion of host: ceph-mgr-b.lab.example to IP failed. Please enter the IP addresses of "
        "all the ceph-mgrs with the '--monitoring-endpoint' flag\nTraceback (most recent call last):\n"
        '  File "/root/create-external-cluster-resources.py", line 784, in _convert_hostname_to_ip\n'
        "socket.gaierror: [Errno -2] Name or service not known",
        {("ceph-mgr-b.lab.example", "nxdomain")},
    ),
    (  # cilium-cli's connectivity test: the pod's nslookup output under its message
        "\U0001f41b [kind-kind] Error looking up kubernetes.default from pod cilium-test-1/client-645b68dcf7-s5mdb: "
        "command terminated with exit code 1: Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\n"
        ";; connection timed out; no servers could be reached",
        {("kubernetes.default", "timeout")},
    ),
    (  # ... and when it gives up waiting
        "timeout reached waiting for lookup for kubernetes.default from pod cilium-test-1/client2-66475877c6-7mj9b to "
        "succeed (last error: command terminated with exit code 1)",
        {("kubernetes.default", "other")},
    ),
    (  # Nextcloud's DnsPinMiddleware
        '{"level":3,"app":"no app in context","message":"No DNS record found for collabora.office.svc.cluster.local"}',
        {("collabora.office.svc.cluster.local", "nxdomain")},
    ),
    (  # MariaDB Connector/J: the cause's message after the period is the bare name
        "java.sql.SQLNonTransientConnectionException: Socket fail to connect to "
        "address=(host=mariadb-0.mariadb-headless)(port=3306)(type=primary). mariadb-0.mariadb-headless",
        {("mariadb-0.mariadb-headless", "other")},
    ),
    (  # Keycloak's handler: each cause's message on a line of its own
        "2026-12-05 14:10:04,119 ERROR [org.keycloak.quarkus.runtime.cli.ExecutionExceptionHandler] (main) ERROR: The "
        "connection attempt failed.\n2026-12-05 14:10:04,119 ERROR [org.keycloak.quarkus.runtime.cli."
        "ExecutionExceptionHandler] (main) ERROR: postgres-db",
        {("postgres-db", "other")},
    ),
    (  # Galera: gcomm's peer address
        "2026-12-05T09:12:44.318905Z 0 [Warning] [MY-000000] [Galera] Failed to resolve ssl://cluster1-pxc-1.cluster1-pxc:4567",
        {("cluster1-pxc-1.cluster1-pxc", "other")},
    ),
    (  # ... asio's reason inside another message
        "[Galera] Failed to prepare for incremental state transfer: Failed to open IST listener at "
        "ssl://cluster1-pxc-2.cluster1-pxc:4568', asio error 'resolve: Host not found (authoritative)': 1",
        {("cluster1-pxc-2.cluster1-pxc", "nxdomain")},
    ),
    (  # Superset's JSON error: the message ends after `cannot be resolved.`, bare
        '{"errors": [{"message": "The hostname \\"warehouse-pg.data.internal\\" cannot be resolved.", "error_type": '
        '"CONNECTION_INVALID_HOSTNAME_ERROR"}]}',
        {("warehouse-pg.data.internal", "nxdomain")},
    ),
    (  # grpc-go's channel log: the resolver state's JSON between the target and the error
        '2026/11/30 08:18:00 INFO: [core] [Channel #1] Channel created for target "dns:///users.identity.svc:8443"\n'
        '2026/11/30 08:18:00 INFO: [core] [Channel #1] Resolver state updated: {\n  "Addresses": null,\n'
        '  "Endpoints": [],\n  "ServiceConfig": null,\n  "Attributes": null\n} (resolver returned new addresses)\n'
        "2026/11/30 08:18:00 INFO: [pick-first-leaf-lb] Received error from the name resolver: produced zero addresses",
        {("users.identity.svc", "other")},
    ),
]

REVIEW: list[tuple[str, set[tuple[str, str]]]] = [
    # a review of the round's rules: a person's prose whose two lines are as long is no terminal's cut
    (
        "Since the upgrade, our worker pod logs: getaddrinfo ENOTFOUND payments\non every request.\n"
        "We checked that the Service named payments exists in the namespace and\n"
        "it does. The other pods resolve it fine.",
        {("payments", "nxdomain")},
    ),
    # `nslookup NAME SERVER` is a command of its own: its name is not the earlier command's
    (
        "/ # nslookup api\nServer:\t\t10.96.0.10\n\n** server can't find api.svc.cluster.local: NXDOMAIN\n\n"
        "/ # nslookup api.github.com 8.8.8.8\nServer:\t\t8.8.8.8\n\n** server can't find api.github.com: SERVFAIL",
        {("api", "nxdomain"), ("api.github.com", "servfail")},
    ),
    # Bitnami's trace: the first look-up answered, the second did not
    (
        "+ dns_lookup mariadb-0\n+ getent ahosts mariadb-0\n+ [[ 10.0.0.1 == '' ]]\n+ dns_lookup mariadb-1\n"
        "+ [[ '' == '' ]]",
        {("mariadb-1", "other")},
    ),
    # a headless Service's pod whose Service is named like a top-level label is a name, not a search try
    (
        "** server can't find web-0.eu.shop.svc.cluster.local: NXDOMAIN",
        {("web-0.eu.shop.svc.cluster.local", "nxdomain")},
    ),
    # the Kafka clients' exception at the top of its trace, its package printed
    (
        "ERROR Failed with bootstrap my-cluster-kafka-bootstrap.kafka.svc:9091\n"
        "org.apache.kafka.common.config.ConfigException: No resolvable bootstrap urls given in bootstrap.servers",
        {("my-cluster-kafka-bootstrap.kafka.svc", "other")},
    ),
    # cilium-cli: nslookup's first line on the message's own line
    (
        "Error looking up one.one.one.one from pod cilium-test/client-abc: command terminated with exit code 1: ;; "
        "connection timed out; no servers could be reached",
        {("one.one.one.one", "timeout")},
    ),
    # MariaDB Connector/J 2.x
    (
        "Could not connect to address=(host=mariadb.db)(port=3306)(type=master) : mariadb.db",
        {("mariadb.db", "other")},
    ),
]

LOOKALIKES = [
    # a review of the round's rules: `DNS "h" not found` said of API objects and a certificate's names
    'Error: External DNS "app.example.com" not found',
    'error: upstream dns "cloudflare-primary" not found',
    'owner DNS "main-portal" not found in namespace "sre"',
    'leaf_test.go:88: DNS "api.internal.example.com" not found in the certificate',
    # NIO's exception under a record that names a source file, a logger, prose or an INFO line's address
    "ERROR [main] (Client.java:88) - connect failed\njava.nio.channels.UnresolvedAddressException",
    "ERROR [main] c.e.Worker:42 - connect failed\njava.nio.channels.UnresolvedAddressException",
    "I followed the docs at https://kafka.apache.org/documentation and got\n"
    "java.nio.channels.UnresolvedAddressException",
    "INFO SparkUI: Bound SparkUI to 0.0.0.0, and started at http://spark-driver-svc.spark.svc:4040\n"
    "java.nio.channels.UnresolvedAddressException\n\tat sun.nio.ch.Net.checkAddress(Net.java:101)",
    # gRPC: the nearest channel's target is another scheme's
    '[Channel #1] Channel created for target "dns:///auth.example.com:443"\n'
    + "".join(f"[Channel #2] line {i}\n" for i in range(7))
    + '[Channel #2] Channel created for target "xds:///payments"\n[Channel #2] note\n'
    + "[Channel #2] Received error from the name resolver: produced zero addresses",
    # Nextcloud's words around a word that is no name
    "No DNS record found for the domain example.com",
    "No DNS record found for type TXT",
    # kube-aggregator's proxy and Antrea's exporter resolve a Service to endpoints, no DNS
    "E1206 06:26:55.013274       1 handler_proxy.go:144] error resolving monitoring/prometheus-adapter: no endpoints "
    'available for service "prometheus-adapter"',
    'E0822 09:16:00.012774       1 destination.go:233] "Error when connecting flow exporter to destination" '
    'err="failed to resolve Service: flow-aggregator/flow-aggregator: services \\"flow-aggregator\\" not found"',
    # Crossplane resolves a package's tag to its digest over HTTP (a TLS error here)
    "cannot unpack package: cannot resolve registry.platform.internal/crossplane/provider-internal:v0.3.2 to digest: "
    'Get "https://registry.platform.internal/v2/": tls: failed to verify certificate: x509: certificate signed by '
    "unknown authority",
    # Strimzi: a ConnectException whose cause is NIO's, the record naming no address (its logger:line is no name)
    "2025-08-04 13:20:19 ERROR KafkaRebalanceAssemblyOperator:1064 - Reconciliation #221(timer) KafkaRebalance("
    "kafka/my-rebalance): Cruise Control getting rebalance task status failed\n"
    "io.strimzi.operator.cluster.operator.resource.cruisecontrol.CruiseControlRetriableConnectionException: "
    "java.net.ConnectException\nCaused by: java.net.ConnectException\n"
    "Caused by: java.nio.channels.UnresolvedAddressException",
    # Connector/J refused, its cause another message; Keycloak's cause a word
    "Socket fail to connect to mysql-orders.prod.acme.internal:3307. Connection refused",
    "(main) ERROR: The connection attempt failed.\n(main) ERROR: Unknown",
    # Galera reaching a peer's address
    "[Galera] Failed to open IST listener at ssl://10.244.1.7:4568', asio error 'resolve: Host not found "
    "(authoritative)'",
]


test_each_format_is_read = reads(FORMATS, "format")
test_what_the_review_found_reads_right = reads(REVIEW, "review")
test_lookalikes_name_no_failure = reads_nothing(LOOKALIKES)


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "Request[http://a.b:1/] failed.\n\tat x.y(Z.java:1)\n",
        "FQDN was not resolved to any addresses fqdn=",
        "Conversion of host: a.b to IP ",
        "Error looking up a.b from pod c/d: ",
        "No DNS record found for ",
        "Socket fail to connect to a.b:1. ",
        "[Galera] Failed to resolve ssl://a.b:1 ",
        "ssl://a.b:1', asio error 'resolve: Host not found (authoritative)' ",
        "timeout reached waiting for lookup for a.b from pod ",
        "error resolving a/b: no endpoints available for service ",
    ],
    tail="\njava.nio.channels.UnresolvedAddressException",
)


@pytest.mark.parametrize(
    "unit",
    [
        "Error: getaddrinfo ENOTFOUND \u201cdb{}\u201d\n",  # a name as printed: one search for all of them (review)
        "a.b:1 " * 10 + "java.nio.channels.UnresolvedAddressException ",  # a line of the exception (review)
        "a.b:1 " * 10 + "ConfigException: No resolvable bootstrap urls given in bootstrap.servers ",
        "tcp://a:1 " * 10 + "asio error 'resolve: Host not found (authoritative)' ",
    ],
)
def test_a_hostile_megabyte_of_long_lines_parses_quickly(unit: str) -> None:
    if "{}" in unit:
        text = "".join(unit.format(i) for i in range(30_000))[:1_000_000]
    else:
        line = unit * (3990 // len(unit))
        text = (line + "\n") * (1_000_000 // (len(line) + 1))
    assert best_of(3, lambda: parse_failures(text)) < GUARD
