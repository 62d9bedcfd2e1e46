"""Errors that share a failed lookup's words but look up no host (issue #17, helper "lookalikes"): dependency and
package resolution, container image references, code/templates/configuration, network errors that are not lookups,
and DNS words in outputs that are not failures. Each, as its tool prints it with a realistic name, must read nothing;
beside each family, the same tools' REAL failed lookups must still read (the guards in
`checks/parsing/generic_lookalikes.py` go by each tool's format, never by the words alone)."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from checks.parsing.generic_lookalikes import resolves_no_host
from tests.unit.parsing.examples_lookalikes import CODE_AND_CONFIG, DEPENDENCIES, IMAGES
from tests.unit.parsing.examples_lookalikes_net import CLUSTER, DNS_VOCABULARY, FIXED, FROM_ISSUES, MORE, NETWORK, REAL
from tests.unit.parsing.speed import GUARD, best_of, megabyte_of

LOOKALIKES = (
    *DEPENDENCIES,
    *IMAGES,
    *CODE_AND_CONFIG,
    *NETWORK,
    *DNS_VOCABULARY,
    *MORE,
    *CLUSTER,
    *((c, t) for c, t, _ in FROM_ISSUES),
)


@pytest.mark.parametrize(("case", "text"), LOOKALIKES, ids=[c for c, _ in LOOKALIKES])
def test_a_lookalike_reads_nothing(case: str, text: str) -> None:
    assert parse_failures(text) == [], case


@pytest.mark.parametrize(("case", "text", "host", "kind"), REAL, ids=[c for c, *_ in REAL])
def test_the_same_tools_real_failures_still_read(case: str, text: str, host: str, kind: str) -> None:
    assert (host, kind) in {(f.host, f.kind) for f in parse_failures(text)}, case


def test_every_fixed_lookalike_is_in_the_cases() -> None:
    assert set(FIXED) <= {c for c, _ in LOOKALIKES}


# The hooked specific rules and the generic verb guard, each with a real failure in the same words beside its
# look-alike: the guard goes by the tool's format around the verb, not by the verb.
_SAME_WORDS: tuple[tuple[str, str, tuple[str, str] | None], ...] = (
    # apt's `Could not resolve 'h'` rule (rules/clients.py) against Rollup's and esbuild's
    (
        "apt",
        "Err:1 http://archive.ubuntu.com/ubuntu jammy InRelease\n  Could not resolve 'archive.ubuntu.com'",
        ("archive.ubuntu.com", "nxdomain"),
    ),
    ("rollup", "[!] Error: Could not resolve 'redis' from src/cache.js", None),
    ("esbuild", '\u2718 [ERROR] Could not resolve "ioredis"\n\n    src/cache.ts:1:18:', None),
    # the `Failed to resolve 'h'` rule (rules/languages.py) against GitHub Actions' runner
    (
        "urllib3",
        "NameResolutionError: Failed to resolve 'pricing.shop.svc.cluster.local' ([Errno -3] Temporary "
        "failure in name resolution)",
        ("pricing.shop.svc.cluster.local", "temporary"),
    ),
    (
        "gha-runner",
        "Error: Failed to resolve action download info. Error: Resource temporarily unavailable (api.github.com:443)",
        ("api.github.com", "temporary"),
    ),
    ("gha-runner-503", "Error: Failed to resolve action download info. Error: Service Unavailable", None),
    # the generic verb guard: the tool's failed lookup, then its look-alike
    (
        "terraform",
        "Error: Could not resolve provider hashicorp/aws: could not connect to registry.terraform.io: "
        'failed to request discovery document: Get "https://registry.terraform.io/.well-known/terraform.json": dial '
        "tcp: lookup registry.terraform.io on 10.96.0.10:53: no such host",
        ("registry.terraform.io", "nxdomain"),
    ),
    (
        "vault",
        'Put "https://vault.acme.internal:8200/v1/auth/kubernetes/login": dial tcp: lookup '
        "vault.acme.internal on 10.96.0.10:53: no such host",
        ("vault.acme.internal", "nxdomain"),
    ),
    (
        "webpack-dev-server",
        "[HPM] Error occurred while proxying request localhost:3000/api to http://backend:8080/ "
        "[ENOTFOUND] (https://nodejs.org/api/errors.html#errors_common_system_errors)",
        ("backend", "nxdomain"),
    ),
    (
        "esbuild-install",
        "npm ERR! request to https://registry.npmjs.org/esbuild failed, reason: getaddrinfo "
        "EAI_AGAIN registry.npmjs.org",
        ("registry.npmjs.org", "temporary"),
    ),
    (
        "cargo",
        "error: failed to download from `https://index.crates.io/config.json`\n\nCaused by:\n  [6] Couldn't "
        "resolve host name (Could not resolve host: index.crates.io)",
        ("index.crates.io", "nxdomain"),
    ),
    (
        "nuget",
        "/src/Api/Api.csproj : error NU1301: Unable to load the service index for source "
        "https://api.nuget.org/v3/index.json. [/src/Api.sln]\n  No such host is known. (api.nuget.org:443)",
        ("api.nuget.org", "nxdomain"),
    ),
    ("a name quoted after the verb", "could not resolve 'db.acme.internal'", ("db.acme.internal", "nxdomain")),
    (
        "a name, then where it was configured",
        "Failed to resolve 'kafka:9092': Try again (after 5004ms in state CONNECT)",
        ("kafka", "temporary"),
    ),
)


_SAME_WORDS += (
    # rules/more_runtimes.py's `host-colon-glibc-reason`: MySQL server's reverse lookup of a client names no
    # `resolved` (held-out N labels its address, which this guard does not read); a name before glibc's text reads
    (
        "mysqld reverse lookup",
        "mysql_1  | [Warning] IP address '172.17.0.11' could not be resolved: Name or service not known",
        None,
    ),
    (
        "host: glibc",
        "mysqld: Warning: db-primary.acme.internal: Name or service not known",
        ("db-primary.acme.internal", "nxdomain"),
    ),
    ("a container named resolved", "app_1 | resolved: Name or service not known", ("resolved", "nxdomain")),
)


_SAME_WORDS += (
    # generic.py: GitHub Actions' log copied from its web page links each line number; the link is not what was dialed
    (
        "GitHub Actions log link, name in the message",
        "2023/05/16 01:[34](https://github.com/acme/infra/actions/runs/4986881720/jobs/8928113920#step:12:35):44 dial "
        "tcp: lookup bastion.acme.internal on 127.0.0.53:53: no such host",
        ("bastion.acme.internal", "nxdomain"),
    ),
    (
        "GitHub Actions log link, no name in the message",
        "2023/05/16 01:[34](https://github.com/acme/infra/actions/runs/4986881720/jobs/8928113920#step:12:35):44 "
        "ssh: handshake failed: no such host",
        None,
    ),
    (
        "a markdown link that is the URL dialed",
        "curl: (6) Could not resolve host: [api.acme.internal](https://api.acme.internal/v1)",
        ("api.acme.internal", "nxdomain"),
    ),
)


@pytest.mark.parametrize(("case", "text", "read"), _SAME_WORDS, ids=[c for c, *_ in _SAME_WORDS])
def test_the_hooked_rules_keep_real_failures(case: str, text: str, read: tuple[str, str] | None) -> None:
    found = {(f.host, f.kind) for f in parse_failures(text)}
    assert (read in found) if read else "resolved" not in {h for h, _ in found} and not (found - _ADDRESSES), case


_ADDRESSES = {("172.17.0.11", "nxdomain")}
"""What a rule reading held-out N's labelled reverse-lookup address may add (another helper's work)."""


@pytest.mark.parametrize(
    ("text", "verb", "guarded"),
    [
        ("Module not found: Error: Can't resolve 'axios' in '/app/src'", "Can't resolve", True),
        ("curl: (6) Can't resolve 'axios'", "Can't resolve", False),  # the same verb and object, no webpack format
        ("error[E0433]: failed to resolve: use of undeclared crate or module `trust_dns`", "failed to resolve", True),
        ("failed to resolve: no such host", "failed to resolve", False),
        ("Unable to resolve 'Acme.Common (>= 1.0.0)' for 'net6.0'.", "Unable to resolve", True),
        ("Unable to resolve 'nuget.acme.internal' (no such host)", "Unable to resolve", False),
        ('Could not resolve "./utils" from "src/index.ts"', "Could not resolve", True),
        ('Could not resolve "db" (no such host)', "Could not resolve", False),
    ],
)
def test_resolves_no_host_goes_by_the_format(text: str, verb: str, guarded: bool) -> None:
    at = text.index(verb)
    assert resolves_no_host(text, at, at + len(verb)) is guarded


# The look-alikes' formats, each started and left unfinished: the tails the guards try after every verb.
_NEAR_MATCHES = (
    "Module not found: Error: Can't resolve '",
    '\u2718 [ERROR] Could not resolve "',
    "Could not resolve '" + "y" * 60 + "' from ",
    "Unable to resolve 'Acme.Common (",
    "failed to resolve: use of ",
    'Could not resolve: "x". Maybe you need to ',
    "Unable to resolve action ",
)


# each alone: a line of all of them together is the near-match test of test_corpus_and_speed.py's kind, whose budget
# the shared 2-core machine already nears without these guards (reported in the branch's report)
@pytest.mark.parametrize("piece", _NEAR_MATCHES, ids=range(len(_NEAR_MATCHES)))
def test_a_hostile_megabyte_line_of_lookalike_near_matches_parses_quickly(piece: str) -> None:
    line = megabyte_of(piece)
    parse_failures(line[:10_000])
    assert best_of(3, lambda: parse_failures(line)) < GUARD
