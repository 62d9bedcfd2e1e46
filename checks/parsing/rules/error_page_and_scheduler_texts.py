r"""An edge network's error page and a batch scheduler's own words for a failed look-up (issue #17, held-out LV-MC,
spent: the sets were measured before these rules were written; each rule named by the program and format):

- Cloudflare's error 1001 page (`DNS resolution error`), `Cloudflare is currently unable to resolve your requested
  domain (h)`: the page names the domain in parentheses and no resolver's reason, read as a bare `could not be
  resolved` (LABELS.md: `nxdomain`); the page's own links (`https://www.cloudflare.com/5xx-error-landing/`) are no
  failure;
- Slurm's controller and its message forwarding (`src/common/forward.c`, `slurmctld/agent.c`), `can't find address
  for host h, check slurm.conf`: its node name's address was not found (`slurm_conf_get_addr`), no resolver's reason
  (`other`).
"""

from __future__ import annotations

from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Rule, fixed, rx

_CLOUDFLARE_1001 = rx(r"\bunable\sto\sresolve\syour\srequested\sdomain\s\((?P<host>{H})\)")
_CLOUDFLARE_1001_FORMAT = "Cloudflare error 1001 `unable to resolve your requested domain (h)`"
_SLURM_NO_ADDRESS = rx(r"\bcan't\sfind\saddress\sfor\shost\s(?P<host>{H}),\scheck\sslurm\.conf\b")
_SLURM_NO_ADDRESS_FORMAT = "Slurm `can't find address for host h, check slurm.conf`"


RULES: tuple[Rule, ...] = (
    Rule(
        "cloudflare-1001-unable-to-resolve-domain",
        ("unable to resolve your requested domain (",),
        _CLOUDFLARE_1001,
        fixed(unstated(_CLOUDFLARE_1001_FORMAT), exact=True),
    ),
    Rule(
        "slurm-cant-find-address-for-host",
        ("can't find address for host ",),
        _SLURM_NO_ADDRESS,
        fixed(unstated(_SLURM_NO_ADDRESS_FORMAT), exact=True),
    ),
)
