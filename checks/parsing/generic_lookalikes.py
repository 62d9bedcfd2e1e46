"""Errors that share a failed lookup's words but look up no host (issue #17, helper "lookalikes").

Build tools, bundlers, compilers, CI runners and secret stores say "could not resolve", "can't resolve", "failed to
resolve", "failed to look up" about modules, crates, providers, actions and namespaces. The generic rule reads such a
verb only when its object is a host (`generic_guards._VERB_NOT_DNS` lists the objects that are not); these are the
formats that list did not cover, each recognised by the tool's own wording around the verb (its lead, or what it puts
after the object), never by the object's name, so the same words in a real failure still read:
`Module not found: Error: Can't resolve 'axios' in '/app/src'` is webpack's; `getaddrinfo ENOTFOUND backend` in the
same dev server's proxy error is DNS and reads. Two specific rules that match such verbs word for word (apt's
`Could not resolve 'h'`, the `Failed to resolve 'h'` of urllib3 and others) take the same check (`unless_lookalike`).

And two shapes that put a false name next to a real resolver text: the participle of `could not be resolved` before
glibc's text (`unless_participle`), and a log's line-number link before the message (`line_link`).

Every check is a match anchored at the verb or the token, or a search in a bounded window before it: linear, and run
only on a verb, a rule's match or a candidate name the parser already found.
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.rules.base import Build, Hit, LazyPattern

# What comes right before the verb.
_LEAD = LazyPattern(
    # webpack 4/5 and Next.js (enhanced-resolve's `Can't resolve '${request}' in '${path}'`, printed after
    # `Module not found: Error: `; Next.js drops the `Error: `): a module request, not a host
    r"(?:Module\snot\sfound:\s(?:Error:\s)?"
    # esbuild (internal/bundler: `Could not resolve %q`, logged as `✘ [ERROR] ...`; `X [ERROR]` on a plain terminal)
    r"|(?:\u2718|X|\u00d7)\s\[ERROR\]\s"
    # rustc's E0433 (`error[E0433]: failed to resolve: use of undeclared crate or module `x``): a path in the code
    r"|error\[E0433\]:\s)$"
)
_LEAD_SPAN = 40

# What comes right after the verb.
_TAIL = LazyPattern(
    # the object is a word naming what is resolved: GitHub Actions' runner (and act) `Unable to resolve action
    # `owner/repo@v3`, unable to find version `v3``; Terraform's init (internal/command/init.go) `Could not resolve
    # provider hashicorp/awss: provider registry registry.terraform.io does not have a provider named ...`; Vault's
    # `failed to look up namespace from the token`; Salt's keystone module `Unable to resolve role id`; BuildKit's
    # `failed to resolve source metadata for docker.io/library/python:3.99-slim: ...: not found` (frontend/dockerfile)
    # Spring MVC's DispatcherServlet `Could not resolve view with name 'hosts' in servlet with name '...'`; Jackson's
    # `Could not resolve subtype of [simple type, class X]: missing type id property 'kind'`; Cilium's endpoint
    # regeneration `unable to resolve identity: context deadline exceeded (will retry)` (pkg/endpoint)
    # (held-out HF-HM, spent) the runner's `Unable to resolve actions. Repository not found : owner/repo`
    r"\s{1,3}(?:actions?|provider|role|namespace|source\smetadata|view\swith\sname|subtype\sof|identity)\b"
    # issue #17 (held-out X): the AWS SDK for Go's endpoint resolver (aws/endpoints `UnknownEndpointError`: `unknown
    # endpoint, could not resolve endpoint, partition: "aws", service: "sts", region: ""`): a table lookup of the
    # partition's endpoint for a service and region, no DNS query (Crossplane's provider-jet-aws)
    r"|\s{1,3}endpoint,\s{1,3}partition:"
    # source-mined (round 6): kube-aggregator's proxy `error resolving ns/name: no endpoints available for service
    # "name"` (handler_proxy.go): a Service resolved to its endpoints, no DNS query
    # (and Antrea's `failed to resolve Service: ns/name: services "name" not found`)
    r"|\s{1,3}(?:Service:\s)?[\w.\-]{1,253}/[\w.\-]{1,253}:\s(?:no\sendpoints\savailable\sfor\sservice"
    r"|(?:endpoints|services?)\s\"[^\"\n]{1,253}\"\snot\sfound)"
    # source-mined (round 6): Crossplane's package manager `cannot resolve xpkg.upbound.io/org/provider:v1 to digest`
    # (an image tag resolved to its digest over HTTP; a failed look-up shows in the reason after it)
    r"|\s{1,3}[^\s]{1,300}\sto\sdigest\b"
    # rustc's E0433 reason after the verb (`failed to resolve: use of undeclared type `Resolver``, `... could not
    # find `lookup_host` in `net``) when its `error[E0433]` prefix was not pasted
    r"|:\s(?:use\sof\s(?:undeclared|unresolved)|could\snot\sfind\s`)"
    # webpack / enhanced-resolve: `Can't resolve './config' in '/app/src'` (the directory it searched)
    r"|\s'[^'\n]{1,300}'\sin\s'"
    # Rollup: `Could not resolve './db' from src/index.js`, `Could not resolve "./utils" from "src/index.ts"`
    r"|\s(?:\"[^\"\n]{1,300}\"|'[^'\n]{1,300}')\sfrom\s[\"']?[^\s\"']{0,300}[/.]"
    # Bun's bundler (`Could not resolve: "{s}". Maybe you need to "bun install"?`, src/bundler)
    r"|:\s\"[^\"\n]{1,300}\"\.\sMaybe\syou\sneed\sto\s\"bun\sinstall\""
    # esbuild before 0.14: `error: Could not resolve "redis" (mark it as external to exclude it from the bundle)`
    r"|\s\"[^\"\n]{1,300}\"\s\(mark\sit\sas\sexternal"
    # NuGet restore's NU1100 `Unable to resolve 'Acme.Common (>= 1.0.0)' for 'net6.0'.`: a package and its version
    # range, for a target framework
    r"|\s'[^'\n]{1,200}\s\((?:>=|<=|>|<|=|\[|\()"
    r"|\s'[^'\n]{1,200}'\sfor\s'(?:net|\.NET|uap|monoandroid|xamarin)"
    # survey 7: Deno's (and esbuild's) `Could not resolve "npm:express@4"` / `"jsr:@std/path"`: a module specifier
    r"|\s\"(?:npm|jsr):[^\"\n]{1,300}\""
    # survey 7: Gradle's `Failed to resolve: com.squareup.okhttp3:okhttp:4.12.0` and `Failed to resolve
    # 'com.example:lib:1.0.0' for configuration ...`: a dependency's Maven coordinates (group:artifact:version)
    r"|:?\s{1,3}'?[A-Za-z][\w\-]{0,60}(?:\.[\w\-]{1,60}){0,10}:[\w.\-]{1,100}:[\w.\-+\[\](),]{1,100}(?:'|\s|$)"
    # survey 7: OpenSSH's numeric probe in every `ssh -vv` (`resolve_addr: could not resolve name h as address: ...`),
    # keepalived's getpwnam/getgrnam (`Unable to resolve script username 'x'`, `script group name`)
    r"|\sname\s[^\s]{1,253}\sas\saddress:|\sscript\s(?:username|group\sname)\b"
    # survey 7: Terraform's plugin release (`could not resolve cloudplugin version for host "h": 404 Not Found`)
    r"|\s[a-z]{2,30}\sversion\sfor\shost\b"
    # survey 7: Spring's placeholders (`Could not resolve 'x' as system property`, `Could not resolve key 'k' in`) and
    # XML entities, Schema Registry's KMS driver, Debezium's target table name, OpenSearch's `$ref`
    r"|\s'[^'\n]{1,200}'\sas\ssystem\sproperty|\skey\s'|\sXML\sentity|\sKMS\sdriver|\starget\stable|:?\s\$ref\b"
    # survey 8: Hadoop YARN's topology (`RackResolver: Couldn't resolve h. Falling back to /default-rack`,
    # `Failed to resolve rack for node h.`), NiFi's NAR dependency, Graylog's content-pack entity and view, Pinot's
    # token URL (`Could not resolve auth url h`, thrown for any I/O error)
    r"|\s[^\s]{1,253}\.\sFalling\sback\sto\s/|\srack\sfor\snode\b|\srequired\sdependency\b|\sentity\b|\sview:"
    r"|\sauth\surl\b"
    # survey 11: kopia's ignore files (`cannot resolve '"current"': too many levels of symbolic links`)
    r"|\s'[^'\n]{1,300}':\stoo\smany\slevels\sof\ssymbolic\slinks"
    # survey 9: RAGFlow's `Could not resolve datasets '<id>' to a folder`
    r"|\s[a-z]{2,20}\s'[^'\n]{1,200}'\sto\sa\sfolder\b"
    # held-out DR (spent): gRPC Java's `Failed to resolve name. status=Status{..., description=No servers found for
    # h:443, ...}` from a service-discovery name resolver (Spring Cloud's DiscoveryClientNameResolver): no DNS look-up
    # unless its status says one failed (DnsNameResolver's `Unable to resolve host h`, an UnknownHostException cause)
    r"|\sname\.\sstatus=Status\{code=[A-Z_]{1,30},\sdescription=(?!Unable\sto\sresolve\shost)"
    r"(?![^\n]{0,400}(?:UnknownHost|Name\sor\sservice|no\ssuch\shost|nodename|name\sresolution))",
    re.I,
)


def resolves_no_host(text: str, start: int, end: int) -> bool:
    """Whether the lookup verb `text[start:end]` is a tool's message about something other than a host (a module,
    crate, provider, action, package), by the tool's wording around it."""
    return _TAIL.match(text, end) is not None or _LEAD.search(text, max(0, start - _LEAD_SPAN), start) is not None


def unless_lookalike(build: Build) -> Build:
    """A rule's builder that reads nothing where its verb (at the match's start) is a tool's message about something
    other than a host: apt's `Could not resolve 'h'` rule (rules/clients.py) matches Rollup's `Could not resolve
    'redis' from src/cache.js` and esbuild's `✘ [ERROR] Could not resolve "ioredis"` word for word."""

    def guarded(m: re.Match[str], seg: Segment) -> Hit | None:
        verb = _VERB_AT.match(seg.text, m.start())
        if verb is not None and resolves_no_host(seg.text, verb.start(), verb.end()):
            return None
        return build(m, seg)

    return guarded


_VERB_AT = LazyPattern(r"(?:could\snot|couldn't|can't|cannot|unable\sto|failed\sto)\sresolve", re.I)


_BE_BEFORE = LazyPattern(r"\bbe\s{1,3}$", re.I)


def unless_participle(build: Build) -> Build:
    """A rule's builder that takes no `resolved` of `could not be resolved` for the name: MySQL server's reverse lookup
    of a client (`[Warning] IP address '172.17.0.11' could not be resolved: Name or service not known`,
    sql/hostname_cache.cc) put the participle right before glibc's text, where rules/more_runtimes.py's
    `host-colon-glibc-reason` reads a name (held-out N's `hn-cachet-809-mysqld-reverse-ip` read `resolved`); nor any
    other bare word after `be` (Ceph's dashboard: `RGW REST API cannot be reached: Name or service not known`, held-out
    CF)."""

    def guarded(m: re.Match[str], seg: Segment) -> Hit | None:
        found = build(m, seg)
        if found is None or not found.host.isalpha():
            return found
        at = found.start - seg.start
        return None if _BE_BEFORE.search(seg.text, max(0, at - 8), at) else found

    return guarded


_LINE_LINK_BEFORE = LazyPattern(r"\[\d{1,7}\]\(https?://[^\s()]{0,400}$")


def line_link(text: str, start: int) -> bool:
    """Whether the token at `start` is in a log's line-number link: GitHub Actions' log, copied from its web page,
    links each line number (`01:[34](https://github.com/o/r/actions/runs/1/jobs/2#step:12:35):44 dial tcp: lookup
    ...`), whose `github.com` and `#step:12` would otherwise read as the host dialed and `host:port` (held-out N's
    `hn-ssh-action-250-quoted-ip-nosuch` read `step`, then `github.com`). A markdown link labelled with a number is
    the page's own line anchor, never what the program dialed."""
    return text[start - 1 : start] in ("/", "#") and (
        _LINE_LINK_BEFORE.search(text, max(0, start - 420), start) is not None
    )
