"""Formats from held-out HN-HU's misses (issue #17, session 56; spent data: the sets were measured before these rules
were written): each case names the program and the format, with look-alikes that must stay no failure."""

from __future__ import annotations

from checks.parsing.normalize import normalize
from checks.parsing.rules import script_and_debug_texts
from tests.unit.parsing.rounds import flags, reads, reads_nothing, unfired
from tests.unit.parsing.speed import parses_quickly

_HYPER = (
    "failed with error error trying to connect: dns error: failed to lookup address information: Name or service not "
    "known\n\n```\n08:15:51 [DEBUG] (6) kube_client::client::builder: requesting\n"
    "08:15:51 [DEBUG] (10) hyper::client::connect::dns: [/root/.cargo/registry/src/hyper-0.14.20/src/client/connect/"
    'dns.rs:122] resolving host="kubernetes.default.svc"\n'
    '08:15:51 [DEBUG] (6) kube_client::client::builder: HTTP; otel.status_code="ERROR"\n```'
)

ROUND: list[tuple[str, set[tuple[str, str]]]] = [
    (  # JFrog's build-info client: the request line, then the UnknownHostException's message, the bare name
        "Error occurred for request GET /artifactory/api/system/version HTTP/1.1: artifact.it.example.net.\n"
        "Attempting retry #1",
        {("artifact.it.example.net", "other")},
    ),
    (  # hyper (kube-rs): the host-less DNS error, its debug line below naming the host
        _HYPER,
        {("kubernetes.default.svc", "nxdomain")},
    ),
    (  # hyper's debug line above the error, reqwest's wording
        'DEBUG hyper::client::connect::dns: resolving host="api.internal"\n'
        "Error: error sending request for url (http://api.internal/): error trying to connect: dns error: failed to "
        "lookup address information: Temporary failure in name resolution",
        {("api.internal", "temporary")},
    ),
    (  # Tars' TC_Socket: glibc's reentrant call, errno unset (`error :Success`)
        "[TARS][AdapterProxy::checkActive connect objname:tars.tarsregistry.QueryObj,desc:tcp -h registry.tars.com -p "
        "17890 -t 60000, ex:[TC_Socket::parseAddr] gethostbyname_r(registry.tars.com) error :Success",
        {("registry.tars.com", "other")},
    ),
    (  # OceanBase's client (obclient), MySQL's message with its own product's name: an option taken for the host
        "Enter password: ERROR 2005 (HY000): Unknown OceanBase server host '-P2881' (-2)",
        {("-p2881", "nxdomain")},  # (names are reported in lower case)
    ),
    (  # and a name
        "ERROR 2005 (HY000): Unknown OceanBase server host 'ob-proxy.ob.svc' (-3)",
        {("ob-proxy.ob.svc", "temporary")},
    ),
    (  # the JDK's exception named in a sentence before a real one
        "exposed as a UnknownHostException pointing to internal DNS. For example java.net.UnknownHostException: "
        "cjoc.cloudbees-core.svc.cluster.local",
        {("cjoc.cloudbees-core.svc.cluster.local", "nxdomain")},
    ),
    (  # no colon, the name then the stack frame (held-out CW's row: still the name)
        "> UnknownHostException metadata  java.net.AbstractPlainSocketImpl.connect (AbstractPlainSocketImpl.java:184)",
        {("metadata", "nxdomain")},
    ),
]

LOOKALIKES = [
    # mysqld resolving a client's address back: a reverse look-up (LABELS.md)
    "2023-01-17T11:14:48.656153Z 26155 [Warning] [MY-010055] [Server] IP address '71.6.232.24' could not be resolved: "
    "Name or service not known",
    # TiDB's PD script: failed, then resolved (product_sources.py reads it so; HN-HU's row is a label choice)
    "nslookup domain demo-pd-0.demo-pd-peer.tidb.svc failed\n\n"
    "nslookup domain demo-pd-0.demo-pd-peer.tidb.svc failed\n\n"
    "Name:      demo-pd-0.demo-pd-peer.tidb.svc\nnslookup domain demo-pd-0.demo-pd-peer.tidb.svc success",
    # hyper resolving with no DNS error in the paste
    'DEBUG hyper::client::connect::dns: resolving host="api.internal"\n'
    "DEBUG hyper::client::connect::http: connected to 10.0.0.5:443",
    # JFrog's request line with another error than a bare name
    "Error occurred for request GET /artifactory/api/system/version HTTP/1.1: Connection refused (Connection refused).",
    "Error occurred for request GET /artifactory/api/system/version HTTP/1.1: Read timed out.",
    # the exception's name in prose with nothing after it
    "Communication is failing, exposed as a UnknownHostException pointing to internal DNS.",
]

STAND_INS: list[tuple[str, set[tuple[str, str, bool]]]] = [
    # `my` + words + `url` run together: the description of a name (LABELS.md, as `my-artifactory-url`)
    (
        "Error occurred for request GET /artifactory/api/system/version HTTP/1.1: myartifactoryurl.com: No address "
        "associated with hostname.",
        {("myartifactoryurl.com", "nxdomain", True)},
    ),
    # two stars typed over part of a name are a mask, not Markdown bold (`**` ... `**` inside names)
    (
        "UnknownEndpoint: Inaccessible host: `ssm.us-west-**.amazonaws.com'. This service may not be available in the "
        "`us-west-**' region.",
        {("ssm.us-west-**.amazonaws.com", "nxdomain", True)},
    ),
]


test_each_format_is_read = reads(ROUND)
test_lookalikes_name_no_failure = reads_nothing(LOOKALIKES)
test_stand_ins_are_flagged = flags(STAND_INS)


def test_markdown_bold_is_still_read_as_bold() -> None:
    assert normalize("**Full Error**: lookup **db.internal** failed") == "Full Error: lookup db.internal failed"
    assert normalize("a name (**api.example.com**) failed") == "a name (api.example.com) failed"


def test_every_rule_of_the_round_fires() -> None:
    assert unfired(script_and_debug_texts.RULES, [text for text, _ in ROUND]) == set()


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "Error occurred for request GET /a HTTP/1.1: a.b.\n",
        'hyper::client::connect::dns: resolving host="a" dns error: x\n',
        "gethostbyname_r(a.b) error :Success ",
        "Unknown OceanBase server host '-Pa' (-2) ",
        "UnknownHostException pointing to ",
        "us-west-**.a ",
    ]
)


REVIEW: list[tuple[str, set[tuple[str, str]]]] = [
    # an undotted name after the exception, then a sentence: still the name
    ("I keep getting java.net.UnknownHostException mysql when the app starts", {("mysql", "nxdomain")}),
    # bold right after CJK text is a bold (its stars are no part of the name)
    ("执行 curl 时提示**curl: (6) Could not resolve host: api.example.com**", {("api.example.com", "nxdomain")}),
    ("エラー**getaddrinfo ENOTFOUND db.internal**が出ます", {("db.internal", "nxdomain")}),
    # a debug log of many look-ups: only the one the error ended
    (
        '... DEBUG hyper::client::connect::dns: resolving host="kubernetes.default.svc"\n'
        "... DEBUG hyper::client::connect::http: connected to 10.96.0.1:443\n"
        '... DEBUG hyper::client::connect::dns: resolving host="metrics.internal.example"\n'
        "... ERROR kube_client: error trying to connect: dns error: failed to lookup address information: Name or "
        "service not known",
        {("metrics.internal.example", "nxdomain")},
    ),
    # hyper 1.x's target (hyper-util)
    (
        'DEBUG hyper_util::client::legacy::connect::dns: resolving host="api.internal"\n'
        "Error: dns error: failed to lookup address information: Temporary failure in name resolution",
        {("api.internal", "temporary")},
    ),
    # the `_r` call that returned, or grows its buffer
    ("gethostbyname_r(db.internal) returned 0", set()),
    ("gethostbyname_r(cache.internal) error ERANGE, retrying with a bigger buffer", set()),
    # a file or a version in JFrog's request line
    ("Error occurred for request PUT /libs/app-1.2.jar HTTP/1.1: build-info.json.", set()),
    ("Error occurred for request GET /api HTTP/1.1: v1.2.3.", set()),
    # other forks of MySQL's client
    ("ERROR 2005 (HY000): Unknown Percona server host 'db.internal' (-2)", {("db.internal", "nxdomain")}),
]


test_what_the_review_found = reads(REVIEW, "review")
