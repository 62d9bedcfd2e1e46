"""Every finding code podnet can report, with what it means and what fixes it: the one table.

A code is `<where>.<what>`: the step id (or `mapping` for the name-to-cluster mapping, `check` for what
could not be checked). Codes are stable: the verdict, the renderers, the sweep summary, the history's
new/resolved keys and the metrics match them, never the prose. `docs/findings.md` is made from this table
(`python -m checks.findings > docs/findings.md`; a test keeps the two equal).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CodeInfo:
    meaning: str
    fix: str


CATALOG: dict[str, CodeInfo] = {
    # --- could not check ---------------------------------------------------------------------------
    "check.node-unreachable": CodeInfo(
        "A node could not be reached over SSH (or its commands did not run): the steps that needed it say so.",
        "Check the node is up, its sshd listens, the host key is in known_hosts and the key is accepted.",
    ),
    "check.command-failed": CodeInfo(
        "A catalog command ran on the node but failed (non-zero exit), so its output could not be read.",
        "Run the command shown in the evidence on the node; install the tool or grant sudo if it is missing.",
    ),
    "check.api-unreadable": CodeInfo(
        "A Kubernetes API read the step needs was refused (RBAC) or the resource does not exist.",
        "Grant podnet's ServiceAccount the read in deploy/ (see deploy/README.md), or install the resource.",
    ),
    "check.cannot-run": CodeInfo(
        "The diagnosis could not run at all: the Kubernetes API could not be read.",
        "Check the kubeconfig or in-cluster credentials and that the API server answers.",
    ),
    "check.step-failed": CodeInfo(
        "A step could not finish (an argument from the cluster was invalid, or a node error stopped it).",
        "Read the message; re-run, and report it if it persists.",
    ),
    "check.calico-not-found": CodeInfo(
        "No calico-node was found (no pod labelled k8s-app=calico-node in any namespace, no Calico address on"
        " any node): not a Calico cluster, or an install podnet does not recognise; the Calico steps did not run.",
        "Check that Calico runs (kubectl get pods -A -l k8s-app=calico-node) and that podnet may list pods.",
    ),
    # --- mapping the failing name to the cluster ----------------------------------------------------
    "mapping.no-such-service": CodeInfo(
        "The failing name is no Service in the cluster: the lookup fails (NXDOMAIN) whatever the network does.",
        "Fix the name in the client's configuration (podnet lists the closest Service names), or create it.",
    ),
    "mapping.ambiguous-service": CodeInfo(
        "Several namespaces have a Service of that name; a pod resolves the one in its own namespace.",
        "Say which: diagnose again with --from POD (or namespace/pod).",
    ),
    "mapping.not-a-service": CodeInfo(
        "The failing name is not a cluster Service name (an external name, say); the cluster DNS path is checked.",
        "If the name is external, CoreDNS forwards it upstream: check the upstream resolvers too.",
    ),
    "mapping.no-dns-service": CodeInfo(
        "No cluster DNS Service was found (no Service labelled k8s-app=kube-dns serving port 53).",
        "kubectl get svc -A -l k8s-app=kube-dns; restore the kube-dns Service.",
    ),
    # --- coredns-health (the CoreDNS pods' state, Corefile, log and upstream) ----------------------------
    "coredns-health.crash-looping": CodeInfo(
        "A CoreDNS pod is in CrashLoopBackOff: its server keeps exiting (the last exit's reason and log say why). "
        "A problem when no CoreDNS pod is Ready; a warning while other replicas are Ready and serving.",
        "Read its previous log (kubectl -n NS logs POD --previous); fix the Corefile or the cause it names.",
    ),
    "coredns-health.none-ready": CodeInfo(
        "No CoreDNS pod is Ready (none crash-looping): the cluster DNS Service has nothing to send queries to.",
        "kubectl -n NS describe pods -l k8s-app=kube-dns: the readiness probe's failures and the events say why.",
    ),
    "coredns-health.restarted": CodeInfo(
        "A CoreDNS pod restarted within the last hour (its last termination's reason: Error, OOMKilled, …).",
        "Read its previous log; an OOMKilled pod needs a higher memory limit.",
    ),
    "coredns-health.loop-detected": CodeInfo(
        "CoreDNS's loop plugin saw its own probe come back: CoreDNS forwards to itself (a resolv.conf pointing "
        "at 127.0.0.53 or at the cluster DNS), and exits.",
        "Forward to a real upstream: `forward . UPSTREAM_IP` in the Corefile, or kubelet's resolvConf pointing "
        "at a resolv.conf with the real nameservers (/run/systemd/resolve/resolv.conf on systemd-resolved).",
    ),
    "coredns-health.loop-in-paste": CodeInfo(
        "The pasted CoreDNS log shows the loop plugin's `Loop ... detected`, but CoreDNS's live log does not: "
        "the paste may be from a past incident, so it is a warning, not the cause.",
        "Check the Corefile's `forward .` and the node's resolv.conf; kubectl -n NS logs POD shows whether it recurs.",
    ),
    "coredns-health.forward-to-itself": CodeInfo(
        "CoreDNS's upstream (its forward targets, or the node's resolv.conf its pods inherit) is a loopback "
        "address or the cluster DNS itself: queries for names outside the cluster come back to CoreDNS.",
        "Forward to the real upstream resolvers (an IP in `forward .`, or fix the node's resolv.conf / "
        "kubelet's resolvConf).",
    ),
    "coredns-health.upstream-timeout": CodeInfo(
        "CoreDNS's upstream resolver does not answer from the CoreDNS node (and CoreDNS logs upstream i/o "
        "timeouts): names outside the cluster domain fail; the cluster's own names still resolve.",
        "Check the upstream DNS server and the path to it from the CoreDNS nodes (firewall, routes, NAT).",
    ),
    "coredns-health.upstream-errors-logged": CodeInfo(
        "CoreDNS logged upstream failures (timeouts, SERVFAIL) in the last minutes, though the upstream "
        "answers now: intermittent trouble upstream.",
        "Watch the upstream's load and the path to it; kubectl -n NS logs -l k8s-app=kube-dns shows each failure.",
    ),
    "coredns-health.no-upstream": CodeInfo(
        "The Corefile forwards names outside the cluster nowhere (no `forward .` in the root server block).",
        "Add `forward . /etc/resolv.conf` (or the upstream's IP) if pods need names outside the cluster.",
    ),
    "coredns-health.corefile-unreadable": CodeInfo(
        "The `coredns` ConfigMap (the Corefile) is not in CoreDNS's namespace (an install that names it "
        "otherwise) or is empty; a refusal (RBAC) is `check.api-unreadable`.",
        "Check the CoreDNS Deployment's config volume: which ConfigMap holds its Corefile.",
    ),
    "coredns-health.log-unreadable": CodeInfo(
        "CoreDNS's log could not be read: the API answered an error other than a refusal (a refusal by RBAC "
        "is `check.api-unreadable`: grant get on pods/log in CoreDNS's namespace, see deploy/README.md). "
        "A warning when other CoreDNS pods' logs were read.",
        "Read the API's message in the finding; `kubectl -n NS logs POD` shows the same.",
    ),
    "coredns-health.upstream-unknown": CodeInfo(
        "CoreDNS forwards to a resolv.conf, and the node's resolv.conf names only a loopback stub with no "
        "systemd-resolved file behind it: podnet cannot tell which upstream the pods were given.",
        "Read kubelet's resolvConf on the CoreDNS node; put the real upstream in the Corefile's `forward .`.",
    ),
    # --- coredns -------------------------------------------------------------------------------------
    "coredns.no-dns-service": CodeInfo(
        "No cluster DNS Service exists, so pods have no nameserver that answers.",
        "Restore the kube-dns Service (kubectl get svc -A -l k8s-app=kube-dns).",
    ),
    "coredns.no-endpoints": CodeInfo(
        "The cluster DNS Service has no endpoints: no CoreDNS pod backs it.",
        "kubectl -n kube-system get pods -l k8s-app=kube-dns -o wide; see why no pod is Ready.",
    ),
    "coredns.none-ready": CodeInfo(
        "No CoreDNS pod is Ready.",
        "Read the CoreDNS pods' events and logs; fix what keeps them from becoming Ready.",
    ),
    "coredns.some-not-ready": CodeInfo(
        "Some CoreDNS endpoints are not Ready (the rest still serve).",
        "Look at the pods that are not Ready.",
    ),
    "coredns.not-answering": CodeInfo(
        "CoreDNS does not answer even on its own node: CoreDNS itself is broken, not the network.",
        "kubectl -n kube-system logs -l k8s-app=kube-dns; restart the CoreDNS Deployment.",
    ),
    "coredns.some-not-answering": CodeInfo(
        "Some CoreDNS pods do not answer on their own node (others do).",
        "Restart the silent pods and read their logs.",
    ),
    "coredns.unreachable-across-nodes": CodeInfo(
        "CoreDNS answers on its own node but not from the client node(s): the cause is further down the ladder.",
        "Follow the later steps (routes, autodetection, link, MTU, tunnel mode); --capture proves the link.",
    ),
    # --- network-policy (step `network-policy`) ----------------------------------------------------
    "network-policy.dns-egress-denied": CodeInfo(
        "Network policy selecting the client pod (egress) lets no UDP 53 through to the CoreDNS pods: a "
        "default-deny egress policy without a DNS rule, or a Calico Deny before any Allow.",
        "Add an egress rule allowing UDP and TCP 53 to the kube-dns pods (namespaceSelector "
        "kubernetes.io/metadata.name: kube-system, podSelector k8s-app: kube-dns), or an Allow before the Deny.",
    ),
    "network-policy.dns-ingress-denied": CodeInfo(
        "Network policy selecting the CoreDNS pods (ingress) lets no UDP 53 in from the client pod.",
        "Allow ingress on UDP and TCP 53 to the kube-dns pods from every namespace that resolves names.",
    ),
    "network-policy.tcp-dns-denied": CodeInfo(
        "UDP 53 to CoreDNS is allowed but TCP 53 is not: answers too large for UDP (truncated, retried over "
        "TCP) fail, and clients that use TCP for DNS fail outright.",
        "Add TCP 53 next to UDP 53 in the DNS egress (or CoreDNS ingress) rule.",
    ),
    "network-policy.pods-dns-denied": CodeInfo(
        "Some pods on the node are kept from CoreDNS by network policy, but no failing pod was named (no "
        "namespace either, or other pods of the failing Service's namespace there do reach CoreDNS); they "
        "may be meant to be isolated.",
        "If they should resolve names, allow their egress on UDP and TCP 53 to the kube-dns pods.",
    ),
    "network-policy.coredns-egress-denied-nodelocal": CodeInfo(
        "Policy denies the pod's egress straight to the CoreDNS pods, but NodeLocal DNSCache runs on its node "
        "and policy lets the pod reach it: lookups work while the cache is up, and fail with it.",
        "Allow UDP and TCP 53 to the kube-dns pods too, so that lookups do not depend on the cache alone.",
    ),
    "network-policy.unevaluated": CodeInfo(
        "A policy that applies uses something podnet does not evaluate (a Calico tier, a service-account "
        "selector, an unknown selector syntax…), so whether DNS passes cannot be told.",
        "Read the named policy by hand (`kubectl get … -o yaml`), or test from the pod with `dig`.",
    ),
    # --- service-nat ---------------------------------------------------------------------------------
    "service-nat.no-dns-service": CodeInfo(
        "There is no cluster DNS Service whose NAT could be checked.",
        "Restore the kube-dns Service first.",
    ),
    "service-nat.mode-unknown": CodeInfo(
        "No ConfigMap says kube-proxy's mode and the node holds no Service rules in IPVS or iptables:"
        " kube-proxy is not running there, or something podnet does not recognise replaces it.",
        "Check what implements Services on the node (kube-proxy, or its replacement) and that it runs.",
    ),
    "service-nat.virtual-service-missing": CodeInfo(
        "The node has no NAT entry for one of the DNS Service's ports: every query to it is dropped.",
        "Restart kube-proxy on the node (delete its pod); read its logs for why it stopped syncing.",
    ),
    "service-nat.stale-real-server": CodeInfo(
        "The node translates the DNS Service to a pod that is no longer a CoreDNS endpoint.",
        "Restart kube-proxy on the node so it rebuilds its rules from the current endpoints.",
    ),
    "service-nat.real-server-missing": CodeInfo(
        "The node's NAT for the DNS Service lacks a current CoreDNS endpoint.",
        "Restart kube-proxy on the node so it rebuilds its rules from the current endpoints.",
    ),
    # --- routing -------------------------------------------------------------------------------------
    "routing.ipam-unreadable": CodeInfo(
        "Calico's IPAM blocks could not be read; block owners were taken from the pods' nodes.",
        "Let podnet read ipamblocks.crd.projectcalico.org.",
    ),
    "routing.local-route-missing": CodeInfo(
        "A CoreDNS pod on the node itself has no host route via its cali* veth.",
        "Restart calico-node on the node: felix re-programs the pod's route.",
    ),
    "routing.block-route-missing": CodeInfo(
        "The node has no route to another node's /26 block (only the default route, or none, matches).",
        "Restart calico-node (felix re-programs its routes); put the route back by hand until it does.",
    ),
    "routing.block-route-wrong": CodeInfo(
        "The node's route to another node's block points at the wrong node or device.",
        "Restart calico-node on the node; replace the route by hand with the one podnet shows.",
    ),
    # --- autodetect ----------------------------------------------------------------------------------
    "autodetect.no-calico-address": CodeInfo(
        "The node has no projectcalico.org/IPv4Address annotation: Calico has not detected its address.",
        "Check calico-node on the node and its IP_AUTODETECTION_METHOD.",
    ),
    "autodetect.address-on-no-interface": CodeInfo(
        "Calico's detected address is on no interface of the node.",
        "Set IP_AUTODETECTION_METHOD (kubernetes-internal-ip or can-reach=…) and restart calico-node.",
    ),
    "autodetect.interface-mismatch": CodeInfo(
        "The node receives tunnel traffic on one interface and sends towards its peers out of another.",
        "Set IP_AUTODETECTION_METHOD to kubernetes-internal-ip (or can-reach=…) on the calico-node DaemonSet.",
    ),
    "autodetect.not-internal-ip": CodeInfo(
        "Calico detected an address other than the node's InternalIP.",
        "Usually harmless; check it is the interface the node's peers reach.",
    ),
    "autodetect.first-found-multi-nic": CodeInfo(
        "first-found on a node with several NICs picks whichever comes first.",
        "Pin the method: kubernetes-internal-ip or can-reach=<control node IP>.",
    ),
    # --- link ----------------------------------------------------------------------------------------
    "link.not-encapsulated": CodeInfo(
        "The query never left the client node encapsulated.",
        "Check the client node's routes and tunnel device (the routing and tunnel-mode steps).",
    ),
    "link.dropped-between-nodes": CodeInfo(
        "Tunnel packets leave the client node but never arrive at the CoreDNS node: the network drops them.",
        "Allow the tunnel protocol (VXLAN UDP 4789, or IP protocol 4) between the nodes; or switch to VXLAN.",
    ),
    "link.no-answer": CodeInfo(
        "The query reaches the CoreDNS node but no answer leaves it.",
        "Check the CoreDNS node's forwarding and the pod (firewall rules, rp_filter).",
    ),
    "link.answer-lost": CodeInfo(
        "The answer leaves the CoreDNS node but never arrives back at the client node.",
        "Allow the tunnel protocol in the other direction too.",
    ),
    "link.capture-failed": CodeInfo(
        "The capture could not run (tcpdump did not start, or a node is unknown).",
        "Check tcpdump is installed on the nodes and podnet may run it (sudo).",
    ),
    # --- mtu -----------------------------------------------------------------------------------------
    "mtu.tunnel-differs-from-config": CodeInfo(
        "The tunnel device's MTU differs from FelixConfiguration's.",
        "Restart calico-node so felix applies its MTU, or fix FelixConfiguration.",
    ),
    "mtu.tunnel-exceeds-nic": CodeInfo(
        "The tunnel device's MTU does not fit the NIC's MTU minus the encapsulation overhead.",
        "Lower the tunnel MTU (FelixConfiguration) or restore the NIC's MTU.",
    ),
    "mtu.veth-differs-from-config": CodeInfo(
        "The pods' cali* veths have another MTU than calico-config's veth_mtu.",
        "Set veth_mtu and recreate the pods (they get the MTU when created).",
    ),
    "mtu.veth-exceeds-tunnel": CodeInfo(
        "The pods' veths are larger than the tunnel can carry: large answers are lost.",
        "Lower veth_mtu to the tunnel MTU; recreate the pods.",
    ),
    "mtu.config-exceeds-nic": CodeInfo(
        "FelixConfiguration's tunnel MTU exceeds the NIC's MTU minus the encapsulation overhead.",
        "Set the FelixConfiguration MTU to the path MTU minus the overhead.",
    ),
    # --- tunnel-mode ---------------------------------------------------------------------------------
    "tunnel-mode.felix-disabled": CodeInfo(
        "The IPPool uses an encapsulation that felix has switched off for the node.",
        "Turn it back on in the FelixConfiguration (the per-node override, if one is set).",
    ),
    "tunnel-mode.device-missing": CodeInfo(
        "The node lacks the tunnel device (vxlan.calico or tunl0) its IPPool's mode needs.",
        "Restart calico-node on the node: felix recreates the device and its routes.",
    ),
    "tunnel-mode.underlay-drops-ipip": CodeInfo(
        "The capture shows the underlay drops IP-in-IP while the pool uses it.",
        "Switch the pool to VXLAN (the runbook's three calicoctl patches, in order).",
    ),
    # --- client-resolver (helper "resolver") ----------------------------------------------------------
    "client-resolver.nameserver-not-cluster-dns": CodeInfo(
        "The client pod's resolver asks a server other than the cluster DNS (or NodeLocal DNSCache) first"
        " (dnsPolicy Default or None, ClusterFirst on a hostNetwork pod): cluster names do not resolve there.",
        "Set dnsPolicy ClusterFirst (ClusterFirstWithHostNet for hostNetwork pods), or put the cluster DNS"
        " first in dnsConfig.nameservers.",
    ),
    "client-resolver.name-not-searchable": CodeInfo(
        "The failing short name cannot resolve with the pod's search list: no search domain makes it"
        " <service>.<namespace>.svc.<domain> (the list lacks <namespace>.svc.<domain>).",
        "Use the full name with a trailing dot, or add <namespace>.svc.<domain> to dnsConfig.searches"
        " (dnsPolicy ClusterFirst writes it).",
    ),
    "client-resolver.ndots-expansion": CodeInfo(
        "The failing name has fewer dots than ndots: every lookup first tries each search domain (each an"
        " NXDOMAIN) before the name itself: several queries, and several chances to time out, per lookup.",
        "Write the name with a trailing dot, or set dnsConfig.options ndots to 2 for the pod.",
    ),
    "client-resolver.search-path-nxdomain": CodeInfo(
        "The pasted CoreDNS log shows a burst of NXDOMAIN answers to search-path expansions of one name"
        " (name.ns.svc.cluster.local, name.svc.cluster.local, …): the ndots:5 search list at work.",
        "Use fully qualified names with a trailing dot in the client, or lower ndots in its dnsConfig.",
    ),
    # --- node-local-dns (helper "resolver") ------------------------------------------------------------
    "node-local-dns.no-pod": CodeInfo(
        "NodeLocal DNSCache is deployed but no pod of it runs on the client's node: a problem when pods there"
        " name its address; else a warning, as kubelet there may point at the DNS Service (a node the"
        " DaemonSet leaves out; kubelet's clusterDNS is not in the API).",
        "Check the DaemonSet's scheduling on that node (kubectl -n kube-system get ds node-local-dns).",
    ),
    "node-local-dns.not-ready": CodeInfo(
        "The NodeLocal DNSCache pod on the client's node is not Ready.",
        "Read its logs (kubectl -n kube-system logs POD) and delete the pod so its DaemonSet starts a fresh one.",
    ),
    "node-local-dns.not-answering": CodeInfo(
        "NodeLocal DNSCache does not answer on its link-local address (169.254.20.10) from the client's node:"
        " the pods there get no DNS answers.",
        "Restart the cache on that node (kubectl -n kube-system delete pod POD) and read its logs.",
    ),
    "node-local-dns.upstream-not-answering": CodeInfo(
        "NodeLocal DNSCache on the client's node is up (its health endpoint answers) but gets no answer for"
        " cluster names from its upstream, the cluster DNS: the cause is further down the ladder.",
        "Follow the failing step below (Service NAT, routes, the link) between the node and CoreDNS.",
    ),
    "node-local-dns.notrack-missing": CodeInfo(
        "NOTRACK rules node-cache installs for its address (raw PREROUTING and OUTPUT, UDP and TCP) are"
        " missing: its DNS traffic goes through conntrack again.",
        "Restart the node-local-dns pod on the node (node-cache installs them at start and keeps them).",
    ),
    # --- kernel-gso ----------------------------------------------------------------------------------
    "kernel-gso.risky-offloads": CodeInfo(
        "GSO and checksum offloads are on for an IP-in-IP cluster; some kernels drop such packets.",
        "Test by turning them off: ethtool --offload IFACE rx off tx off; ethtool -K IFACE gso off.",
    ),
    # --- kube-proxy and calico-node (helper kpcalico) -----------------------------------------------
    "kube-proxy.sync-stale": CodeInfo(
        "kube-proxy's health endpoint on the node answers 503: a change it should have applied (a Service's or"
        " an endpoint's) has waited longer than its healthz timeout; the node's Service rules are stale.",
        "Read the kube-proxy pod's log on that node and restart it (kubectl -n NS delete pod …), or restart"
        " the agent that embeds it (k3s-agent, rke2-agent, kube-proxy's service).",
    ),
    "kube-proxy.pod-not-ready": CodeInfo(
        "The kube-proxy pod on the node is not Ready (or its container waits: CrashLoopBackOff …).",
        "kubectl -n NS describe pod / logs --previous on that pod; fix what stops it, then delete the pod.",
    ),
    "kube-proxy.restarts": CodeInfo(
        "The kube-proxy pod on the node has restarted many times: it syncs, but keeps dying.",
        "kubectl -n NS logs --previous on that pod: see why it exits.",
    ),
    "kube-proxy.node-not-eligible": CodeInfo(
        "kube-proxy's health endpoint answers 503 with nodeEligible false: the node is being deleted or is"
        " tainted ToBeDeletedByClusterAutoscaler; load balancers drain it on purpose.",
        "Nothing to fix in kube-proxy; move the client off the node being removed.",
    ),
    "kube-proxy.mixed-backends": CodeInfo(
        "Both iptables backends (legacy and nft) hold kube-proxy's or Calico's chains on the node: two"
        " components write different backends, and rules in one are invisible to tools reading the other.",
        "Make kube-proxy and Calico use the node's backend (Calico: FELIX_IPTABLESBACKEND; kube-proxy: an"
        " image with iptables-wrapper), then remove the stale backend's chains (or reboot the node).",
    ),
    "kube-proxy.not-found": CodeInfo(
        "Nothing answers on kube-proxy's health port and no kube-proxy pod runs on the node: podnet cannot"
        " tell what translates Service IPs there.",
        "Check what proxies Services on that node (kube-proxy as a service, an agent, a CNI replacing it).",
    ),
    "kube-proxy.healthz-unanswered": CodeInfo(
        "kube-proxy's pod runs on the node but nothing answers on 127.0.0.1:10256 (healthzBindAddress moved"
        " or disabled): whether it syncs was not checked.",
        "Check healthzBindAddress in kube-proxy's configuration; curl its /healthz where it listens.",
    ),
    "kube-proxy.healthz-unrecognised": CodeInfo(
        "Something answered on 127.0.0.1:10256/healthz, but not in kube-proxy's format: not judged.",
        "curl -s http://127.0.0.1:10256/healthz on the node; see what serves that port.",
    ),
    "calico-node.not-ready": CodeInfo(
        "calico-node on the node is not Ready: felix (routes, tunnel, policy) or BIRD (BGP) is not working"
        " there, so the node's pod routes are missing or stale.",
        "Read its readiness-probe events and log (kubectl -n NS describe pod / logs); fix what they name"
        " (BGP peer, datastore access), then delete the pod.",
    ),
    "calico-node.pod-missing": CodeInfo(
        "No calico-node pod runs on a node where Calico runs elsewhere: nothing programs that node's routes.",
        "kubectl -n NS get ds calico-node; see why its pod is not scheduled there (taints, nodeSelector).",
    ),
    "calico-node.restarts": CodeInfo(
        "calico-node on the node has restarted many times (it is Ready now).",
        "kubectl -n NS logs --previous on that pod: see why it exits.",
    ),
    "calico-node.probe-failing": CodeInfo(
        "calico-node is Ready, but recent Events show its readiness or liveness probe failing (felix or BIRD"
        " flapping).",
        "kubectl -n NS describe pod on that pod; read the probe's message (BGP not established with …).",
    ),
    # --- conntrack (helper "conntrack"), and kernel-gso/link on VXLAN's checksum offload ----------------
    "conntrack.insert-race": CodeInfo(
        "insert_failed grew during the diagnosis: conntrack entries fail to insert (the UDP race of"
        " kubernetes#56903) and the kernel drops those DNS packets now: 5-second delays and timeouts.",
        "dnsConfig options single-request-reopen (glibc) or use-vc (DNS over TCP); NodeLocal DNSCache; a newer"
        " kernel (5.0 resolves same-destination clashes).",
    ),
    "conntrack.dropping": CodeInfo(
        "drop or early_drop grew during the diagnosis: the kernel drops packets (or evicts entries) because no"
        " conntrack entry can be allocated, i.e. the table is full.",
        "Raise net.netfilter.nf_conntrack_max (kube-proxy's conntrack settings); find what fills the table.",
    ),
    "conntrack.table-full": CodeInfo(
        "The conntrack table holds nf_conntrack_max entries: new connections are dropped"
        " (`nf_conntrack: table full, dropping packet`).",
        "Raise net.netfilter.nf_conntrack_max; find what fills the table (conntrack -L).",
    ),
    "conntrack.table-nearly-full": CodeInfo(
        "The conntrack table holds at least 90% of nf_conntrack_max entries: close to dropping new connections"
        " (nothing is dropped before the maximum).",
        "Raise net.netfilter.nf_conntrack_max before it fills; find what fills the table (conntrack -L).",
    ),
    "conntrack.failed-before": CodeInfo(
        "insert_failed, drop or early_drop are non-zero since boot but did not grow during the diagnosis:"
        " it happened, it is not happening now.",
        "Watch /proc/net/stat/nf_conntrack while the DNS failures happen; diagnose again then.",
    ),
    "conntrack.stats-unreadable": CodeInfo(
        "Neither /proc/net/stat/nf_conntrack nor `conntrack -S` gave the node's conntrack statistics.",
        "Check nf_conntrack is loaded (lsmod) and podnet may read /proc; install conntrack-tools.",
    ),
    "conntrack.fill-unreadable": CodeInfo(
        "sysctl did not give net.netfilter.nf_conntrack_count and nf_conntrack_max.",
        "Run sysctl net.netfilter.nf_conntrack_count net.netfilter.nf_conntrack_max on the node.",
    ),
    "kernel-gso.vxlan-checksum-offload": CodeInfo(
        "tx-checksum-ip-generic is on on vxlan.calico where felix would keep it off (a kernel before 5.7, or"
        " featureDetectOverride ChecksumOffloadBroken=true): NAT'd VXLAN packets may be dropped for a bad UDP"
        " checksum (projectcalico/calico#3145); a possibility, not proven.",
        "ethtool -K vxlan.calico tx-checksum-ip-generic off; keep it off with FelixConfiguration"
        " featureDetectOverride: ChecksumOffloadBroken=true.",
    ),
    "kernel-gso.vxlan-checksum-bug": CodeInfo(
        "The capture shows VXLAN packets arriving with a bad outer UDP checksum and never answered, with"
        " tx-checksum-ip-generic on on vxlan.calico: the checksum-offload bug (projectcalico/calico#3145)"
        " drops them.",
        "ethtool -K vxlan.calico tx-checksum-ip-generic off on the nodes; FelixConfiguration featureDetectOverride:"
        " ChecksumOffloadBroken=true keeps it off.",
    ),
    "link.bad-udp-checksum": CodeInfo(
        "VXLAN packets arrive at the CoreDNS node with a bad outer UDP checksum (tcpdump -vv: `bad udp cksum`)"
        " and are not answered: the signature of the VXLAN checksum-offload bug.",
        "See kernel-gso: ethtool -K vxlan.calico tx-checksum-ip-generic off.",
    ),
    # --- pod-dns and node-forwarding (helper poddns) -------------------------------------------------
    "pod-dns.no-answer": CodeInfo(
        "The cluster DNS gave no answer to a query sent from the client pod's own network namespace (its path:"
        " veth, FORWARD, Calico's chains, Service NAT). A symptom: any other failing step explains it.",
        "Follow the failing step below; if none fails, compare with the node's own query (it avoids FORWARD and"
        " the pod's policy): the FORWARD chain, policies and rp_filter on the pod's path.",
    ),
    "pod-dns.error-status": CodeInfo(
        "The query from the client pod's network namespace was answered, but not with NOERROR (NXDOMAIN,"
        " SERVFAIL, REFUSED): the network path works, the answer does not.",
        "Check the name (podnet probes the Service's name under cluster.local), CoreDNS's log and its upstreams.",
    ),
    "pod-dns.netns-not-found": CodeInfo(
        "podnet could not find the client pod's network namespace on its node (no /32 route to a veth, or the"
        " veth's peer namespace has no name under /var/run/netns), so it could not query as the pod does.",
        "Check `ip route | grep POD_IP` and `ip -o link show dev VETH` (link-netns) on the node; diagnose with"
        " --from another pod.",
    ),
    "pod-dns.netns-not-entered": CodeInfo(
        "podnet found the pod's network namespace but could not run the query in it (nsenter refused: no root,"
        " or the namespace is gone).",
        "Let podnet's SSH user run nsenter (PODNET_SSH_SUDO=1 with a sudo rule), or re-run if the pod restarted.",
    ),
    "node-forwarding.filter-unreadable": CodeInfo(
        "`iptables-save -t filter` printed no filter table on the node.",
        "Run it on the node; install iptables or grant sudo.",
    ),
    "node-forwarding.calico-chains-not-found": CodeInfo(
        "The node's filter table (as iptables-save shows it) has no Calico chain: Calico's nftables or eBPF"
        " dataplane, or its rules in the other iptables backend (legacy vs nft). FORWARD was not judged.",
        "Check which backend Calico uses (FELIX_IPTABLESBACKEND, linuxDataplane) and `iptables-legacy-save`.",
    ),
    "node-forwarding.no-calico-accept": CodeInfo(
        "FORWARD's policy is DROP and nothing jumps to Calico's cali-FORWARD: every forwarded pod packet is dropped.",
        "Restart calico-node on the node (felix re-inserts its jump); find what flushed FORWARD.",
    ),
    "node-forwarding.calico-jump-missing": CodeInfo(
        "FORWARD has no jump to cali-FORWARD (its policy accepts, so traffic still passes, without Calico policy).",
        "Restart calico-node on the node so felix re-inserts its chains.",
    ),
    "node-forwarding.forward-drops-dns": CodeInfo(
        "A DROP or REJECT rule in FORWARD (or a chain it jumps to, not Calico's), placed before Calico's jump,"
        " matches DNS between pods and CoreDNS (UDP/TCP 53, the pod CIDR, the CoreDNS IPs).",
        "Delete it (`iptables -D …` as podnet prints it) and remove what adds it (hardening script, firewall).",
    ),
    "node-forwarding.input-drops-dns": CodeInfo(
        "IPVS node (the Service IP is local, on kube-ipvs0): a DROP or REJECT rule in INPUT (or a chain it jumps"
        " to), placed before Calico's cali-INPUT jump, matches local pods' queries to the cluster DNS IP.",
        "Delete it (`iptables -D …` as podnet prints it) and remove what adds it (hardening script, firewall).",
    ),
    "node-forwarding.rule-not-evaluated": CodeInfo(
        "A DROP or REJECT rule before Calico's jump may match DNS, but uses a match podnet cannot evaluate"
        " (ipset, mark, physdev, …).",
        "Read the rule and its counters: `iptables -L CHAIN -v -n --line-numbers`.",
    ),
    "node-forwarding.sysctl-unreadable": CodeInfo(
        "sysctl ran but printed no net.ipv4.ip_forward (a sysctl without -r, or /proc/sys not readable).",
        "Run `sysctl net.ipv4.ip_forward` on the node (procps-ng's sysctl).",
    ),
    "node-forwarding.ip-forward-off": CodeInfo(
        "net.ipv4.ip_forward is 0 on the node: it forwards no pod traffic at all.",
        "sysctl -w net.ipv4.ip_forward=1, and fix the /etc/sysctl.d/ file that turned it off.",
    ),
    "node-forwarding.rp-filter-asymmetric": CodeInfo(
        "Strict reverse-path filtering (rp_filter=1, the max of all and the interface) on the interface packets"
        " from a peer node arrive on, while the route back to that peer leaves by another interface: dropped.",
        "Make the route symmetric, or set rp_filter=2 (loose) on that interface.",
    ),
    "node-forwarding.rp-filter-peer-address": CodeInfo(
        "Strict rp_filter drops tunnel packets on an asymmetric path between two nodes, one of which has a Calico"
        " address that is not its InternalIP (Calico detected another interface): a consequence of autodetect's.",
        "Fix that node's IP autodetection (see the autodetect step); the path is then symmetric again.",
    ),
    "node-forwarding.rp-filter-unverified": CodeInfo(
        "rp_filter is strict where peers' packets arrive, and the route back to a peer could not be read.",
        "Check `ip route get PEER` on the node leaves by the interface holding Calico's address.",
    ),
}


def prefix(code: str) -> str:
    """The step id (or `mapping`, `check`) a code belongs to."""
    return code.split(".", 1)[0]


def markdown() -> str:
    """The table in docs/findings.md."""
    lines = [
        "# Finding codes",
        "",
        "Every finding podnet reports carries one of these codes (`findings[].code` in `--json`;",
        "`verdict.code` names the one the verdict rests on). Made from `checks/findings.py`:",
        "`python -m checks.findings > docs/findings.md`.",
        "",
        "| code | what it means | what fixes it |",
        "| --- | --- | --- |",
    ]
    for code, info in CATALOG.items():
        lines.append(f"| `{code}` | {info.meaning} | {info.fix} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(markdown(), end="")
