"""Parser for `tcpdump -nn` captures of Calico's tunnels (`udp port 4789` VXLAN, `ip proto 4` IP-in-IP),
and the capture statistics tcpdump prints on stderr when it stops.

Format: tcpdump(8) "OUTPUT FORMAT": `TIME IP SRC.PORT > DST.PORT: PAYLOAD`. VXLAN is decoded by
print-vxlan.c as `VXLAN, flags [I] (0x08), vni N` with the inner frame on the next line; IP-in-IP by
print-ip.c as the inner `IP SRC > DST: …` on the same line, ending in ` (ipip-proto-4)`. With `-i any`
an interface and direction (`eth0  Out`) precede `IP`; with `-tttt` a date precedes the time.

Verbose captures (`-v`, `-vv`): print-ip.c prints the IP header in parentheses after `IP`
(`IP (tos 0x0, ttl 64, id 59776, offset 0, flags [none], proto UDP (17), length 155)`) and the addresses
on the next, indented line; print-udp.c then verifies the UDP checksum and prints its verdict before the
payload: `[bad udp cksum 0xbf92 -> 0x669e!]` (the checksum in the packet, then the right one),
`[udp sum ok]` (with `-vv`) or `[no cksum]` (a zero checksum). Such a pair of lines is read as one
non-verbose line; the outer packet's verdict is kept in `Packet.outer_checksum`.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, replace
from typing import NamedTuple

from checks.outputs._common import split_dotted_port

_TIME = r"(?:\d{4}-\d{2}-\d{2}\s+)?\d{2}:\d{2}:\d{2}(?:\.\d+)?"
_FLOW = r"IP6?\s+(?P<src>\S+)\s+>\s+(?P<dst>\S+):(?:\s+(?P<rest>.*))?$"
_OUTER = re.compile(rf"^(?P<time>{_TIME})\s+(?:\S+\s+(?:In|Out|M|B|P)\s+)?{_FLOW}")
_INNER = re.compile(rf"^\s*{_FLOW}")
_VNI = re.compile(r"\bvni\s+(\d+)")
_IPIP_MARK = "(ipip-proto-4)"
_VERBOSE_HEADER = re.compile(r"^(?P<head>.*\bIP6?)\s+\((?:tos|flowlabel|class|hlim)\b.*\)\s*$")
_CHECKSUM = re.compile(r"^\[(?P<verdict>bad udp cksum 0x[0-9a-fA-F]+ -> 0x[0-9a-fA-F]+!|udp sum ok|no cksum)\]\s*")
_STAT = re.compile(r"^\s*(\d+)\s+packets?\s+(captured|received by filter|dropped by kernel)\b")


@dataclass(frozen=True)
class Packet:
    """One captured packet. Addresses are bare IPs; ports, when the packet has them, are separate.

    For a packet that is not tunnelled, encap and the inner addresses are None and inner_summary is what
    tcpdump printed after the addresses.
    """

    time: str
    outer_src: str
    outer_dst: str
    encap: str | None
    vni: int | None
    inner_src: str | None
    inner_dst: str | None
    inner_summary: str
    outer_sport: int | None = None
    outer_dport: int | None = None
    inner_sport: int | None = None
    inner_dport: int | None = None
    outer_checksum: str | None = None  # verbose captures: "bad", "ok" or "none" (zero); else None


class TcpdumpStats(NamedTuple):
    """tcpdump's closing counts; None for a line it did not print."""

    captured: int | None
    received_by_filter: int | None
    dropped_by_kernel: int | None


def _packet(match: re.Match[str]) -> Packet | None:
    src, dst = split_dotted_port(match["src"]), split_dotted_port(match["dst"])
    if src is None or dst is None:
        return None
    rest = (match["rest"] or "").strip()
    checksum = _CHECKSUM.match(rest)
    verdict = None
    if checksum is not None:
        word = checksum["verdict"]
        verdict = "bad" if word.startswith("bad") else "ok" if word.endswith("ok") else "none"
        rest = rest[checksum.end() :]
    packet = Packet(match["time"], src[0], dst[0], None, None, None, None, rest, src[1], dst[1], outer_checksum=verdict)
    if rest.startswith("VXLAN"):
        vni = _VNI.search(rest)
        return replace(packet, encap="vxlan", vni=int(vni[1]) if vni else None, inner_summary="")
    if rest.startswith("IP ") or rest.endswith(_IPIP_MARK):
        return _with_inner(replace(packet, encap="ipip"), rest.removesuffix(_IPIP_MARK))
    return packet


def _with_inner(packet: Packet, text: str) -> Packet:
    """`packet` with the inner packet of `IP SRC > DST: SUMMARY`; anything else is kept as the summary."""
    match = _INNER.match(text)
    src = split_dotted_port(match["src"]) if match else None
    dst = split_dotted_port(match["dst"]) if match else None
    if match is None or src is None or dst is None:
        return replace(packet, inner_summary=text.strip())
    return replace(
        packet,
        inner_src=src[0],
        inner_dst=dst[0],
        inner_sport=src[1],
        inner_dport=dst[1],
        inner_summary=(match["rest"] or "").strip(),
    )


def _joined(text: str) -> list[str]:
    """The capture's lines with each verbose IP header line joined to the address line after it:
    `TIME IP (tos …)` + `    SRC > DST: …` becomes `TIME IP SRC > DST: …`, as tcpdump prints it
    without `-v`."""
    lines = text.splitlines()
    out: list[str] = []
    i = 0
    while i < len(lines):
        header = _VERBOSE_HEADER.match(lines[i])
        if header is not None and i + 1 < len(lines) and lines[i + 1][:1].isspace() and " > " in lines[i + 1]:
            out.append(f"{header['head']} {lines[i + 1].strip()}")
            i += 2
            continue
        out.append(lines[i])
        i += 1
    return out


def parse_tcpdump(text: str) -> list[Packet]:
    """The packets of a capture, in order; a VXLAN packet takes its inner frame from the line after it.
    Verbose captures (`-v`/`-vv`) are read the same way, with the outer UDP checksum's verdict."""
    packets: list[Packet] = []
    awaiting_inner = False
    for line in _joined(text):
        match = _OUTER.match(line)
        if match is not None:
            packet = _packet(match)
            if packet is not None:
                packets.append(packet)
            awaiting_inner = packet is not None and packet.encap == "vxlan"
        elif awaiting_inner and line.strip():
            packets[-1] = _with_inner(packets[-1], line)
            awaiting_inner = False
    return packets


def ipip_inner_filter(ip: str) -> str:
    """The runbook's BPF expression matching IP-in-IP packets whose inner source or destination is `ip`.

    The inner header starts after the outer 20-byte IPv4 header (no options), so the inner source address
    is at ip[32:4] and the destination at ip[36:4]. Raises ValueError unless `ip` is an IPv4 address, so
    nothing but a validated address ever reaches a capture command.
    """
    value = int(ipaddress.IPv4Address(ip.strip()))
    return f"(ip[32:4]=0x{value:08x} or ip[36:4]=0x{value:08x})"


def tcpdump_stats(stderr_text: str) -> TcpdumpStats:
    """(captured, received_by_filter, dropped_by_kernel) from tcpdump's closing lines on stderr."""
    counts: dict[str, int] = {}
    for line in stderr_text.splitlines():
        match = _STAT.match(line)
        if match is not None:
            counts[match[2]] = int(match[1])
    return TcpdumpStats(counts.get("captured"), counts.get("received by filter"), counts.get("dropped by kernel"))
