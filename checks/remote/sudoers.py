"""The sudoers rule for `PODNET_SSH_SUDO=1`: exactly the catalog's commands, nothing else.

With sudo, podnet runs each catalog command as `sudo -n COMMAND` (a leading `timeout N` stays outside sudo),
so the node's sudoers must allow those command lines and nothing more — never `timeout`, a shell or `ALL`.
sudo joins a command's arguments with spaces and matches that one string, so a sudoers wildcard `*` would
match extra arguments too (`-w FILE`, `-z SCRIPT`, a second `-o`, `-f FILE`, a shell after `nsenter`).
`PATTERNS` therefore holds sudoers regular expressions (`^…$`, sudo ≥ 1.9.10: POSIX extended regular
expressions over the joined arguments), one per command form the catalog builds, each argument pinned to
what the catalog's validators let through: IPv4 addresses, DNS names, interface and netns names, the two
tcpdump filters exactly as `vxlan_filter`/`ipip_filter` write them, bounded numbers. `allows` applies the
same expressions with `re.fullmatch`; they use only what means the same in both (bracket expressions,
`{m,n}`, `( | )`, `?`, `*`, and `\\` before one of `^.[$()|*+?{\\` for the character itself). A unit test
builds every catalog command and checks each one is allowed, so the file cannot fall behind the catalog.

`python -m checks.remote.sudoers [USER]` prints the drop-in (`deploy/sudoers/podnet` is its output for the
user `podnet`). Paths are where Debian and Ubuntu keep the tools; sudo matches the path it resolves, so
check `command -v ip iptables-save …` on your nodes and adjust.
"""

from __future__ import annotations

import re
import sys

# what POSIX extended regular expressions treat as special outside a bracket expression: `\` before each
# makes it the character itself, in sudo (regcomp REG_EXTENDED) and in Python alike
_ERE_SPECIAL = frozenset("^.[$()|*+?{\\")


def _lit(text: str) -> str:
    return "".join("\\" + c if c in _ERE_SPECIAL else c for c in text)


# the catalog's arguments (checks/remote/catalog.py), as regular expressions matching one argument, no space
_IPV4 = r"[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}"  # `ipv4()`: str(IPv4Address)
_LABEL = "[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?"
_DNS_NAME = rf"({_LABEL}\.)*{_LABEL}\.?"  # `_DNS_NAME` without its 253-character bound
_IFNAME = "[A-Za-z0-9_.-]{1,15}"  # `_IFNAME`
_NETNS = "[A-Za-z0-9][A-Za-z0-9_.-]{0,127}"  # `_NETNS`: never `.`, `..` or a `/`
_PACKETS = "([1-9][0-9]{0,2}|1000)"  # tcpdump `-c`: 1..1000
_PORT = "[1-9][0-9]{0,4}"  # 1..99999 (the catalog: 1..65535)
_WORD = "0x[0-9a-f]{8}"  # `ipip_filter`: an IPv4 address as 8 hex digits
_VXLAN_FILTER = _lit("udp and port 4789 and host ") + _IPV4
_IPIP_FILTER = (
    _lit("ip proto 4 and host ") + _IPV4 + _lit(" and (ip[32:4]=") + _WORD + _lit(" or ip[36:4]=") + _WORD + _lit(")")
)


def _exact(args: str) -> str:
    return f"^{_lit(args)}$"


def _regex(*parts: str) -> str:
    """One command line: literal text and argument patterns, already regular expressions, concatenated."""
    return f"^{''.join(parts)}$"


# (absolute path, a sudoers regular expression for the arguments as podnet sends them joined by spaces),
# one per command form the catalog builds
PATTERNS: tuple[tuple[str, str], ...] = (
    ("/usr/sbin/ip", _exact("route")),
    ("/usr/sbin/ip", _regex(_lit("route get "), _IPV4)),
    ("/usr/sbin/ip", _exact("-o link")),
    ("/usr/sbin/ip", _exact("-o addr")),
    ("/usr/sbin/ip", _regex(_lit("-d link show "), _IFNAME)),
    ("/usr/sbin/ip", _exact("netns list")),
    ("/usr/sbin/ip", _exact("rule")),
    ("/usr/sbin/ipvsadm", _exact("-Ln")),
    ("/usr/sbin/iptables-save", _exact("-t nat")),
    ("/usr/sbin/iptables-save", _exact("-t filter")),
    ("/usr/sbin/iptables-save", _exact("-t raw")),
    ("/usr/sbin/iptables-legacy-save", _exact("-t filter")),
    ("/usr/sbin/iptables-nft-save", _exact("-t filter")),
    ("/usr/sbin/ethtool", _regex(_lit("-k "), _IFNAME)),
    ("/usr/bin/uname", _exact("-r")),
    ("/usr/bin/dig", _regex(_lit("+time=1 +tries=1 @"), _IPV4, " ", _DNS_NAME, " A")),
    ("/usr/bin/dig", _regex(_lit("+time=1 +tries=1 +tcp @"), _IPV4, " ", _DNS_NAME, " A")),
    ("/usr/bin/dig", _regex(_lit("+time=2 +tries=2 @"), _IPV4, " ", _DNS_NAME, " A")),
    (
        "/usr/bin/nsenter",
        _regex(_lit("--net=/var/run/netns/"), _NETNS, _lit(" dig +time=1 +tries=1 @"), _IPV4, " ", _DNS_NAME, " A"),
    ),
    ("/usr/bin/tcpdump", _regex("-i ", _IFNAME, " -nn( -vv)? -l -c ", _PACKETS, " ", _VXLAN_FILTER)),
    ("/usr/bin/tcpdump", _regex("-i ", _IFNAME, " -nn( -vv)? -l -c ", _PACKETS, " ", _IPIP_FILTER)),
    ("/usr/bin/curl", _exact("-s -m 2 -w \\n%{http_code} http://127.0.0.1:10256/healthz")),
    (
        "/usr/bin/curl",
        _regex(_lit("-sS -m 2 -o /dev/null -w %{http_code} http://"), _IPV4, ":", _PORT, "/(health|ready)"),
    ),
    ("/usr/bin/cat", _exact("/proc/net/ip_tables_names")),
    ("/usr/bin/cat", _exact("/proc/uptime /proc/net/stat/nf_conntrack")),
    ("/usr/bin/cat", _exact("/etc/resolv.conf")),
    ("/usr/bin/cat", _exact("/run/systemd/resolve/resolv.conf")),
    ("/usr/sbin/conntrack", _exact("-S")),
    ("/usr/sbin/sysctl", _exact("net.netfilter.nf_conntrack_count net.netfilter.nf_conntrack_max")),
    (
        "/usr/sbin/sysctl",
        _exact("-r ^net\\.ipv4\\.(ip_forward|conf\\..*\\.rp_filter)$ net.ipv4.conf net.ipv4.ip_forward"),
    ),
)
# sudoers limits a regular expression to 1024 characters and reads `#` as a comment
_SUDOERS_REGEX_MAX = 1024


def allows(argv: tuple[str, ...]) -> bool:
    """Would the rule allow `sudo -n ARGV`? (sudo matches the command's base name to the path it
    resolves, and the arguments, joined by single spaces, to the whole regular expression.)"""
    line = " ".join(argv[1:])
    return any(path.rsplit("/", 1)[1] == argv[0] and re.fullmatch(args, line) for path, args in PATTERNS)


def render(user: str = "podnet") -> str:
    if not re.fullmatch(r"[a-z_][a-z0-9_-]{0,31}", user):
        raise ValueError(f"not a user name: {user!r}")
    lines = [
        "# podnet's read-only catalog (checks/remote/catalog.py), run as `sudo -n COMMAND`:",
        "# generated by `python -m checks.remote.sudoers`; install as /etc/sudoers.d/podnet (mode 0440),",
        "# check it with `visudo -cf`. Needs sudo >= 1.9.10: each line's arguments are a regular expression",
        "# (^...$) over the whole argument string. Paths: Debian/Ubuntu; adjust to `command -v` on your nodes.",
        "Cmnd_Alias READ_ONLY_PODNET = \\",
    ]
    for i, (path, args) in enumerate(PATTERNS):
        if not (args.startswith("^") and args.endswith("$")) or "#" in args or len(args) > _SUDOERS_REGEX_MAX:
            raise ValueError(f"not a sudoers regular expression: {args!r}")
        lines.append(f"    {path} {args}" + ("" if i == len(PATTERNS) - 1 else ", \\"))
    lines.append(f"{user} ALL=(root) NOPASSWD: READ_ONLY_PODNET")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(render(*sys.argv[1:2]), end="")
