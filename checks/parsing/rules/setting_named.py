r"""Resolver errors that name no host, read with the host a setting of the same paste names (issue #17, held-out I, S,
U/V; gathered here from the round modules). The settings' shapes and the two readers are `host_settings.py`'s.

- a resolver error that names no host, with the host in a `*_HOST=` / `PGHOST=` / `--host` setting of the same paste:
  Kong's (libpq's EAI_NONAME text) `host or service not provided, or not known` under
  `docker run -e "KONG_PG_HOST=kong-db" ...`, Laravel's PDO `php_network_getaddresses: getaddrinfo failed: Name does not
  resolve (SQL: select ...)` over a `.env` with `DB_HOST=mysql` (the SQL statement's words are never the host; I;
  `host_settings.nearest`);
- Sequelize's `SequelizeHostNotFoundError` (its class for Node's ENOTFOUND) named with no `getaddrinfo ENOTFOUND h`
  after it (a reporter quoting the class): the host of the connection settings in the same paste block
  (`host_settings.nearest`: `"host": "h"`), `nxdomain`; nothing when no setting names one (S);
- a host-less `tcp connect: nxdomain` (Elixir's Tds/Postgrex) or Rust's lettre `Connection error: failed to lookup
  address information: <reason>` (only lettre's wrapping: a bare Rust message is the generic rule's) with no name on
  its line: the one host setting of the paste block (`host_settings.only`: nothing where the block's settings name two
  hosts). `rust-lookup-setting` is kept although the generic rule reads a block's setting too: the generic rule does
  not read vaultwarden's lettre paste (`hv-vaultwarden-4796-lettre`) without it (V; review 2, finding 9).
"""

from __future__ import annotations

import re

from checks.parsing import host_settings
from checks.parsing.document import Segment
from checks.parsing.kinds import classify_resolution
from checks.parsing.rules.base import Build, Hit, Rule, hit, rx

# --- a host-less resolver error, the host in a setting of the same paste ------------------------------------------

_HOSTLESS = rx(
    # (after Kong's `failed to retrieve PostgreSQL server_version_num:` the Kong rule reads it, with kong.conf's key)
    r"(?<!server_version_num:\s)\bhost\sor\sservice\snot\sprovided,\sor\snot\sknown(?P<rest>)"
    r"|\bphp_network_getaddresses:\sgetaddrinfo\sfailed:\s(?P<reason>[^\n(]{1,80})\(SQL:\s"
)


def _hostless(m: re.Match[str], seg: Segment) -> Hit | None:
    reason = m.group("reason")
    kind = classify_resolution(reason) if reason else "nxdomain"  # EAI_NONAME's text (libpq)
    if kind is None:
        return None
    host = host_settings.nearest(seg)
    return hit(m, seg, kind, host=host) if host else None


# --- Sequelize's class quoted without its message -------------------------------------------------------------------

_SEQUELIZE_BARE = rx(r"\bSequelizeHostNotFoundError\b(?![^\n]{0,60}(?:ENOTFOUND|getaddrinfo))")


def _sequelize_bare(m: re.Match[str], seg: Segment) -> Hit | None:
    host = host_settings.nearest(seg)
    return hit(m, seg, "nxdomain", host=host) if host else None


# --- a host-less reason, the block's one host setting ----------------------------------------------------------------

_TCP_CONNECT_NXDOMAIN = rx(r"\btcp\sconnect:\s{0,3}\(?nxdomain\b")
_RUST_BARE = rx(
    r"(?:^|[^\w\"(])Connection\serror:\sfailed\sto\slookup\saddress\sinformation:\s(?P<rest>[^\n\"`]{1,80})"
)


def _from_setting(kind_of_rest: bool) -> Build:
    def build(m: re.Match[str], seg: Segment) -> Hit | None:
        kind = classify_resolution(m.group("rest")) if kind_of_rest else "nxdomain"
        host = host_settings.only(seg) if kind else None
        return hit(m, seg, kind, host=host, exact=True) if host and kind else None

    return build


RULES: tuple[Rule, ...] = (
    Rule(
        "hostless-resolver-error-with-setting",
        ("host or service not provided", "php_network_getaddresses"),
        _HOSTLESS,
        _hostless,
    ),
    Rule("sequelize-class-setting", ("sequelizehostnotfounderror",), _SEQUELIZE_BARE, _sequelize_bare),
    Rule("tcp-connect-nxdomain-setting", ("nxdomain",), _TCP_CONNECT_NXDOMAIN, _from_setting(False)),
    Rule("rust-lookup-setting", ("failed to lookup address information",), _RUST_BARE, _from_setting(True)),
)
