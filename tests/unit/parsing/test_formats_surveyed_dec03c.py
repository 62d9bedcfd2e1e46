"""Formats read from programs' own sources by the ninth and tenth surveys (issue #17): self-hosted applications, Python
and Node libraries, observability agents, Kubernetes operators, the Chinese cloud-native ecosystem, database servers and
proxies, JVM and data platforms; each case names its program and format, with the look-alikes that must stay unread.
No row of any held-out set was read to write them."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from tests.unit.parsing.speed import parses_quickly


def found(text: str) -> set[tuple[str, str]]:
    return {(f.host, f.kind) for f in parse_failures(text)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # FreshRSS: libcurl's time-out, the feed's URL after it
            "[Thu, 03 Dec 2026 10:00:00 +0000] [warning] --- cURL error 28: Resolving timed out after 10001 "
            "milliseconds [https://feeds.example.org/rss.xml]",
            {("feeds.example.org", "timeout")},
        ),
        (  # Matomo: the same, its host after it
            "ERROR Matomo\\Plugins\\Marketplace: curl_exec: Resolving timed out after 5001 milliseconds. Hostname "
            "requested was: api.matomo.org",
            {("api.matomo.org", "timeout")},
        ),
        (  # mailcow's acme: an empty `dig +short`
            "acme-mailcow-1  | Thu Dec  3 10:00:00 UTC 2026 - No A or AAAA record found for hostname "
            "autoconfig.example.org",
            {("autoconfig.example.org", "nxdomain")},
        ),
        (  # mailcow's watchdog
            "Domain stackoverflow.com was not found by the server",
            {("stackoverflow.com", "nxdomain")},
        ),
        (  # mailcow's unbound health check giving up
            "2026-12-03 10:00:00: Healthcheck: DNS Resolution not possible after 3 attempts for github.com... Gave up!",
            {("github.com", "other")},
        ),
        (  # WeKan's SSRF guard (its prefix is no name)
            "Error: SSRF_GUARD: DNS resolution failed for: hooks.example.org",
            {("hooks.example.org", "other")},
        ),
        (
            "Error: Webhook request failed: SSRF_GUARD: No DNS records returned for: hooks.example.org "
            "[invalid-webhook-url]",
            {("hooks.example.org", "other")},
        ),
        (  # Cortex: memberlist's members, each name of its addrs
            'level=warn caller=memberlist_client.go:660 msg="failed to resolve members" '
            "addrs=dns+memberlist.cortex.svc:7946,dnssrv+_memberlist._tcp.gossip.cortex.svc",
            {("memberlist.cortex.svc", "other"), ("_memberlist._tcp.gossip.cortex.svc", "other")},
        ),
        (  # Cortex: the store-gateway's addresses
            "no address resolved for the store-gateway service addresses dns+store-gateway.cortex.svc:9095",
            {("store-gateway.cortex.svc", "other")},
        ),
        (  # Fabric's GroupException
            "fabric.exceptions.GroupException: {<Connection host=db.internal>: gaierror(-2, 'Name or service not "
            "known')}",
            {("db.internal", "nxdomain")},
        ),
        (  # Paramiko's canonicalization
            "paramiko.ssh_exception.CouldNotCanonicalize: bastion",
            {("bastion", "other")},
        ),
        (  # Paramiko's connect call in a traceback's code line
            "Traceback (most recent call last):\n"
            '  File "/app/deploy.py", line 12, in <module>\n'
            "    client.connect('db.internal', port=22, username=\"ops\")\n"
            "socket.gaierror: [Errno -2] Name or service not known",
            {("db.internal", "nxdomain")},
        ),
        (  # Playwright (Firefox and WebKit): the URL in the call log below
            'page.goto: NS_ERROR_UNKNOWN_HOST\nCall log:\n  - navigating to "https://registry.example.org/", waiting '
            'until "load"',
            {("registry.example.org", "nxdomain")},
        ),
        (
            'page.goto: Couldn\'t resolve host name\nCall log:\n  - navigating to "https://registry.example.org/", '
            'waiting until "load"',
            {("registry.example.org", "nxdomain")},
        ),
        (  # RAGFlow's REST connector: the quoted URL's host
            "2024-05-10 08:12:44,512 INFO     3412 DNS resolution failed for REST API connector URL "
            "'https://api.example.org/v1/items': [Errno -3] Temporary failure in name resolution",
            {("api.example.org", "temporary")},
        ),
        (  # RAGFlow's SSRF guards (Python, Go): the name resolved to no address
            "ValueError: Hostname 'docs.example.org' resolved to no addresses.",
            {("docs.example.org", "nxdomain")},
        ),
        (
            "invoke: ssrf: api.example.org has no A/AAAA records",
            {("api.example.org", "nxdomain")},
        ),
        (  # Knative's default-domain job
            'Error resolving the IP address of "ingress.example.org"',
            {("ingress.example.org", "other")},
        ),
        (  # WildFly's mail subsystem
            "ERROR [org.jboss.as.mail.extension] WFLYMAIL0009: Host name [smtp.internal] could not be resolved!",
            {("smtp.internal", "nxdomain")},
        ),
        (  # Dragonfly's replica
            "E20240501 10:00:00.123 1 replica.cc:252] Error resolving dns to master.dragonfly.svc (phase: 1): "
            "generic:113",
            {("master.dragonfly.svc", "other")},
        ),
        (  # pgcat's resolver (its own spelling)
            "WARN pgcat::dns_cache: There was an error trying to resolv db.internal: (request timed out).",
            {("db.internal", "timeout")},
        ),
        (
            "ERROR pgcat::server: Error trying to resolve db.internal, (ResolveError { kind: Timeout })",
            {("db.internal", "timeout")},
        ),
        (  # ProxySQL's monitor: getaddrinfo's code
            "MySQL_Monitor.cpp:4642:monitor_dns_resolver_thread(): [ERROR] An error occurred while resolving hostname: "
            "mysql-0.mysql.db.svc [-2]",
            {("mysql-0.mysql.db.svc", "nxdomain")},
        ),
        (  # Rainbond's builder: the image's registry
            "[ImagePull] Pull image registry.example.org/team/app:v1 failed: DNS resolution failed",
            {("registry.example.org", "other")},
        ),
        (  # Sealos' resolver: the RCODE's kind
            '{"level":"error","msg":"DNS server returned error code: REFUSED for domain app.example.org"}',
            {("app.example.org", "refused")},
        ),
        (  # Prefect: the API's URL under the resolver's reason
            "httpx.ConnectError: [Errno -3] Temporary failure in name resolution\n\nThe above exception was the direct "
            "cause of the following exception:\n\nRuntimeError: Failed to reach API at http://prefect-server:4200/api/",
            {("prefect-server", "temporary")},
        ),
        (
            "Error: Network error - [Errno -2] Name or service not known\n\nCould not connect to API at: "
            "http://prefect-server:4200/api",
            {("prefect-server", "nxdomain")},
        ),
    ],
)
def test_surveyed_format(text: str, want: set[tuple[str, str]]) -> None:
    assert found(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # Jellyfin: a language code, no host
        "[2026-12-03 10:00:00.000 +00:00] [INF] [12] Jellyfin.Server.Migrations.Routines.FixLibrarySubtitleDownload"
        "Languages: Could not resolve language 'eng' in library 'Movies'. Skipping.",
        # Appwrite: a public-suffix check
        '{"message":"DNS verification failed as domain app.mysite.dev does not resolve to a known public apex '
        'domain.","code":400,"type":"rule_verification_failed"}',
        # qdrant's shard transfer, RAGFlow's dataset, huggingface_hub's cached revision: no hosts
        '{"status":{"error":"Service internal error: Failed to resolve shard diff: cannot resolve WAL delta: recovery '
        'point has no clocks to resolve delta for"},"time":0.0}',
        "ValueError: Could not resolve datasets '3f2a9c1e8b7d4e6fa0c1b2d3e4f5a6b7' to a folder",
        "ValueError: Revision 'main' could not be resolved in cache (expected file '/root/.cache/huggingface/hub/"
        "models--bert-base-uncased/refs/main').",
        # operators resolving what is no host: external-secrets, KEDA, the AWS load balancer controller, the
        # descheduler, CloudNativePG, Karmada, Volcano
        'could not resolve auth credentials: cannot get Kubernetes secret "bw-token" from namespace "default": '
        'secrets "bw-token" not found',
        'failed to resolve vault: failed to resolve vault "Production": vault "Production" not found',
        "error parsing RabbitMQ metadata: unknown host URL scheme: `amqp2`",
        "failed to resolve DNS name k8s-default-echo-0a1b2c3d4e.elb.us-west-2.amazonaws.com to ARN: no load balancer "
        "found for dns k8s-default-echo-0a1b2c3d4e.elb.us-west-2.amazonaws.com",
        'failed to resolve storage class for pod "default"/"data-web-0"',
        'cannot resolve extensions from catalog: extension "pgvector" found in image catalog',
        'Failed to resolve for resourceBinding(default/x): deployments.apps "x" not found',
        "failed to lookup device on ns:ifName(cni0): Link not found",
        # Prefect's API error with no resolver reason above it; pgcat's connect error (no name on its line)
        "RuntimeError: Failed to reach API at http://prefect-server:4200/api/",
        "ERROR pgcat::server: Could not connect to server: failed to lookup address information: Name or service not "
        "known",
        # Rainbond pulling a Docker Hub image: no registry host named
        "[ImagePull] Pull image library/nginx:latest failed: DNS resolution failed",
        # the DogStatsD client: the packet it drops is no host
        "Error submitting packet: [Errno -2] Name or service not known, dropping the packet and closing the socket",
    ],
)
def test_their_lookalikes_name_nothing(text: str) -> None:
    assert found(text) == set()


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "Resolving timed out after 1 milliseconds [https://",
        "DNS resolution failed for REST API connector URL 'https://",
        "hostname='a' resolved to no addresses ",
        "An error occurred while resolving hostname: a [",
        "Pull image a/b failed: DNS resolution failed ",
        "DNS server returned error code: REFUSED for domain ",
        "No A or AAAA record found for hostname ",
        "SSRF_GUARD: DNS resolution failed for: ",
        'msg="failed to resolve members" addrs=dns+a:1,dns+',
        "<Connection host=a>: gaierror(-2, '",
        'page.goto: NS_ERROR_UNKNOWN_HOST\n  - navigating to "https://',
    ]
)
