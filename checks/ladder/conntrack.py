"""Step `conntrack`: the kernel's connection tracking on the involved nodes — insert failures, drops,
and the table's fill.

Every DNS query through the Service IP is NAT'd, so it needs a conntrack entry. Three ways that fails:

- the insert race (kubernetes#56903, the "5-second DNS delay"): two UDP packets of one socket (glibc sends
  the A and AAAA queries together, from one port) create the same entry on two CPUs at once; the second
  insert fails, `insert_failed` counts it and the packet is dropped, and the client waits for its 5 s
  retry. Kernel 5.0 resolves the clash when both packets are NAT'd to the same destination; the case
  where they are NAT'd to two different CoreDNS pods was fixed only in 2024 (netfilter bugzilla 1766).
  `clash_resolve` (`clashres` in /proc) counts clashes the kernel resolved without dropping: benign.
- a full table (`nf_conntrack: table full, dropping packet` in the kernel log): `drop` counts packets
  dropped for want of an entry, `early_drop` entries evicted to make room.
- `chaintoolong` (kernel 5.16+): inserts refused because a hash chain grew too long (counted in
  `insert_failed` too).

The counters are cumulative since boot, so one reading says "it happened"; the step reads them twice
(in the diagnosis's batched prefetch, then again when the step runs: a second exec on the node; in a
sweep, at the end of the node's one batch, StepSpec.again, the rest of the batch between the two) and
calls only what grows between the two readings a current problem; the evidence says how far apart they
were, on the node's clock. What is non-zero but not growing is a
warning (it happened, not now). The statistics come from `/proc/net/stat/nf_conntrack` (per network
namespace, no tool needed), else from `conntrack -S`; the fill from `sysctl`.
"""

from __future__ import annotations

import time

from checks.ladder.base import Collector, StepContext, StepSpec
from checks.model import StepResult
from checks.outputs.conntrack import ConntrackStats, parse_conntrack_fill, parse_conntrack_s, parse_proc_stat
from checks.remote.batch import CommandResult
from checks.remote.catalog import (
    CatalogCommand,
    conntrack_fill,
    conntrack_proc_stat,
    conntrack_stats,
    read_again,
)

ID = "conntrack"
TITLE = "Connection tracking (insert race, drops, table fill)"
FULL = 0.9  # count/max at or above which the table counts as full
AGAIN = "second_reading"
RACE = ("insert_failed",)
DROPS = ("drop", "early_drop")
PAST = ("insert_failed", "drop", "early_drop")


def _commands() -> list[CatalogCommand]:
    return [conntrack_proc_stat(), conntrack_stats(), conntrack_fill()]


def needs(ctx: StepContext) -> dict[str, list[CatalogCommand]]:
    return {n: _commands() for n in ctx.involved_nodes}


def again(ctx: StepContext) -> dict[str, list[CatalogCommand]]:
    """In a sweep, every node's second reading of /proc/net/stat/nf_conntrack, at the end of its batch (where
    only `conntrack -S` reads the statistics, the step reads that again itself)."""
    return {node: [read_again(conntrack_proc_stat(), AGAIN)] for node in ctx.involved_nodes}


def _stats(result: CommandResult, proc: bool) -> ConntrackStats | None:
    if not result.ok:
        return None
    return parse_proc_stat(result.output) if proc else parse_conntrack_s(result.output)


def _grew(first: ConntrackStats, second: ConntrackStats, names: tuple[str, ...]) -> dict[str, int]:
    """The counters among `names` that grew between the readings, with by how much."""
    grown = {}
    for name in names:
        before, after = first.get(name), second.get(name)
        if before is not None and after is not None and after > before:
            grown[name] = after - before
    return grown


def _apart(first: ConntrackStats, second: ConntrackStats, source: CommandResult, again: CommandResult) -> str:
    """How far apart the readings were: on the node's clock (/proc/uptime, read with them), else by when the
    node's answers came in; nothing when neither is known."""
    if first.uptime is not None and second.uptime is not None:
        return f", {second.uptime - first.uptime:.2f} s later"
    if again.at is not None and source.at is not None:
        return f", {again.at - source.at:.2f} s later"
    return ""


def _line(stats: ConntrackStats) -> str:
    shown = ("insert_failed", "drop", "early_drop", "clash_resolve", "chaintoolong", "invalid")
    return " ".join(f"{n}={stats.counters[n]}" for n in shown if n in stats.counters)


def run(ctx: StepContext) -> StepResult:
    started = time.monotonic()
    f = Collector(ID, TITLE)
    seen = []
    for node in ctx.involved_nodes:
        seen.extend(_node(ctx, f, node))
    if f.has("problem"):
        f.explanation = (
            "Every DNS query to the Service IP is NAT'd and needs a conntrack entry. When the entry cannot be "
            "inserted (the race of kubernetes#56903: glibc's parallel A/AAAA queries from one socket) or the "
            "table is full, the kernel drops the packet and the client waits for its retry: the intermittent "
            "5-second DNS delays and timeouts."
        )
    return f.result(started, summary_if_ok="; ".join(seen) or "no node to check")


def _node(ctx: StepContext, f: Collector, node: str) -> list[str]:
    proc_res, tool_res, fill_res = ctx.run(node, _commands())
    proc = _stats(proc_res, True)
    source, first = (proc_res, proc) if proc is not None else (tool_res, _stats(tool_res, False))
    if first is None:
        if proc_res.exit_status is None:
            f.not_run(proc_res, "not reached")
        else:
            f.unchecked(
                "conntrack.stats-unreadable",
                f"{node}: neither /proc/net/stat/nf_conntrack nor `conntrack -S` gave the conntrack statistics "
                f"({(proc_res.output.strip() or 'no output')[:120]}; {(tool_res.output.strip() or 'no output')[:120]})",
                (node,),
            )
            f.cite(proc_res)
            f.cite(tool_res)
        return []
    again = ctx.run_one(node, read_again(source.command, AGAIN))
    second = _stats(again, source is proc_res)
    if second is None:
        f.not_run(again, "the second reading of the conntrack statistics failed")
        return []
    what = "/proc/net/stat/nf_conntrack" if source is proc_res else "conntrack -S"
    f.cite(source, [f"{node} first reading ({what}, {first.cpus} CPUs): {_line(first)}"])
    apart = _apart(first, second, source, again)
    f.cite(again, [f"{node} second reading{apart}: {_line(second)}"])
    race, drops = _grew(first, second, RACE), _grew(first, second, DROPS)
    if race:
        chain = _grew(first, second, ("chaintoolong",))
        f.problem(
            "conntrack.insert-race",
            f"{node}: insert_failed grew by {race['insert_failed']} during the diagnosis (now "
            f"{second.counters['insert_failed']})"
            + (f", chaintoolong by {chain['chaintoolong']}" if chain else "")
            + ": the conntrack insert race (kubernetes#56903) drops DNS packets now",
            (node,),
        )
        _suggest_race(f, node)
    if drops:
        grown = ", ".join(f"{n} by {d}" for n, d in drops.items())
        f.problem(
            "conntrack.dropping",
            f"{node}: {grown} during the diagnosis: the kernel drops packets for want of a conntrack entry",
            (node,),
        )
        _suggest_full(f, node)
    clash = _grew(first, second, ("clash_resolve",))
    notes = [f"clash_resolve +{clash['clash_resolve']} (resolved, not dropped)"] if clash else []
    _fill(f, node, fill_res, second, notes)
    if not race and not drops:
        past = {n: second.counters[n] for n in PAST if second.counters.get(n)}
        if past:
            f.nodes.add(node)
            f.warning(
                "conntrack.failed-before",
                f"{node}: "
                + ", ".join(f"{n}={v}" for n, v in past.items())
                + " since boot, not growing during the diagnosis (it happened, not now)",
                (node,),
            )
            _suggest_watch(f, node)
    return [f"{node}: {_line(second)}, not growing" + "".join(f"; {n}" for n in notes)]


def _fill(f: Collector, node: str, result: CommandResult, stats: ConntrackStats, notes: list[str]) -> None:
    fill = parse_conntrack_fill(result.output) if result.ok else None
    if fill is None or fill.ratio is None:
        if result.exit_status is None:
            f.not_run(result, "not reached")
        else:
            f.unchecked(
                "conntrack.fill-unreadable",
                f"{node}: the conntrack table's count and maximum could not be read "
                f"({(result.output.strip() or 'no output')[:160]})",
                (node,),
            )
            f.cite(result)
        return
    f.cite(result, [f"{node}: {fill.count} of {fill.maximum} entries ({fill.ratio:.0%})"])
    notes.append(f"table {fill.count}/{fill.maximum}")
    if fill.count is not None and fill.maximum and fill.count >= fill.maximum:
        f.problem(
            "conntrack.table-full",
            f"{node}: the conntrack table holds {fill.count} of {fill.maximum} entries: new connections are "
            "dropped (`nf_conntrack: table full, dropping packet`)",
            (node,),
        )
        _suggest_full(f, node)
    elif fill.ratio >= FULL:  # nothing is dropped before the maximum: drop/early_drop growing says when it is
        f.warning(
            "conntrack.table-nearly-full",
            f"{node}: the conntrack table holds {fill.count} of {fill.maximum} entries ({fill.ratio:.0%}): "
            "close to dropping new connections",
            (node,),
        )
        _suggest_full(f, node)


def _suggest_race(f: Collector, node: str) -> None:
    f.suggest(
        "kubectl patch deployment <client deployment> -n <namespace> --type merge -p "
        '\'{"spec":{"template":{"spec":{"dnsConfig":{"options":[{"name":"single-request-reopen"}]}}}}}\'',
        "control node",
        "glibc clients: send A and AAAA from separate sockets, so they never race (musl ignores it)",
    )
    f.suggest(
        "kubectl patch deployment <client deployment> -n <namespace> --type merge -p "
        '\'{"spec":{"template":{"spec":{"dnsConfig":{"options":[{"name":"use-vc"}]}}}}}\'',
        "control node",
        "or DNS over TCP (glibc's use-vc): TCP connections do not hit the UDP insert race",
    )
    f.suggest(
        "kubectl apply -f nodelocaldns.yaml  # https://kubernetes.io/docs/tasks/administer-cluster/nodelocaldns/",
        "control node",
        "NodeLocal DNSCache (the manifest of kubernetes cluster/addons/dns/nodelocaldns, its variables filled in): "
        "pods query a cache on their own node, without NAT, its traffic NOTRACK",
    )
    f.suggest(
        "uname -r",
        node,
        "kernel 5.0 resolves the same-destination clash; the clash between two CoreDNS pods was fixed in 2024",
    )
    _suggest_watch(f, node)


def _suggest_full(f: Collector, node: str) -> None:
    f.suggest("dmesg | grep -i 'nf_conntrack: table full'", node, "the kernel's own word that the table is full")
    f.suggest(
        "sysctl -w net.netfilter.nf_conntrack_max=<larger value>",
        node,
        "raise the table's size (kube-proxy sets it from --conntrack-max-per-core; persist it in its config)",
    )
    f.suggest("conntrack -L -o extended | awk '{print $3}' | sort | uniq -c", node, "what fills the table, by protocol")


def _suggest_watch(f: Collector, node: str) -> None:
    f.suggest(
        "watch -n 1 'cat /proc/net/stat/nf_conntrack'",
        node,
        "watch insert_failed (10th column), drop and early_drop (hexadecimal, one line per CPU)",
    )


# a conntrack failure on the CoreDNS node also makes CoreDNS look silent there: it explains those steps too
STEP = StepSpec(
    ID, TITLE, "node", needs, run, explains=frozenset({"pod-dns", "coredns", "coredns-health"}), again=again
)
