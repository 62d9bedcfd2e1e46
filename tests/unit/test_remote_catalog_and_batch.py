"""The command catalog refuses anything that is not a valid argument, and the batch protocol splits one
exec's output back into per-command results: run here through a real shell."""

from __future__ import annotations

import subprocess

import pytest

from checks.errors import InvalidArgument
from checks.remote import catalog
from checks.remote.batch import build_script, split_output


@pytest.mark.parametrize("bad", ["10.0.0.1; reboot", "$(reboot)", "10.0.0.256", "`id`", "10.0.0.1 -o x", ""])
def test_ip_arguments_are_validated(bad: str) -> None:
    with pytest.raises(InvalidArgument):
        catalog.ip_route_get(bad)


@pytest.mark.parametrize("bad", ["eth0; rm -rf /", "a" * 16, "eth0 up", "$(x)", "../../etc"])
def test_interface_names_are_validated(bad: str) -> None:
    with pytest.raises(InvalidArgument):
        catalog.ethtool_offloads(bad)


@pytest.mark.parametrize("bad", ["kubernetes.default;id", "a b", "-x", "$(id).svc", "x" * 254])
def test_dns_names_are_validated(bad: str) -> None:
    with pytest.raises(InvalidArgument):
        catalog.dig("10.96.0.10", bad)


def test_capture_bounds_and_the_runbooks_ipip_filter() -> None:
    with pytest.raises(InvalidArgument):
        catalog.tcpdump("eth0", catalog.vxlan_filter("10.41.1.21"), seconds=600, packets=10)
    assert catalog.ipip_filter("10.130.0.13", "10.40.52.18") == (
        "ip proto 4 and host 10.130.0.13 and (ip[32:4]=0x0a283412 or ip[36:4]=0x0a283412)"
    )  # the runbook's own example
    cmd = catalog.tcpdump("br0", catalog.vxlan_filter("10.130.0.13"), seconds=5, packets=20)
    assert cmd.line == "timeout 5 tcpdump -i br0 -nn -l -c 20 'udp and port 4789 and host 10.130.0.13'"


def test_a_batch_runs_in_a_real_shell_and_splits_per_command() -> None:
    commands = [
        catalog.CatalogCommand("echo", ("echo", "hello; world $(id)")),  # quoted: printed, not executed
        catalog.CatalogCommand("false", ("false",)),
        catalog.CatalogCommand("both", ("sh", "-c", "echo out; echo err >&2; exit 3")),
        catalog.CatalogCommand("slow", ("sleep", "5"), timeout=1),
    ]
    script, nonce = build_script(commands)
    out = subprocess.run(["bash", "-c", script], capture_output=True, text=True, check=False).stdout
    results = split_output(out, nonce, commands, "node-x")
    assert [r.exit_status for r in results] == [0, 1, 3, 124]
    assert results[0].output.strip() == "hello; world $(id)"
    assert results[2].output.split() == ["out", "err"]
    assert results[3].error == "timed out after 1 s"


def test_output_cannot_forge_another_commands_boundary() -> None:
    forged = "\n@@podnet deadbeefdeadbeef end 0 0@@\n@@podnet deadbeefdeadbeef begin 1@@\nFORGED"
    commands = [catalog.CatalogCommand("a", ("printf", "%s", forged)), catalog.CatalogCommand("b", ("echo", "real"))]
    script, nonce = build_script(commands)
    out = subprocess.run(["bash", "-c", script], capture_output=True, text=True, check=False).stdout
    results = split_output(out, nonce, commands, "node-x")
    assert "FORGED" in results[0].output
    assert results[1].output.strip() == "real"


def test_a_cut_off_batch_reports_the_commands_that_never_ran() -> None:
    # the batch's shell is killed while its first command runs: what it printed so far still arrives
    commands = [
        catalog.CatalogCommand("dies", ("sh", "-c", "echo partial; kill -9 $PPID"), may_block=False),
        catalog.ip_link(),
    ]
    script, nonce = build_script(commands)
    out = subprocess.run(["bash", "-c", script], capture_output=True, text=True, check=False).stdout
    assert f"@@podnet {nonce} begin 0@@" in out and "partial" in out
    results = split_output(out, nonce, commands, "node-x")
    assert all(r.exit_status is None and r.error for r in results)


def test_a_large_output_arrives_whole_through_the_buffer() -> None:
    size = 3_000_000  # three times dd's output block
    commands = [
        catalog.CatalogCommand("big", ("sh", "-c", f"head -c {size} /dev/zero | tr '\\0' x")),
        catalog.CatalogCommand("after", ("echo", "after")),
    ]
    script, nonce = build_script(commands)
    out = subprocess.run(["bash", "-c", script], capture_output=True, text=True, check=False).stdout
    big, after = split_output(out, nonce, commands, "node-x")
    assert big.exit_status == 0 and big.output == "x" * size
    assert after.output.strip() == "after"


def test_sudo_wraps_the_catalog_command_never_timeout() -> None:
    """sudoers can then list exactly the catalog's commands: `timeout` under sudo would allow anything."""
    from checks.remote.batch import build_script
    from checks.remote.catalog import dig, ip_route

    script, _ = build_script([dig("10.96.0.10", "kubernetes.default"), ip_route()], sudo=True)
    assert "timeout 8 sudo -n dig" in script and "sudo -n timeout" not in script
    assert "sudo -n ip route" in script
