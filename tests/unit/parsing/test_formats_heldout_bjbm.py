"""Formats held-out sets BJ to BM (issue #17) met that no rule read, each by program and format, with the look-alikes
that must stay unread (the sets' own rows are scored in test_heldout.py)."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from tests.unit.parsing.speed import parses_quickly


def found(text: str) -> set[tuple[str, str]]:
    return {(f.host, f.kind) for f in parse_failures(text)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # Puppeteer: page.goto's error, the code before the URL
            "Error: net::ERR_NAME_NOT_RESOLVED at https://app.internal/login?next=%2F",
            {("app.internal", "nxdomain")},
        ),
        (  # OpenDKIM: the resolver's failure with no reason
            "opendkim[90]: 4F1: key retrieval failed (s=sel1, d=example.org): 'sel1._domainkey.example.org' unexpected "
            "reply class/type (-1/-1)",
            {("sel1._domainkey.example.org", "other")},
        ),
        (  # rspamd: a monitored RBL's error and its retries
            "2024-01-02 10:11:20 #8122(normal) <b4y1d3>; monitored; rspamd_monitored_propagate_error: timeout on "
            "resolving bl.example.net, 3 retries left",
            {("bl.example.net", "timeout")},
        ),
        (
            "2024-01-02 10:12:19 #8128(normal) <q5zzqk>; monitored; rspamd_monitored_propagate_error: servfail on "
            "resolving dnsbl.example.org, 2 retries left",
            {("dnsbl.example.org", "servfail")},
        ),
        (  # rspamd's DMARC reporting
            "2024-01-02 02:20:25 #28278(controller) <3txadb>; lua; dmarc.lua:973: Lookup error "
            "[example.org._report._dmarc.reports.example.net]: query timed out",
            {("example.org._report._dmarc.reports.example.net", "timeout")},
        ),
        (  # Postfix's dnsblog (postscreen)
            "postfix/dnsblog[123]: warning: dnsblog reply timeout 10s for bl.example.net",
            {("bl.example.net", "timeout")},
        ),
        (  # mailcow's unbound health check
            "2025-02-02 13:11:15: Healthcheck: DNS Resolution Failed on attempt 1 for rspamd.example.org! Trying "
            "again...",
            {("rspamd.example.org", "other")},
        ),
        (  # ddev: the project's name is not resolvable yet (LABELS.md's bare "not resolvable" since session 52)
            "The hostname shop.ddev.site is not currently resolvable, trying to add it to the hosts file",
            {("shop.ddev.site", "nxdomain")},
        ),
        (  # Cherokee: `The 'h' host name cannot be resolved.`, nothing after it: nxdomain (LABELS.md, after BM)
            "[FATAL ERROR]: The 'web-backend' host name cannot be resolved.",
            {("web-backend", "nxdomain")},
        ),
        (  # the same words with a reason after them: the reason's kind
            "The 'web-backend' host name cannot be resolved: Temporary failure in name resolution",
            {("web-backend", "temporary")},
        ),
        (  # kafka-python: `[Errno -3] Lookup timed out`: the words over the code (LABELS.md, after BM)
            "DNS lookup failed for kafka-0.kafka:9092, exception was [Errno -3] Lookup timed out. Is your "
            "advertised.listeners correct?",
            {("kafka-0.kafka", "timeout")},
        ),
        (  # redis-py: `Error -3 connecting to h:port. Lookup timed out.`
            "redis.exceptions.ConnectionError: Error -3 connecting to redis-master:6379. Lookup timed out.",
            {("redis-master", "timeout")},
        ),
        (  # ... and with glibc's EAI_AGAIN text after the code
            "redis.exceptions.ConnectionError: Error -3 connecting to redis-master:6379. Temporary failure in name "
            "resolution.",
            {("redis-master", "temporary")},
        ),
        (  # syslog-ng: a destination's host, no reason
            "[2024-01-02T11:26:07.114541] Error resolving hostname; host='logs.internal'",
            {("logs.internal", "other")},
        ),
        (  # Nacos' client: the JDK's bare UnknownHostException message after the URL it named
            "ERROR [SecurityProxy] login http request failed url: http://nacos-headless:8848/nacos/v1/auth/users/login,"
            " params: {username=nacos}, bodyMap: {password=nacos}, errorMsg: nacos-headless",
            {("nacos-headless", "other")},
        ),
        (  # Python: the socket's own connect call in the traceback's code line
            "Traceback (most recent call last):\n"
            '  File "/app/utils.py", line 176, in get_ip\n'
            '    s.connect(("metrics.internal", 80))\n'
            "socket.gaierror: [Errno -3] Temporary failure in name resolution",
            {("metrics.internal", "temporary")},
        ),
        (  # nginx: the resolver's reason wrapped to the next line
            "2019/06/26 23:44:30 [error] 35#0: *206 api.internal could not be resolved \n"
            "(3: Host not found), client: 172.17.0.1, server: , ",
            {("api.internal", "nxdomain")},
        ),
        (  # bind's nslookup: a one-label search domain appended to the name asked
            "$ kubectl exec -it dnsutils -- nslookup orders.default.svc.cluster\n"
            "Server:\t\t10.43.0.10\nAddress:\t10.43.0.10#53\n\n"
            "** server can't find orders.default.svc.cluster.CORP: SERVFAIL",
            {("orders.default.svc.cluster", "servfail")},
        ),
        (  # Envoy: a failed attempt with no success after it
            "[debug][dns] [source/extensions/network/dns_resolver/cares/dns_impl.cc:133] dns resolution for backend "
            "failed with c-ares status 4",
            {("backend", "nxdomain")},
        ),
        (  # `host`: the name failed against the default server, resolved against another asked below
            "# host printer\nHost printer not found: 3(NXDOMAIN)\n\n# host printer 192.168.1.1\nUsing domain server:\n"
            "Name: 192.168.1.1\n\nprinter has address 192.168.1.61",
            {("printer", "nxdomain")},
        ),
    ],
)
def test_format_now_read(text: str, want: set[tuple[str, str]]) -> None:
    assert found(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # `host h`: the A record answered, the AAAA query's NXDOMAIN is no failure of the name
        "db.podman has address 10.89.0.2\nHost db.podman not found: 3(NXDOMAIN)\nHost db.podman not found: 3(NXDOMAIN)",
        # Envoy: c-ares failed for one family, then the same name completed
        "[debug][dns] dns_impl.cc:133] dns resolution for contour failed with c-ares status 1\n"
        "[debug][dns] dns_impl.cc:245] dns resolution for contour completed with status 0",
        # rspamd: a Redis script upload's time-out, no look-up
        "rspamd-mailcow_1 | lua; lua_redis.lua:1074: cannot upload script to 172.22.1.249: timeout while connecting",
        # an error message that is no host (a sentence), after a URL
        "ERROR [SecurityProxy] login http request failed url: http://nacos:8848/nacos/v1/auth/users/login, "
        "errorMsg: Connection refused",
    ],
)
def test_their_lookalikes_name_nothing(text: str) -> None:
    assert found(text) == set()


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "timeout on resolving a, 3 retries left ",
        "Lookup error [a]: ",
        "dnsblog reply timeout 1s for ",
        "DNS Resolution Failed on attempt 1 for ",
        "request failed url: http://a:1/, errorMsg: ",
        "a could not be resolved \n",
        "ERR_NAME_NOT_RESOLVED at https://",
        's.connect(("a", 1))\n',
        "a has address 1.2.3.4\nHost a not found: 3(NXDOMAIN)\n",
    ]
)
