r"""Research and HPC software's own wordings for a failed look-up (issue #17, held-out DY, spent).

- Torque / PBS's server: `Unknown node (N) in process_host_name_part, host h not found` (a node's name the
  resolver did not know);
- iRODS: `getaddrinfo_with_retry address resolution timeout [h] [ai_flags: ...]` (its own retry loop ran out);
- glideinWMS: `Node name unknown to DNS: 'h'`.
"""

from __future__ import annotations

from checks.parsing.rules.base import Rule, fixed, rx

_PBS_HOST = rx(r"\bprocess_host_name_part,\shost\s(?P<host>{H})\snot\sfound\b")
_IRODS_TIMEOUT = rx(r"\bgetaddrinfo_with_retry\saddress\sresolution\stimeout\s\[(?P<host>{H})\]")
_UNKNOWN_TO_DNS = rx(r"\bname\sunknown\sto\sDNS:\s{Q}(?P<host>{H}){Q}")

RULES: tuple[Rule, ...] = (
    Rule("pbs-host-not-found", ("process_host_name_part",), _PBS_HOST, fixed("nxdomain", exact=True)),
    Rule("irods-resolution-timeout", ("address resolution timeout [",), _IRODS_TIMEOUT, fixed("timeout", exact=True)),
    Rule("name-unknown-to-dns", ("unknown to dns:",), _UNKNOWN_TO_DNS, fixed("nxdomain", exact=True)),
)
