"""Formats held-out sets CI to CL (issue #17) met that no rule read, each by program and format, with the look-alikes
that must stay unread (the sets' own rows are scored in test_heldout.py)."""

from __future__ import annotations

import pytest

from checks.parsing.normalize import normalize
from tests.unit.parsing.rounds import flagged, found, named_rules, reads, unfired
from tests.unit.parsing.speed import parses_quickly

ROUND = [
    (  # rebar3 / Erlang's httpc: the `failed_connect` term pretty-printed across indented lines
        "===> Hex get_package request failed: {error,\n"
        "                                  {failed_connect,\n"
        "                                   [{to_address,\n"
        '                                     {"repo.hex.pm",443}},\n'
        "                                    {inet,[inet],nxdomain}]}}",
        {("repo.hex.pm", "nxdomain")},
    ),
    (  # the same with `eai_again` (a temporary failure)
        '{failed_connect,\n [{to_address,\n   {"builds.hex.pm",443}},\n  {inet,[inet],eai_again}]}',
        {("builds.hex.pm", "temporary")},
    ),
    (  # Terraform's Go error wrapped under a CI console's time stamps (Jenkins' Timestamper)
        "11:21:45 data.vsphere_network.network: error fetching network: Post \n"
        "11:21:45 https://vc.corp.test/sdk: dial tcp: lookup \n"
        "11:21:45 vc.corp.test: context canceled",
        {("vc.corp.test", "other")},
    ),
    (  # a code fence's language tag glued to the command when a page's copy dropped the fence and its line break
        "bashdig @127.0.0.1 -p 30053 example.com\n;; communications error to 127.0.0.1#30053: timed out",
        {("example.com", "timeout")},
    ),
    (  # urllib3 (OCI CLI): a label after the first opening on `--`, a template's option left in the name
        "HTTPSConnectionPool(host='iaas.--region.oraclecloud.com', port=443): Max retries exceeded with url: /x "
        "(Caused by NewConnectionError('<x>: Failed to establish a new connection: [Errno -2] Name or service not "
        "known',))",
        {("iaas.--region.oraclecloud.com", "nxdomain")},
    ),
    (  # reqwest: a real URL whose query is percent-encoded is no stand-in; its host is read
        "error sending request for url (http://metadata/computeMetadata/v1/token?audience=https%3A%2F%2Fexample.com%2F"
        "x): error trying to connect: dns error: failed to lookup address information: Temporary failure in name "
        "resolution",
        {("metadata", "temporary")},
    ),
]


test_the_rounds_formats_are_read = reads(ROUND, "")


def test_every_rule_of_the_round_fires() -> None:
    assert unfired(named_rules("erlang-failed-connect-printed"), [text for text, _ in ROUND]) == set()


def test_a_glued_fence_tag_is_dropped_only_before_a_dns_tool() -> None:
    assert normalize("shellcurl -v https://x\n") == "curl -v https://x\n"
    assert normalize("logstash: error\n") == "logstash: error\n"  # a word that merely opens so


def test_a_stamped_line_alone_keeps_its_stamp() -> None:
    # a single line's time of day is left (a rule may read it); only a block of stamped lines loses the stamps
    assert normalize("11:21:45 lookup a: no such host") == "11:21:45 lookup a: no such host"


def test_apisix_unsubstituted_variable_is_flagged_a_stand_in() -> None:
    # LABELS.md clause 1: `${...}` as printed is a stand-in, an unsubstituted one too
    text = "dns resolver domain: ${{ORDERS_HOST}} error: failed to query the DNS server: dns server error: 3 name error"
    assert flagged(text) == {("${{orders_host}}", "nxdomain", True)}


def test_busybox_no_answer_under_its_own_answer_is_no_failure() -> None:
    # the A query answered; `No answer` is the AAAA query's (no record of that type)
    answered = (
        "/ # nslookup web\n"
        "Server:\t\t10.96.0.10\n"
        "Address:\t10.96.0.10:53\n\n"
        "Name:\tweb.default.svc.cluster.local\n"
        "Address: 10.96.12.7\n\n"
        "** server can't find web.svc.cluster.local: NXDOMAIN\n\n"
        "*** Can't find web.default.svc.cluster.local: No answer\n"
    )
    assert found(answered) == set()
    # a name with no answer in its run stays a failure
    unanswered = answered.replace("Name:\tweb.default.svc.cluster.local\nAddress: 10.96.12.7\n\n", "")
    assert found(unanswered) != set()


@pytest.mark.parametrize(
    "text",
    [
        # Teleport: a dial to an address the reporter masked timed out; the name had resolved
        'ERRO Failed to resolve tunnel address: Get "https://proxy.corp.test:443/webapi/find": dial tcp '
        "xxx.xxx.xxx.xxx:443: i/o timeout",
        'ERRO Failed to resolve tunnel address: Get "https://proxy.corp.test:443/webapi/find": dial tcp 10.x.x.x:443: '
        "i/o timeout",
        # OpenShift: an image lookup ended by Go's HTTP client timeout, no resolver error said
        "W0102 14:30:37.346521 7968 dockerimagelookup.go:233] Docker registry lookup failed: Get "
        "https://registry-1.docker.io/v2/: net/http: request canceled while waiting for connection (Client.Timeout "
        "exceeded while awaiting headers)",
    ],
)
def test_their_look_alikes_name_nothing(text: str) -> None:
    assert found(text) == set()


def test_a_masked_name_looked_up_and_timing_out_is_still_read() -> None:
    text = "dial tcp: lookup xxxxxx.io on 10.96.0.10:53: read udp 10.1.1.1:4000->10.96.0.10:53: i/o timeout"
    assert flagged(text) == {("xxxxxx.io", "timeout", True)}


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    ["[{to_address,\n", "11:21:45 lookup \n", "bashdig a\n", "dial tcp xxx.xxx.xxx.xxx:1: ", "Name:\ta\nAddress: 1\n"]
)
