"""Pure parsers of the read-only commands podnet runs on nodes.

One module per command; each takes the command's text output and returns frozen dataclasses, never raises
on unexpected text (unknown lines are skipped, missing values are None) and does no I/O:

- `ipvsadm`: `ipvsadm -Ln` -> `VirtualService`s (shared with `iptables_nat`, defined in `services`)
- `iptables_nat`: `iptables-save -t nat [-c]` -> kube-proxy's `VirtualService`s
- `routes`: `ip route`, `ip route get`
- `links`: `ip -o link`, `ip -o addr`, `ip -d link show DEV`
- `fdb`: `bridge fdb show dev DEV`, `ip neigh show dev DEV`
- `ethtool`: `ethtool -k DEV`
- `tcpdump`: `tcpdump -nn` VXLAN / IP-in-IP captures and their closing statistics
- `dig`: `dig @SERVER NAME`
- `mtu`: `/sys/class/net/*/mtu`
- `kernel`: `uname -r`
"""
