"""JVM clients' resolver errors in the forms the `java` and Netty rules do not read (rules/jvm_clients.py, gathered
from the round modules of held-out D..X): each rule reads its form, and each fires on one of these examples."""

from __future__ import annotations

import pytest

from checks.parsing.rules.jvm_clients import RULES as JVM_CLIENT_RULES
from tests.unit.parsing.rounds import rules_that_fire, triples, unfired

_AWS = (
    "SdkClientException: Received an UnknownHostException when attempting to interact with a service. See cause for "
    "the exact endpoint that is failing to resolve. If this is happening on an endpoint that previously worked, there "
    "may be a network connectivity issue or your DNS cache could be storing endpoints for too long."
)

EXAMPLES: tuple[tuple[str, str, set[tuple[str, str, bool]]], ...] = (
    ("jdk-hosts-file-name-service",
     "java.net.UnknownHostException: Unable to resolve host db-3 in hosts file /etc/jdk-hosts",
     {("db-3", "nxdomain", False)}),
    ("datastax-contact-point",
     "1) Error in custom provider, java.lang.IllegalArgumentException: cassandra: unknown error\n"
     "  at com.datastax.driver.core.Cluster$Builder.addContactPoint(Cluster.java:839)",
     {("cassandra", "other", False)}),
    ("clojure-exception-data",
     "[{:type java.net.UnknownHostException\n    :message central-system: unknown error\n"
     "    :at [java.net.Inet6AddressImpl lookupAllHostAddr Inet6AddressImpl.java -2]}]",
     {("central-system", "other", False)}),
    ("kafka-bootstrap-dns",
     "WARN Couldn't resolve server kafka-0.kafka:9092 from bootstrap.servers as DNS resolution failed for "
     "kafka-0.kafka",
     {("kafka-0.kafka", "other", False)}),
    ("unknown-host-at-end",
     "[ERROR] Internal error: java.lang.RuntimeException: Failed to load p2 repository with ID 'sysml' from "
     "location http://update.obeo.fr/integration/sysml/repository/: Unknown Host: http://update.obeo.fr/integration/"
     "sysml/repository/content.xml: Unknown host update.obeo.fr -> [Help 1]",
     {("update.obeo.fr", "nxdomain", False)}),
    ("java-url-host-try-again",
     "Could not transfer artifact x from/to central (https://repo.maven.apache.org/maven2): repo.maven.apache.org: "
     "Try again",
     {("repo.maven.apache.org", "temporary", False)}),
    ("zookeeper-unable-to-resolve",
     "ERROR StaticHostProvider - Unable to resolve address: zk-0.zk-nodes.default.svc/<unresolved>:2181",
     {("zk-0.zk-nodes.default.svc", "other", False)}),
    ("aws-sdk-endpoint",
     f"Failed to download existing files |software.amazon.awssdk.core.exception.{_AWS}|Unable to execute HTTP "
     'request: sts.us-east-1.amazonaws.com|sts.us-east-1.amazonaws.com"',
     {("sts.us-east-1.amazonaws.com", "nxdomain", False)}),
    ("mongo-java-socket-ip", "com.mongodb.MongoSocketException: 10.10.4.37: unknown error\n",
     {("10.10.4.37", "other", False)}),
    ("lettuce-unresolved",
     "io.lettuce.core.RedisConnectionException: Unable to connect to redis-master.cache/<unresolved>:6379",
     {("redis-master.cache", "other", False)}),  # LABELS.md (held-out AP round)
    ("exception-unknown-server",
     "org.codinjutsu.tools.jenkins.exception.ConfigurationException: Unknown server: jenkins.internal",
     {("jenkins.internal", "other", False)}),
    ("kafka-unresolved-address", "java.io.IOException: Can't resolve address: kafka/<unresolved>:9092\n",
     {("kafka", "other", False)}),
    ("netty-timeout-cut",
     "io.netty.resolver.dns.DnsNameResolverTimeoutException: [38256: /192.168.0.10:53] DefaultDnsQuestion("
     "redis.customer.svc.cluster.local. IN A) query '38256' via UDP",
     {("redis.customer.svc.cluster.local", "timeout", False)}),
    # `other` since held-out GN: Java's `<unresolved>` as LABELS.md reads Lettuce's
    ("java-connect-unresolved", "R2dbcNonTransientResourceException: Cannot connect to postgres/<unresolved>:5432",
     {("postgres", "other", False)}),
    ("zookeeper-canonicalize",
     "java.lang.IllegalArgumentException: Unable to canonicalize address pulsar-zookeeper:2181 because it's not "
     "resolvable",
     {("pulsar-zookeeper", "nxdomain", False)}),
    # a whole Strimzi status is unfolded before any rule reads it (wrapped_lines.py); its message lines alone are this
    # rule's
    ("aws-sdk-endpoint-reason",  # held-out CA
     "INFO  com.amazonaws.http.AmazonHttpClient  Unable to execute HTTP request: s3.example.com: unknown error [main]",
     {("s3.example.com", "other", False)}),
    ("netty-folded-after-queries",
     "failed to resolve ''kafka-connect-api'' after\n      2 queries '",
     {("kafka-connect-api", "nxdomain", False)}),
)  # fmt: skip


@pytest.mark.parametrize(("case", "text", "want"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_jvm_client_form(case: str, text: str, want: set[tuple[str, str, bool]]) -> None:
    assert set(triples(text)) == want, case
    assert case in rules_that_fire(text)


def test_every_jvm_client_rule_fires() -> None:
    assert unfired(JVM_CLIENT_RULES, (e[1] for e in EXAMPLES)) == set()
