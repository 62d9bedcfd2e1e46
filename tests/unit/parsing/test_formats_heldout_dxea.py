"""Formats held-out DX, DY, DZ and EA showed (issue #17, spent: measured at 00:10 UTC 2026-12-05, then read): each test
names the runtime and the format, with look-alikes that must stay no failure."""

from __future__ import annotations

from checks.parsing import parse_failures
from tests.unit.parsing.rounds import found
from tests.unit.parsing.speed import parses_quickly


def test_ssh_name_in_backticks() -> None:
    # Open MPI's launcher (Kubeflow's MPI jobs) prints ssh's line with the name in backticks
    text = (
        "ssh: Could not resolve hostname `job-launcher-0-0.job`: Name or service not known\n"
        "ORTE was unable to reliably start one or more daemons."
    )
    assert found(text) == {("job-launcher-0-0.job", "nxdomain")}
    assert found("ssh: Could not resolve hostname login-2: Temporary failure in name resolution") == {
        ("login-2", "temporary")
    }


def test_torque_pbs_host_not_found() -> None:
    text = (
        "04/22/2016 13:10:29;0001;PBS_Server.23;Svr;PBS_Server;LOG_ERROR::Unknown node  (15064) in "
        "process_host_name_part, host docker not found"
    )
    assert found(text) == {("docker", "nxdomain")}


def test_irods_resolution_timeout_and_its_flags() -> None:
    text = (
        "ERROR: getaddrinfo_with_retry address resolution timeout [icat.irods.svc] [ai_flags: [2] ai_family: [0] "
        "ai_socktype: [0] ai_protocol: [0]]"
    )
    assert found(text) == {("icat.irods.svc", "timeout")}


def test_glideinwms_name_unknown_to_dns() -> None:
    assert found("Node name unknown to DNS: 'frontend.osg.example.edu'") == {("frontend.osg.example.edu", "nxdomain")}


def test_a_canceled_lookup_states_no_resolver_reason() -> None:
    # gluetun's `cannot resolve h: operation was canceled` (Go's context canceled the look-up)
    text = "gluetun | 2020-12-30T07:48:21.082+0100\tERROR\tcannot resolve github.com: operation was canceled"
    assert found(text) == {("github.com", "other")}
    assert found("ERROR cannot resolve github.com") == {("github.com", "nxdomain")}


def test_an_http_status_after_the_name_is_no_failure() -> None:
    # electron-builder's `cannot resolve ***: status code 404`: a URL that answered
    assert parse_failures("  \u2a2f cannot resolve ***: status code 404") == []
    assert parse_failures("  \u2a2f cannot resolve https://github.com/a/b.zip: status code 404") == []


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "Could not resolve hostname `" + "a" * 40 + " ",
        "process_host_name_part, host " + "a" * 40 + " not ",
        "getaddrinfo_with_retry address resolution timeout [" + "a" * 40 + " ",
        "Node name unknown to DNS: '" + "a" * 40 + " ",
        "cannot resolve " + "a" * 40 + ": operation was ",
        "cannot resolve " + "a/" * 40 + ": status code ",
    ]
)
