"""`iptables-save -t raw`: the NOTRACK rules (what NodeLocal DNSCache installs so its DNS traffic skips
conntrack).

    -A PREROUTING -d 169.254.20.10/32 -p udp -m udp --dport 53 -m comment --comment "…" -j NOTRACK
    -A OUTPUT -s 169.254.20.10/32 -p udp -m udp --sport 53 -m comment --comment "…" -j NOTRACK
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass

from checks.outputs._common import to_int, valid_ip


@dataclass(frozen=True)
class NotrackRule:
    chain: str
    protocol: str | None
    source: str | None  # address without /32 (None: any, or not a single address)
    destination: str | None
    sport: int | None
    dport: int | None


def _single(address: str | None) -> str | None:
    if address is None:
        return None
    ip, _, prefix = address.partition("/")
    return valid_ip(ip) if prefix in ("", "32", "128") else None


def parse_notrack(text: str) -> list[NotrackRule]:
    """Every `-j NOTRACK` rule of the raw table (also `-j CT --notrack`), in order."""
    rules: list[NotrackRule] = []
    in_raw = False
    for line in text.splitlines():
        if line.startswith("*"):
            in_raw = line.strip() == "*raw"
            continue
        if not in_raw or not line.startswith("-A "):
            continue
        try:
            words = shlex.split(line)
        except ValueError:
            continue
        opts: dict[str, str] = {}
        for i, w in enumerate(words[:-1]):
            if w.startswith("-") and not words[i + 1].startswith("-"):
                opts.setdefault(w, words[i + 1])
        target = opts.get("-j")
        if target != "NOTRACK" and not (target == "CT" and "--notrack" in words):
            continue
        rules.append(
            NotrackRule(
                words[1],
                opts.get("-p"),
                _single(opts.get("-s")),
                _single(opts.get("-d")),
                to_int(opts.get("--sport")),
                to_int(opts.get("--dport")),
            )
        )
    return rules


def nodelocal_notrack_missing(rules: list[NotrackRule], address: str, port: int = 53) -> list[str]:
    """The NOTRACK rules node-cache installs for `address` that are missing, as `CHAIN proto -d/-s`:
    PREROUTING for queries to it and OUTPUT for its answers, UDP and TCP."""
    wanted = [("PREROUTING", proto, "d") for proto in ("udp", "tcp")] + [
        ("OUTPUT", proto, "s") for proto in ("udp", "tcp")
    ]
    missing = []
    for chain, proto, side in wanted:
        found = any(
            r.chain == chain
            and r.protocol == proto
            and (
                (side == "d" and r.destination == address and r.dport == port)
                or (side == "s" and r.source == address and r.sport == port)
            )
            for r in rules
        )
        if not found:
            flag = "-d" if side == "d" else "-s"
            port_flag = "--dport" if side == "d" else "--sport"
            missing.append(f"-A {chain} {flag} {address}/32 -p {proto} -m {proto} {port_flag} {port} -j NOTRACK")
    return missing
