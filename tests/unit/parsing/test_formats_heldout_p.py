"""What the sixteenth held-out set missed (HELDOUT-p.md): names as printed in their format's slot (`Hit.printed`),
redis-py's WinSock codes, Kafka's `<unresolved>`, the nslookup command printed below its timeout, a reason the
terminal broke mid-word (its formats' modules), and a label saying the name fails being no stand-in (hosts.py). Each
example (runtime and format in its id) yields its failure, the look-alikes yield nothing or the real name, every new
rule fires."""

from __future__ import annotations

import pytest

from tests.unit.parsing.rounds import named_rules, triples, unfired

# held-out P's rules, now in the modules named by what they read
HELDOUT_P_RULES = named_rules(
    "php-getaddrinfo-path",
    "redis-cli-spaced-host",
    "curl-nil-host",
    "node-printed-host",
    "redis-py-winsock",
    "kafka-unresolved-address",
    "no-servers-command-below",
    # ("reason-wrapped-mid-word" since held-out DT: the cut word is put back before the rules read the paste, by
    # `cut_phrases`; the examples below are read as before)
)

_MINIKUBE = (
    "    \tutil.go:185: Error ;; connection timed out; no servers could be reached\n"
    "    \t\t\n"
    "    \t\tcommand terminated with exit code 1\n"
    "    \t\t running command [exec busybox-qf5m4 nslookup kubernetes]. Return code: exit status 1"
)
_SBA = (
    "config_1  |\n"
    "config_1  | java.lang.IllegalArgumentException: linuxkit-00155d002420: linuxkit-00155d002420: "
    "Name or service not kn\n"
    "own\n"
    "config_1  |     at de.codecentric.boot.admin.client.registration.DefaultApplicationFactory."
    "getLocalHost(DefaultAppli"
)
_NODE_MASKED = (
    "Error: getaddrinfo EAI_AGAIN ######\n"
    "    at /__w/1/s/node_modules/pg-pool/index.js:45:11 {\n"
    "  errno: -3001,\n"
    "  code: 'EAI_AGAIN',\n"
    "  syscall: 'getaddrinfo',\n"
    "  hostname: ######\n"
    "}"
)

# (id: runtime and format, source, text, {(host, kind, redacted)}); the first of each from the spent set's rows, the
# siblings in the runtime's own wording
EXAMPLES_HELDOUT_P: tuple[tuple[str, str, str, set[tuple[str, str, bool]]], ...] = (
    (
        "php-getaddrinfo-socket-path",
        "https://github.com/nextcloud-snap/nextcloud-snap/issues/2429",
        "RedisException: php_network_getaddresses: getaddrinfo for /tmp/sockets/redis.sock failed: Name or service not"
        " known in /snap/nextcloud/35562/htdocs/lib/private/RedisFactory.php:137",
        {("/tmp/sockets/redis.sock", "nxdomain", False)},
    ),
    (
        "php-getaddrinfo-socket-path-temporary",
        "PHP's php_network_getaddresses text",
        "php_network_getaddresses: getaddrinfo for /var/run/redis/redis.sock failed: Temporary failure in name "
        "resolution",
        {("/var/run/redis/redis.sock", "temporary", False)},
    ),
    (
        "redis-cli-host-with-a-space",
        "https://github.com/RedisLabs/redis-cluster-proxy/issues/99",
        "`Could not connect to Redis at redis-cluster-proxy 172.0.0.100:6379: Name does not resolve`",
        {("redis-cluster-proxy 172.0.0.100", "nxdomain", False)},
    ),
    (
        "git-curl-nil-host",
        "https://github.com/Homebrew/legacy-homebrew/issues/39605",
        "        fatal: unable to access 'https://github.com/Homebrew/homebrew.git/': Could not resolve host: (nil); "
        "nodename nor servname provided, or not known",
        {("(nil)", "nxdomain", False)},
    ),
    (
        "node-eai-again-quoted-name",
        "https://github.com/danny-avila/LibreChat/issues/21",
        'chatgpt-clone-api-1     | Error: getaddrinfo EAI_AGAIN "localhost"\n'
        "chatgpt-clone-api-1     |     at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:107:26)\n"
        "chatgpt-clone-api-1     |   hostname: '\"localhost\"'",
        {('"localhost"', "temporary", False)},
    ),
    (
        "node-eai-again-hash-masked",
        "https://github.com/bitnami/containers/issues/78964",
        _NODE_MASKED,
        {("######", "temporary", True)},
    ),
    (
        "python-redis-py-winsock-11001",
        "https://github.com/redis/redis-py/issues/3175",
        '{ "detail": "Error 11001 connecting to redis:6379. getaddrinfo failed." }',
        {("redis", "nxdomain", False)},
    ),
    (
        "python-redis-py-winsock-11002",
        "redis-py's `Error %s connecting to %s:%s. %s.` with WSATRY_AGAIN",
        "redis.exceptions.ConnectionError: Error 11002 connecting to cache.internal:6379. getaddrinfo failed.",
        {("cache.internal", "temporary", False)},
    ),
    (
        "java-kafka-unresolved-address",
        "https://github.com/ScorpioBroker/ScorpioBroker/issues/230",
        "java.io.IOException: Can't resolve address: kafka/<unresolved>:9092\n"
        "    at org.apache.kafka.common.network.Selector.doConnect(Selector.java:235) ~[kafka-clients-2.0.1.jar:na]",
        {("kafka", "other", False)},
    ),
    (
        "minikube-nslookup-command-below",
        "https://github.com/kubernetes/minikube/issues/3163",
        _MINIKUBE,
        {("kubernetes", "timeout", False)},
    ),
    (
        "java-reason-wrapped-mid-word",
        "https://github.com/codecentric/spring-boot-admin/issues/703",
        _SBA,
        {("linuxkit-00155d002420", "nxdomain", False)},
    ),
)


@pytest.mark.parametrize(("case", "source", "text", "want"), EXAMPLES_HELDOUT_P, ids=[e[0] for e in EXAMPLES_HELDOUT_P])
def test_heldout_p_format(case: str, source: str, text: str, want: set[tuple[str, str, bool]]) -> None:
    assert set(triples(text)) == want, (case, source)


def test_every_new_rule_fires() -> None:
    assert unfired(HELDOUT_P_RULES, (e[2] for e in EXAMPLES_HELDOUT_P)) == set()


# --- guards on look-alikes ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a socket path in a connect error, not handed to the resolver
        "Warning: connect(/tmp/sockets/redis.sock) failed: No such file or directory",
        # a wrapped line that is short: no terminal broke it (a sentence cut by the writer)
        "db: db: Name or service not kn\nown",
        # the next line does not complete the reason's word
        "x" * 60 + " resolver test: h1: h1: Name or service not kn\nothing else here",
        # Kafka's resolved address is no failure
        "Connecting to kafka/10.0.0.5:9092",
        # a Markdown heading after a Node error with no name
        "Error: getaddrinfo EAI_AGAIN\n### Steps to reproduce",
        # the timeout's command is below but in another block
        ";; connection timed out; no servers could be reached\n```\nrunning command [exec p nslookup kubernetes]",
        ";; connection timed out; no servers could be reached\n\nrunning command [exec p nslookup kubernetes]",
        # another command's text below: not the nslookup that ran
        ";; connection timed out; no servers could be reached\nrunning command [exec p cat /etc/resolv.conf]",
    ],
)
def test_look_alikes_report_nothing(text: str) -> None:
    assert triples(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a plain redis-cli host is read by the glibc-reason rule, once
        (
            "Could not connect to Redis at redis:6379: Name or service not known",
            [("redis", "nxdomain", False)],
        ),
        # the command above the timeout wins over one below
        (
            "/ # nslookup kubernetes.default\n;; connection timed out; no servers could be reached\n"
            "running command [exec p nslookup other]",
            [("kubernetes.default", "timeout", False)],
        ),
        # a real host name after `Could not resolve host:` is not `(nil)`
        ("curl: (6) Could not resolve host: github.com", [("github.com", "nxdomain", False)]),
        # Node's plain name stays unquoted
        ("Error: getaddrinfo EAI_AGAIN db", [("db", "temporary", False)]),
        # redis-py's other errno still reads its reason
        (
            "Error -2 connecting to redis:6379. Name or service not known.",
            [("redis", "nxdomain", False)],
        ),
        # a label saying the name fails is a name looked up on purpose, not a stand-in...
        (
            "ERROR: http://not-a-valid-domain-name.com/v1 is not accessible (Could not resolve host: "
            "not-a-valid-domain-name.com)",
            [("not-a-valid-domain-name.com", "nxdomain", False)],
        ),
        # ...while a name of a name still is
        ("Could not resolve host: your-domain-name.com", [("your-domain-name.com", "nxdomain", True)]),
        ("Could not resolve host: my-domain-name.com", [("my-domain-name.com", "nxdomain", True)]),
    ],
)
def test_guards(text: str, want: list[tuple[str, str, bool]]) -> None:
    assert triples(text) == want
