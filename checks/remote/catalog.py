"""The only commands podnet ever runs on a node: a fixed, read-only catalog.

Each entry builds an argv from validated arguments (IP addresses through `ipaddress`, interface and DNS
names against strict patterns, numbers within bounds); the command line is then joined with
`shlex.quote`. Nothing from chat or the cluster is ever interpolated into a shell string unchecked.
"""

from __future__ import annotations

import ipaddress
import re
import shlex
from dataclasses import dataclass

from checks.errors import InvalidArgument

_IFNAME = re.compile(r"^[A-Za-z0-9_.-]{1,15}$")
_DNS_NAME = re.compile(
    r"^(?=.{1,253}$)([A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?\.)*[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?\.?$"
)


@dataclass(frozen=True)
class CatalogCommand:
    """One read-only command: `key` identifies it for caching (same key, same output within a diagnosis)."""

    key: str
    argv: tuple[str, ...]
    timeout: float = 10.0
    # run under `timeout` in a batch: commands that can wait on the network, a lock or a driver. `ip` and
    # `uname` only read the kernel's tables; sparing them the extra process per command is a tenth of a
    # 50-node sweep on a busy machine, and the exec's own deadline still bounds them.
    may_block: bool = True

    @property
    def line(self) -> str:
        return shlex.join(self.argv)


def ipv4(value: str) -> str:
    try:
        return str(ipaddress.IPv4Address(value.strip()))
    except ValueError as err:
        raise InvalidArgument(f"not an IPv4 address: {value!r}") from err


def cidr(value: str) -> str:
    try:
        return str(ipaddress.IPv4Network(value.strip(), strict=True))
    except ValueError as err:
        raise InvalidArgument(f"not an IPv4 network: {value!r}") from err


def ifname(value: str) -> str:
    if not _IFNAME.match(value):
        raise InvalidArgument(f"not an interface name: {value!r}")
    return value


def dns_name(value: str) -> str:
    if not _DNS_NAME.match(value):
        raise InvalidArgument(f"not a DNS name: {value!r}")
    return value


def _bounded(value: int, low: int, high: int, what: str) -> str:
    if not low <= value <= high:
        raise InvalidArgument(f"{what} must be between {low} and {high}")
    return str(value)


# --- the catalog -----------------------------------------------------------------------------------
def ip_route() -> CatalogCommand:
    return CatalogCommand("ip-route", ("ip", "route"), may_block=False)


def ip_route_get(ip: str) -> CatalogCommand:
    address = ipv4(ip)
    return CatalogCommand(f"ip-route-get {address}", ("ip", "route", "get", address), may_block=False)


def ip_link() -> CatalogCommand:
    return CatalogCommand("ip-o-link", ("ip", "-o", "link"), may_block=False)


def ip_addr() -> CatalogCommand:
    return CatalogCommand("ip-o-addr", ("ip", "-o", "addr"), may_block=False)


def ip_link_details(name: str) -> CatalogCommand:
    dev = ifname(name)
    return CatalogCommand(f"ip-d-link {dev}", ("ip", "-d", "link", "show", dev), may_block=False)


def ipvsadm_list() -> CatalogCommand:
    return CatalogCommand("ipvsadm", ("ipvsadm", "-Ln"))


def iptables_nat() -> CatalogCommand:
    return CatalogCommand("iptables-save-nat", ("iptables-save", "-t", "nat"))


def ethtool_offloads(name: str) -> CatalogCommand:
    dev = ifname(name)
    return CatalogCommand(f"ethtool-k {dev}", ("ethtool", "-k", dev))


def uname() -> CatalogCommand:
    return CatalogCommand("uname-r", ("uname", "-r"), may_block=False)


def dig(server: str, name: str, *, tcp: bool = False) -> CatalogCommand:
    """A DNS query from the node straight to one server (a CoreDNS pod IP or the Service IP)."""
    address, qname = ipv4(server), dns_name(name)
    argv = ("dig", "+time=1", "+tries=1", *(("+tcp",) if tcp else ()), f"@{address}", qname, "A")
    return CatalogCommand(f"dig {'tcp ' if tcp else ''}{address} {qname}", argv, timeout=8)


# --- coredns-health ---------------------------------------------------------------------------------
RESOLV_CONFS = ("/etc/resolv.conf", "/run/systemd/resolve/resolv.conf")


def resolv_conf(path: str = RESOLV_CONFS[0]) -> CatalogCommand:
    """The node's resolver configuration (what CoreDNS's `forward . /etc/resolv.conf` forwards to when its
    pods inherit the node's: dnsPolicy Default). Only the two paths kubelet's resolvConf uses."""
    if path not in RESOLV_CONFS:
        raise InvalidArgument(f"not a resolv.conf podnet reads: {path!r}")
    return CatalogCommand(f"cat {path}", ("cat", path), timeout=5, may_block=False)


def upstream_dig(server: str, name: str) -> CatalogCommand:
    """A query from the node to CoreDNS's upstream resolver: two tries of 2 s (an upstream may recurse
    on a cold cache, slower than a cluster DNS answer)."""
    address, qname = ipv4(server), dns_name(name)
    argv = ("dig", "+time=2", "+tries=2", f"@{address}", qname, "A")
    return CatalogCommand(f"dig-upstream {address} {qname}", argv, timeout=10)


def tcpdump(interface: str, bpf: str, *, seconds: int, packets: int, verbose: bool = False) -> CatalogCommand:
    """A bounded capture: at most `packets` packets, at most `seconds` seconds. `bpf` comes only from
    `vxlan_filter`/`ipip_filter` below, built from validated addresses. `verbose` (`-vv`): tcpdump also
    prints each IP header and verifies UDP checksums (`[bad udp cksum 0x… -> 0x…!]`, `[udp sum ok]`)."""
    dev = ifname(interface)
    argv = (
        "timeout",
        _bounded(seconds, 1, 60, "capture seconds"),
        "tcpdump",
        "-i",
        dev,
        "-nn",
        *(("-vv",) if verbose else ()),
        "-l",
        "-c",
        _bounded(packets, 1, 1000, "packet count"),
        bpf,
    )
    return CatalogCommand(f"tcpdump {'-vv ' if verbose else ''}{dev} {bpf}", argv, timeout=seconds + 10)


def vxlan_filter(peer: str) -> str:
    return f"udp and port 4789 and host {ipv4(peer)}"


def ipip_filter(peer: str, inner: str) -> str:
    """The runbook's filter: IP-in-IP from/to the peer whose inner source or destination is `inner`."""
    word = "0x" + ipaddress.IPv4Address(ipv4(inner)).packed.hex()
    return f"ip proto 4 and host {ipv4(peer)} and (ip[32:4]={word} or ip[36:4]={word})"


# --- kube-proxy and calico-node steps (helper kpcalico) ----------------------------------------------
KUBE_PROXY_HEALTHZ = "http://127.0.0.1:10256/healthz"


def kube_proxy_healthz() -> CatalogCommand:
    """kube-proxy's own health endpoint on the node (its default healthzBindAddress, port 10256): the
    body, then the HTTP status on a line of its own (`000` when nothing answered)."""
    argv = ("curl", "-s", "-m", "2", "-w", "\\n%{http_code}", KUBE_PROXY_HEALTHZ)
    return CatalogCommand("kube-proxy-healthz", argv, timeout=5)


def legacy_iptables_tables() -> CatalogCommand:
    """The legacy (x_tables) tables that exist in the node's network namespace: an empty file, or none,
    when nothing ever used iptables-legacy there. Read instead of running `iptables-legacy-save` blindly,
    which would load the legacy modules and create the tables it looks for."""
    return CatalogCommand("ip-tables-names", ("cat", "/proc/net/ip_tables_names"), may_block=False)


def iptables_save_filter(backend: str) -> CatalogCommand:
    """`iptables-legacy-save -t filter` or `iptables-nft-save -t filter`: which backend holds kube-proxy's
    and Calico's chains. Exit 127 (not installed) is no finding: the node then has one backend only."""
    if backend not in ("legacy", "nft"):
        raise InvalidArgument(f"not an iptables backend: {backend!r}")
    return CatalogCommand(f"iptables-{backend}-save-filter", (f"iptables-{backend}-save", "-t", "filter"))


# --- the `conntrack` step (helper "conntrack") --------------------------------------------------------
def conntrack_proc_stat() -> CatalogCommand:
    """The conntrack statistics of the node's network namespace, without the conntrack tool; `/proc/uptime`
    first, so two readings say how far apart on the node's own clock they were taken."""
    return CatalogCommand(
        "cat nf_conntrack-stat", ("cat", "/proc/uptime", "/proc/net/stat/nf_conntrack"), may_block=False
    )


def conntrack_stats() -> CatalogCommand:
    """The same statistics through conntrack-tools (netlink), where the tool is installed."""
    return CatalogCommand("conntrack-S", ("conntrack", "-S"))


def conntrack_fill() -> CatalogCommand:
    """The table's count and maximum."""
    argv = ("sysctl", "net.netfilter.nf_conntrack_count", "net.netfilter.nf_conntrack_max")
    return CatalogCommand("sysctl nf_conntrack-fill", argv, may_block=False)


def read_again(command: CatalogCommand, why: str) -> CatalogCommand:
    """`command` under a key of its own (`KEY #why`), so it runs again instead of coming from the
    diagnosis's cache: a counter read twice to see whether it grows. `why` is a fixed word from the code."""
    if not why.isidentifier():
        raise InvalidArgument(f"not a plain word: {why!r}")
    return CatalogCommand(f"{command.key} #{why}", command.argv, command.timeout, command.may_block)


# --- pod-dns and node-forwarding (helper poddns) ---------------------------------------------------
# A network namespace's name as `ip netns` keeps it under /var/run/netns (containerd and CRI-O: `cni-<uuid>`;
# the lab: `podnet-pod-<pod>`): starts with a letter or digit (so never `.` or `..`), no `/`.
_NETNS = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$")
NETNS_DIR = "/var/run/netns"
# every interface's rp_filter and ip_forward, by a fixed pattern: nothing from the cluster in argv
FORWARDING_SYSCTLS = r"^net\.ipv4\.(ip_forward|conf\..*\.rp_filter)$"


def netns_name(value: str) -> str:
    if not _NETNS.fullmatch(value):  # fullmatch: `$` would let a trailing newline through
        raise InvalidArgument(f"not a network namespace name: {value!r}")
    return value


def ip_rule() -> CatalogCommand:
    """The routing policy rules: beyond the three defaults, a route back depends on the source address."""
    return CatalogCommand("ip-rule", ("ip", "rule"), may_block=False)


def ip_netns_list() -> CatalogCommand:
    """The named network namespaces and their ids as the node sees them (`cni-… (id: 3)`)."""
    return CatalogCommand("ip-netns-list", ("ip", "netns", "list"), may_block=False)


def dig_in_netns(netns: str, server: str, name: str) -> CatalogCommand:
    """The query a pod makes, from the pod's own network namespace entered on its node (read-only: only
    the network namespace changes; dig is the node's). The packet crosses the pod's veth, the node's
    FORWARD chain, Calico's chains and the Service NAT exactly as the pod's own queries do."""
    ns, address, qname = netns_name(netns), ipv4(server), dns_name(name)
    argv = (
        "nsenter",
        f"--net={NETNS_DIR}/{ns}",
        "dig",
        "+time=1",
        "+tries=1",
        f"@{address}",
        qname,
        "A",
    )
    return CatalogCommand(f"nsenter-dig {ns} {address} {qname}", argv, timeout=8)


def iptables_filter() -> CatalogCommand:
    return CatalogCommand("iptables-save-filter", ("iptables-save", "-t", "filter"))


def forwarding_sysctls() -> CatalogCommand:
    """`net.ipv4.ip_forward` and every interface's `rp_filter` (dots in interface names print as `/`).

    The two subtrees are named rather than `-a`: `sysctl -a` reads every sysctl of the node (a thousand
    files and more; 38 ms of a lab node's CPU, 60 ms with 200 nodes on the machine, ten times any other
    command of a sweep), these two about forty an interface (3 ms). The same lines either way."""
    return CatalogCommand(
        "sysctl-forwarding",
        ("sysctl", "-r", FORWARDING_SYSCTLS, "net.ipv4.conf", "net.ipv4.ip_forward"),
        may_block=False,
    )


# --- client-resolver and node-local-dns (helper "resolver") ------------------------------------------
def iptables_raw() -> CatalogCommand:
    """The raw table: NodeLocal DNSCache's NOTRACK rules for its link-local address."""
    return CatalogCommand("iptables-save-raw", ("iptables-save", "-t", "raw"))


def node_resolv_conf() -> CatalogCommand:
    """The node's own resolver file: what a pod with dnsPolicy Default (or a hostNetwork pod with
    ClusterFirst) gets, as kubelet's default --resolv-conf."""
    return resolv_conf("/etc/resolv.conf")  # the same command coredns-health reads on CoreDNS's nodes


def http_health(address: str, port: int, path: str = "/health") -> CatalogCommand:
    """An HTTP GET of a local health endpoint (NodeLocal DNSCache's `health` plugin on its link-local
    address): prints only the status code (000 when nothing answered)."""
    ip, p = ipv4(address), _bounded(port, 1, 65535, "port")
    if path not in ("/health", "/ready"):
        raise InvalidArgument(f"not a health path: {path!r}")
    url = f"http://{ip}:{p}{path}"
    argv = ("curl", "-sS", "-m", "2", "-o", "/dev/null", "-w", "%{http_code}", url)
    return CatalogCommand(f"curl-health {ip}:{p}{path}", argv, timeout=6)
