"""Look-alikes read from products' own source (issue #17, 2026-12-05: eight helpers read package managers, Kubernetes
controllers, runtimes and registries, proxies, DNS servers, frameworks, drivers and observability agents for messages
in a failed look-up's words that are none): each names the program and the form; and .NET's service discovery
resolver, met there."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from tests.unit.parsing.rounds import reads, reads_nothing
from tests.unit.parsing.speed import GUARD, best_of, megabyte_of

LOOKALIKES = [
    # Maven's SCM resolver: a version to a commit of a repository's URL
    "[ERROR] Could not resolve v2.4.1 to a commit of https://gitlab.acme-corp.com/platform/shared-config.git.",
    # pnpm: a git dependency, a catalog
    '[ERR_PNPM_GIT_RESOLVE_FAILED] Failed to resolve git dependency "github:acme-oss/eslint-plugin#release/next": git '
    "ls-remote failed: remote: Repository not found.",
    "[ERR_PNPM_CATALOG_IN_OVERRIDES] Could not resolve a catalog in the overrides: No catalog entry 'undici' was found",
    # uv: a build's requirements
    "  ├─▶ Failed to resolve requirements from `build-system.requires`",
    # Argo CD: an OCI manifest by digest
    'level=error msg="finished unary call" error="error resolving oci manifest for digest sha256:7a1c0e5f3b9d2e4a6c8f: '
    'ghcr.io/acme/charts/api@sha256:7a1c0e5f3b9d2e4a6c8f: not found"',
    # Kustomize: a field path
    "Error: failed to look up metadata.configFn: wrong node kind: expected MappingNode but got ScalarNode",
    # ExternalDNS on Cloudflare: a zone by its id, through the API
    'level=error msg="zone \\"023e105f4ecef8ad9ca31a8372d0c353\\" lookup failed, Authentication error (10000)"',
    # KEDA: auth params and a metric name
    'ERROR\tscalers_builder\terror resolving auth params\t{"name": "kafka-consumer", "error": "key '
    "'bootstrap.servers' "
    'not found"}',
    # an admission policy's kind lookup
    'ERROR\tvap\tfailed to resolve kind for group externaldns.k8s.io, version v1alpha1\t{"error": '
    '"kind lookup failed for '
    'externaldns.k8s.io/v1alpha1, Resource=dnsendpoints"}',
    # Gatekeeper: external data placeholders
    '{"level":"error","msg":"failed to mutate object","error":"failed to resolve external data placeholders: failed to '
    'find external data provider tag-to-digest.acme.io in responses"}',
    # Distribution: an upload and a repository
    'level=error msg="error resolving upload: blob upload unknown" http.request.host=registry.acme-corp.io',
    'level=error msg="error resolving repository: repository name must be canonical" '
    "http.request.host=registry.acme.io",
    # Linkerd's service mirror: the gateway's addresses for a Service
    'level=warning msg="could not resolve gateway addresses for books.booksapp; setting endpoint subsets to not ready"',
    # the Loki operator: a storage secret
    '{"_error":"failed to lookup lokistack storage secret: Secret \\"logging-loki-s3\\" not found"}',
    # the OTel Collector: a middleware; Telegraf: a parent object and an event
    "Error: cannot start pipelines: failed to resolve middleware "
    '"headers_setter/tenant.example.com": middleware not found',
    "2024-05-10T12:07:00Z W! [inputs.vsphere] Error while resolving parent. Assuming no parent exists.",
    # a JSON Schema's remote `$ref`
    "InvalidArgumentException: Unable to resolve non-local JSON Schema $ref [https://schemas.acme.io/order/v2.json].",
    # .NET's resolver: a debug trace of a query
    "dbug: Microsoft.Extensions.ServiceDiscovery.Dns.Resolver.DnsResolver[1]\n"
    "      Resolving A webfrontend.contoso.net on 10.0.0.2:53 attempt 1",
]

ROUND: list[tuple[str, set[tuple[str, str]]]] = [
    (  # .NET's service discovery resolver (Microsoft.Extensions.ServiceDiscovery.Dns)
        "warn: Microsoft.Extensions.ServiceDiscovery.Dns.Resolver.DnsResolver[6]\n"
        "      Query A orders-db.internal.contoso.net on 10.0.0.2:53 attempt 1: server indicates given name does not "
        "exist.",
        {("orders-db.internal.contoso.net", "nxdomain")},
    ),
    (
        "      Query SRV _http._tcp.ordering.default.svc.cluster.local on 10.96.0.10:53 attempt 2 timed out.",
        {("_http._tcp.ordering.default.svc.cluster.local", "timeout")},
    ),
    (
        "      Query A identity.contoso.net on 192.168.1.1:53 attempt 1 failed due to a network error.",
        {("identity.contoso.net", "other")},
    ),
    (
        "fail: Microsoft.Extensions.ServiceDiscovery.Dns.Resolver.DnsResolver[3]\n"
        "      Server 10.0.0.2:53 replied with ServerFailure when querying A catalog-api.svc.contoso.net",
        {("catalog-api.svc.contoso.net", "servfail")},
    ),
    (
        "      System.InvalidOperationException: No DNS records were found for service 'redis-cache' (DNS name: "
        "'redis-cache.contoso.net').",
        {("redis-cache.contoso.net", "nxdomain")},
    ),
    (  # a key lookup's guard leaves the resolver's own `lookup failed` read
        "dns lookup failed for payments.internal: no such host",
        {("payments.internal", "nxdomain")},
    ),
]


test_lookalikes_name_no_failure = reads_nothing(LOOKALIKES, None)
test_each_format_is_read = reads(ROUND, None)


@pytest.mark.parametrize(
    "piece",
    [
        "Query A a.b on c attempt 1 timed out. Server a replied with Refused when querying A a.b kind lookup failed ",
        'zone "a" lookup failed cache lookup failed failed to resolve git dependency a.b: x ',
    ],
)
def test_a_hostile_megabyte_of_these_forms_parses_quickly(piece: str) -> None:
    line = megabyte_of(piece)
    assert best_of(3, lambda: parse_failures(line)) < GUARD
