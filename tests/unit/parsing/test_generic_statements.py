"""The generic rule's statements of a failed look-up (issue #17, recall by generalisation: generic_statements.py):
the phrases any program may word its failure with, the name before or after them, the kind from the words after the
name; and what the same words say of things that are no host (dependencies, modules, settings, curl's cache)."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from checks.parsing.parser import parse_with
from tests.unit.parsing.speed import GUARD, best_of, megabyte_of


def found(text: str) -> set[tuple[str, str]]:
    return {(f.host, f.kind) for f in parse_failures(text)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # the name after `error resolving`, the kind from the words after it
            "error resolving 'artifactory.corp.io' (timeout after 5s)",
            {("artifactory.corp.io", "timeout")},
        ),
        (  # the name before `resolve error`
            'upstream "auth-service" resolve error: dns query timed out',
            {("auth-service", "timeout")},
        ),
        (  # the name after `resolution failed:`
            "Hostname resolution failed: zookeeper-0.zk-hs",
            {("zookeeper-0.zk-hs", "other")},
        ),
        (  # `resolution failed for host h`
            "WARN resolution failed for host zookeeper-0.zk-hs",
            {("zookeeper-0.zk-hs", "other")},
        ),
        (  # a negative answer in words
            "Host 'mongo-rs0-1.mongo' could not be found in DNS",
            {("mongo-rs0-1.mongo", "nxdomain")},
        ),
        (  # a time-out of the look-up itself
            "2024-05-01 10:00:00 ERROR lookup timed out for broker kafka-2.kafka-headless.kafka.svc",
            {("kafka-2.kafka-headless.kafka.svc", "timeout")},
        ),
        (  # a quoted name right after a keyword, then a colon: no JSON key
            'Couldn\'t resolve server "smtp.corp.net": timed out',
            {("smtp.corp.net", "timeout")},
        ),
        (  # `could not look up h: <reason>`
            "error: could not look up vault.vault.svc: server misbehaving",
            {("vault.vault.svc", "servfail")},
        ),
        (  # `failed to get address info for h`
            "Failed to get address info for ldap.corp.example.net",
            {("ldap.corp.example.net", "other")},
        ),
        (  # `unresolvable host: h`
            "unresolvable host: ldap.corp.example.net",
            {("ldap.corp.example.net", "other")},
        ),
        (  # `no such domain h`
            "no such domain ldap.corp.example.net",
            {("ldap.corp.example.net", "nxdomain")},
        ),
        (  # `DNS timeout for h`
            "DNS timeout for queue.mq.svc",
            {("queue.mq.svc", "timeout")},
        ),
        (  # `resolving h failed` (rules/failure_statements.py): the name between the verb and its verdict
            "resolving elastic.logging.svc failed",
            {("elastic.logging.svc", "other")},
        ),
        (
            "looking up queue.mq.svc timed out",
            {("queue.mq.svc", "timeout")},
        ),
        (  # `<rcode> on resolving h` (rspamd's wording, any program's)
            "worker-3: timeout on resolving cache.internal.example, 2 retries left",
            {("cache.internal.example", "timeout")},
        ),
        (
            "servfail on resolving cache.internal.example",
            {("cache.internal.example", "servfail")},
        ),
        (  # `h: cannot be resolved`, nothing after it (LABELS.md: nxdomain)
            "cache.internal.example: cannot be resolved",
            {("cache.internal.example", "nxdomain")},
        ),
        (  # `could not obtain address of h`
            "could not obtain address of cache.internal.example",
            {("cache.internal.example", "other")},
        ),
        (  # `dns query failed for h`
            "dns query failed for cache.internal.example (rcode=3)",
            {("cache.internal.example", "other")},
        ),
        (  # `failed resolving h: <reason>`: the reason's kind
            "failed resolving registry.corp.local: NXDOMAIN",
            {("registry.corp.local", "nxdomain")},
        ),
        (  # no address for the name, in words
            "E: no IP address found for mirror.corp.example",
            {("mirror.corp.example", "nxdomain")},
        ),
        (
            "[WARN] resolver: ldap.corp.example has no address records",
            {("ldap.corp.example", "nxdomain")},
        ),
        (  # `: Try again` after a look-up stated failed
            "warn: resolver lookup for minio.storage.svc failed: Try again",
            {("minio.storage.svc", "temporary")},
        ),
        (  # a reason a narrow pane parted, its rest on an indented line
            "error: read udp 10.1.0.5:43210->10.96.0.10:53: read: connection\n"
            "       refused while resolving nats.messaging.svc",
            {("nats.messaging.svc", "refused")},
        ),
    ],
)
def test_a_failed_lookup_stated_in_other_words_is_read(text: str, want: set[tuple[str, str]]) -> None:
    assert found(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "npm ERR! ERESOLVE could not resolve dependency tree; error resolving peer dependency react@18.2.0",
        "Error resolving dependencies for project com.example:app:jar:1.0.0",
        "[ERROR] Failed resolving plugin org.apache.maven.plugins:maven-compiler-plugin:3.11.0",
        "Module resolution failed: ./src/app.config.ts",
        "Dependency resolution failed for configuration ':app:debugCompileClasspath'",
        "helm: Error: template: chart/templates/deploy.yaml:12: error resolving value .Values.image.tag",
        "TypeScript: error resolving type reference directive 'node' in tsconfig.json",
        "kustomize: resolve error: accumulating resources from 'base/deployment.yaml'",
        "DNS lookup timeout set to 5s for resolver 10.96.0.10",
        "WARN resolve timeout=30s backend=redis.cache.svc",
        'Error: failed resolving secret reference "db-password" in namespace prod',
        "problem resolving conflicts in Cargo.lock",
        "Endpoints for service web has no address records",
        "Waiting: no IP address found for the node yet",
        "resolving dependencies failed",
        "Failed to determine IP address of container web: container is not running",
        "dns query failed for zone transfer: not authorized",
        "servfail on resolving: upstream list empty",
        "error: reference: cannot be resolved",
        "timeout resolving conflicts in state store after 30s",
        "Error resolving hostname conflicts: two entries for node-1.internal",
        "ERROR: Error resolving host variables for web01.example.com: undefined variable 'foo'",
        "coredns: dns timeout: 5s, max concurrent queries 1000",
        "Error: could not look up key 'db.password' in vault path secret/data/app",
        # curl -v's cache notice, then the connection it made
        "* Hostname was NOT found in DNS cache\n*   Trying 10.152.183.138...\n"
        "* Connected to web (10.152.183.138) port 80",
        # a JSON body's key, quoted with a colon after it, is no name
        '< {\n<   "error_code": "INVALID_STATE",\n<   "message": "request failed"\n< }',
    ],
)
def test_the_same_words_about_no_host_name_nothing(text: str) -> None:
    assert found(text) == set()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # the object of `could not resolve host`, not a quoted name the line names before it
            "mirror 'repo.maven.apache.org' via proxy.corp.example : Could not resolve host: proxy.corp.example",
            "proxy.corp.example",
        ),
        (  # `failed to resolve 'h'`: the name it resolved, not the one in quotes before
            "skipping 'api.github.com' mirror (config) -> failed to resolve 'ghproxy.corp.example'",
            "ghproxy.corp.example",
        ),
        (  # a file the program names (`file 'community.db'`) is no host
            "error: failed retrieving file 'community.db' from mirror.corp.example.org : Temporary failure in name"
            " resolution",
            "mirror.corp.example.org",
        ),
    ],
)
def test_the_generic_rule_alone_takes_the_verbs_object(text: str, want: str) -> None:
    assert {f.host for f in parse_with(text, specific=False)} == {want}


@pytest.mark.parametrize(
    "piece",
    [
        "error resolving ",
        "a resolve error: ",
        "Hostname resolution failed: a.b ",
        "x could not be found in DNS\n",
        'resolve server "a": ',
        "resolve timeout=1 ",
    ],
)
def test_a_hostile_megabyte_of_these_statements_parses_quickly(piece: str) -> None:
    line = megabyte_of(piece)
    elapsed = best_of(2, lambda: parse_failures(line))
    assert elapsed < GUARD, f"{elapsed:.3f}s for a 1 MB paste of {piece!r}"
