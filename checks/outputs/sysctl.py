"""Parser for `sysctl` output (procps-ng): `KEY = VALUE` lines.

Format: sysctl(8): one `name = value` per line; an interface whose name has dots prints them as `/`
(`net.ipv4.conf.vxlan/calico.rp_filter = 1`, captured on this machine with procps-ng 4); `sysctl: …`
lines are its errors.
"""

from __future__ import annotations

from checks.outputs._common import lines_of, to_int


def parse_sysctl(text: str) -> dict[str, str]:
    """name -> value, names as sysctl prints them."""
    out: dict[str, str] = {}
    for line in lines_of(text):
        name, sep, value = line.partition(" = ")
        if sep and name.strip() and not name.startswith("sysctl:"):
            out[name.strip()] = value.strip()
    return out


def rp_filters(values: dict[str, str]) -> dict[str, int]:
    """interface -> rp_filter (with `all` and `default`), interface names with their dots back."""
    out: dict[str, int] = {}
    for name, value in values.items():
        if name.startswith("net.ipv4.conf.") and name.endswith(".rp_filter"):
            number = to_int(value)
            if number is not None:
                out[name[len("net.ipv4.conf.") : -len(".rp_filter")].replace("/", ".")] = number
    return out


def effective_rp_filter(filters: dict[str, int], iface: str) -> int | None:
    """The kernel's value for an interface: the higher of `all` and the interface's own (ip-sysctl.rst:
    "The max value from conf/{all,interface}/rp_filter is used"). None when either is unknown."""
    own, every = filters.get(iface), filters.get("all")
    if own is None or every is None:
        return None
    return max(own, every)
