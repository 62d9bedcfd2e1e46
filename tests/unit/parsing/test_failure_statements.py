"""rules/failure_statements.py: a failed lookup stated in plain words around the name, whatever program printed it."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures

# (a program's line in each shape, the name, the kind)
STATED = [
    (
        "[warn] upstream redis-master.cache.svc could not be resolved, using the last known address",
        "redis-master.cache.svc",
        "other",
    ),
    ("WARN  the host name db-0.db cannot be resolved: i/o timeout", "db-0.db", "timeout"),
    # a bare "not resolvable" reads as LABELS.md's ZooKeeper clause reads it (since session 52: DDEV's, held-out GL)
    ("registry.corp.io is not resolvable", "registry.corp.io", "nxdomain"),
    ("config check: kafka-0.kafka-headless: unresolvable", "kafka-0.kafka-headless", "nxdomain"),
    ("probe: host api.corp.io did not resolve", "api.corp.io", "nxdomain"),  # bare, as LABELS.md reads it
    ("minio-0.minio.svc: name resolution failed (Name or service not known)", "minio-0.minio.svc", "nxdomain"),
    ("[ldap.corp.io] DNS resolution error", "ldap.corp.io", "other"),
    ("dns lookup of vault.vault.svc failed: server misbehaving", "vault.vault.svc", "servfail"),
    ("DNS resolution for api.weather.io timed out", "api.weather.io", "timeout"),
    ("E1201 name resolution failed for mongo-1.mongo.db.svc", "mongo-1.mongo.db.svc", "other"),
    ("Address resolution failed for smtp.corp.io: Temporary failure in name resolution", "smtp.corp.io", "temporary"),
    ("resolve failed for etcd-2.etcd:2379", "etcd-2.etcd", "other"),
    ("error: could not look up ntp-1.corp.io", "ntp-1.corp.io", "other"),
    ("Failed to get address for node-7.cluster.local", "node-7.cluster.local", "other"),
    ("agent: Could not get IP for consul-server-0.consul", "consul-server-0.consul", "other"),
    ("unable to find an IP for 'ingest-node'", "ingest-node", "other"),
    ("no A record for auth.corp.io", "auth.corp.io", "nxdomain"),
    ("lookup: no DNS records found for host: grafana.monitoring", "grafana.monitoring", "nxdomain"),
    ("timeout resolving rabbitmq-0.rabbitmq-nodes", "rabbitmq-0.rabbitmq-nodes", "timeout"),
    ("client: no such host: es-master-0.es", "es-master-0.es", "nxdomain"),
    ("upstream: host not found: backend-v2", "backend-v2", "nxdomain"),
    ("getaddrinfo(jaeger-collector.tracing) failed: EAI_AGAIN", "jaeger-collector.tracing", "temporary"),
    ("gethostbyname(mail.corp.io) failed", "mail.corp.io", "other"),
    ("gethostbyname failed for statsd-exporter", "statsd-exporter", "other"),
    # the same shapes in more programs' words (probes, 2026-12-04)
    ("dns: lookup of zipkin.tracing timed out", "zipkin.tracing", "timeout"),
    ('level=warning msg="dns lookup of minio.minio.svc returned error"', "minio.minio.svc", "other"),
    ("failed to query DNS for backend.prod.svc: i/o timeout", "backend.prod.svc", "timeout"),
    ("Error: resolving host kafka-broker-1.kafka: timeout", "kafka-broker-1.kafka", "timeout"),
    ("failed to find any IP address for host elasticsearch-master", "elasticsearch-master", "other"),
    ("unable to lookup host 'influxdb'", "influxdb", "other"),
    ("resolver: no addresses returned for vault.vault.svc", "vault.vault.svc", "nxdomain"),
    ("no A records returned for auth-0.auth.svc", "auth-0.auth.svc", "nxdomain"),
]


@pytest.mark.parametrize(("text", "host", "kind"), STATED, ids=[s[1] for s in STATED])
def test_a_stated_failure_is_read_with_its_name_and_kind(text: str, host: str, kind: str) -> None:
    assert {(f.host, f.kind) for f in parse_failures(text)} == {(host, kind)}


@pytest.mark.parametrize(
    "text",
    [
        "this could not be resolved until the next release",  # an English word in the name's slot
        "The upgrade did not resolve the issue on cluster-2.corp.io",  # `did not resolve` an object
        "host not found: please check the name",
        "istiod: service lookup for hostname reviews.default.svc.cluster.local failed",  # Istio's registry, not DNS
        "gethostbyname(3) is deprecated in favour of getaddrinfo",
        "ERR Unable to lookup protocol. Defaulting to `http2`.",  # a word, then a full stop
        "resolving host conflicts: done",
    ],
)
def test_a_sentence_in_these_words_that_names_no_failed_name_reads_nothing(text: str) -> None:
    assert parse_failures(text) == []
