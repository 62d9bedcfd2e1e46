r"""Go's `lookup <name>[ on S:53]: <reason>` where the name slot holds what Go was handed, not a clean host name, or
the message is not on one line (issue #17, held-out D, F, N, R, S/T, U/V; gathered here from the round modules). Go
prints exactly the name it was given, so each reads the name as printed; `dns_tools`' `go` rule reads the plain form.

- a misconfigured endpoint string, `lookup tcp/14268/api/traces: <reason>` (slashes and all, held-out D);
- Go on Windows' `lookup h: getaddrinfow: <Windows text>` for a text no other rule reads (WSANO_RECOVERY, `An
  unrecoverable error ...`): kind from the text, else `other`; the `@` a malformed connection string leaves kept
  (`@localhost`, held-out F);
- `lookup "54.218.162.46": no such host`: the quotes were part of the string looked up (held-out N);
- `dial tcp: lookup h` at a line's end with `on <server>:53: ...` and its reason on the next one or two lines
  (`kubectl describe` folding a YAML string, held-out R);
- `lookup key=h: no such host`: a `key=` a program handed over with the name (HELDOUT-t.md labels
  `addr=host.docker.internal`), only before Go's own reasons (held-out T);
- `lookup***.r2.cloudflarestorage.com: i/o timeout`: a mask typed over the space after `lookup` and the start of the
  name, masks anywhere after it too (`lookup**.***.example.com`); flagged (it holds `*`). With the space kept
  (`lookup ***.h`), the `go` rule reads it (held-out S; review 2, finding 15);
- `lookup a..b: no such host`: an empty label included (`sts..amazonaws.com`, held-out V);
- `lookup a.b,c: no such host`: a comma inside the string handed over (seaweedfs' `demo-volume-0.demo-volume-peer,
  seaweedfs`, a peer name joined to its namespace by a comma; held-out Y): one name as printed, not two;
- `dial tcp: lookupxyz-etcd-0.xyz-etcd on S:53: no such host`: the space after `lookup` lost (held-out BE), read only
  after Go's `dial tcp: ` and before its ` on S:53`;
- any other string with no space that no host name could be, before Go's own reasons: a connection string cut at
  the wrong place (`lookup /builder?deployment=&kubeconfig=: no such host`, `lookup bucket.s3.minio,s3Url=\"x\",
  s3Url=http: no such host`; held-out AH): Go looked up exactly that, and that is what the user must see.
"""

from __future__ import annotations

import re
from dataclasses import replace

from checks.parsing.document import Segment
from checks.parsing.hosts import HOST, printed_as_is
from checks.parsing.kinds import GO_SERVER, classify_resolution, go_reason_kind, last_go_reason_kind
from checks.parsing.rules.base import Hit, Rule, by_rest, fixed, hit, rx

GO_TRIGGERS = ("no such host", "i/o timeout", "server misbehaving")
"""Go's reasons, triggers the Go rule already has (never the bare `lookup `, on every database log line)."""
GO_REASON = r"(?:\son\s" + GO_SERVER + r")?:\s(?P<reason>no\ssuch\shost|i/o\stimeout|server\smisbehaving)"
"""`[ on S:53]: <reason>` after the name in Go's lookup error, the reason in group `reason` (a regex fragment)."""
WRAPPED_LINES = 2
"""Lines under a wrapped `lookup h` read for the rest of its message."""

# --- an endpoint string: `lookup tcp/14268/api/traces: nodename nor servname provided` -------------------------------

_GO_PATH = rx(
    r"\blookup\s(?P<host>[A-Za-z0-9_.\-]{1,100}(?:/[A-Za-z0-9_.\-]{1,100}){1,8})(?:\son\s[^\s]{1,64})?:\s"
    r"(?=(?P<rest>[^\n]{0,100}))"
)

# --- Go on Windows: getaddrinfow with a text the WinSock rules do not read -------------------------------------------

_GETADDRINFOW = rx(
    r"\blookup\s(?P<host>@?{H}|[^\s`'\"<(\[{][^\s`']{0,252}?):\s{0,3}getaddrinfow:\s{0,3}(?=(?P<rest>[^\n]{1,160}))"
)


def _getaddrinfow(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group("rest")) or "other"
    printed = m.group("host")
    if _PORTED.search(printed):
        return None  # an address and its port (another rule reads the address)
    if _PLAIN.fullmatch(printed.lstrip("@")):
        return hit(m, seg, kind, exact=True)
    # held-out DN (spent): a connection string's `key=value` handed over whole (`lookup server=localhost:
    # getaddrinfow: No such host is known`), read as printed as the `go-lookup-as-printed` rule reads Go's own reasons
    if not printed_as_is(printed) or "/" in printed:
        return None  # what the paste did to a name; a URL; Go's service-name look-up (`lookup tcp/postgres`, review)
    return replace(hit(m, seg, kind, exact=True), printed=True)


# --- `lookup "54.218.162.46": no such host`, the quotes part of what was looked up -----------------------------------

_GO_QUOTED = rx(r"\blookup\s(?P<host>\"[A-Za-z0-9_.:\-]{1,253}\"):\s(?=(?P<rest>[^\n]{0,100}))")


def _go_quoted(m: re.Match[str], seg: Segment) -> Hit | None:
    if m.group("rest").startswith(("lookup ", "dial ")):
        # source-read (Tailscale's `bootstrap DNS lookup "h": lookup h on S:53: no such host`): a program's wrapper
        # quoting the name before Go's own look-up, which names it unquoted
        return None
    kind = classify_resolution(m.group("rest"))
    return replace(hit(m, seg, kind, exact=True, ip_ok=True), quoted=True) if kind else None


# --- a message wrapped over lines ------------------------------------------------------------------------------------

# bound to `dial tcp: lookup` (not the bare `lookup `, a word every log line may hold)
_GO_LOOKUP_END = rx(r"\b(?:tcp|udp):\slookup\s(?P<host>{H})[ \t]{0,3}$")
# held-out IT-JA (spent): Go's error cut after the name where the paste's code span or string closes (`` `... Get URL:
# dial tcp: lookup rancher-metadata` ``): the look-up failed, the reason is not shown (`other`); only inside Go's own
# wrapping (`: dial tcp:`), not a string that merely quotes the words (a grep's pattern, a test's expected error:
# review); a line that goes on is the wrapped form above
_GO_LOOKUP_CLOSED = rx(r"(?<=:\s)dial\s(?:tcp|udp)[46]?:\slookup\s(?P<host>{H})(?=[`\"'][ \t]*(?:$|\r|\n))")
_GO_ON_SERVER = re.compile(r"\s{0,40}on\s" + GO_SERVER + r":\s", re.I)


def go_wrapped(m: re.Match[str], seg: Segment) -> Hit | None:
    below = seg.lines_after(WRAPPED_LINES)
    if not below or _GO_ON_SERVER.match(below[0]) is None:
        return None
    for line in below:
        kind = last_go_reason_kind(line)  # the last reason printed is the lookup's (`read udp ...: i/o timeout`)
        if kind is not None:
            return hit(m, seg, kind)
    return None


# --- names as printed ------------------------------------------------------------------------------------------------

# held-out CG: a BOSH / Concourse `((variable))` the deployment left unfilled, looked up as printed
_GO_UNFILLED = rx(r"\blookup\s(?P<host>\(\([A-Za-z0-9_.\-]{1,200}\)\))" + GO_REASON)
_GO_KEYED = rx(r"\blookup\s(?P<host>[a-z]{1,20}={H}?)" + GO_REASON)
_GO_MASKED = rx(r"\blookup(?P<host>\*{2,20}[A-Za-z0-9_.\-*]{0,250}?)" + GO_REASON)
_GO_EMPTY_LABEL = rx(
    r"\blookup\s(?P<host>[A-Za-z0-9][A-Za-z0-9\-]{0,62}(?:\.[A-Za-z0-9\-]{1,63}){0,8}\.\.[A-Za-z0-9\-]{1,63}"
    r"(?:\.[A-Za-z0-9\-]{1,63}){0,8})" + GO_REASON
)

_GO_COMMA = rx(
    r"\blookup\s(?P<host>[A-Za-z0-9_][A-Za-z0-9_.\-]{0,120}(?:,[A-Za-z0-9_][A-Za-z0-9_.\-]{0,120}){1,4})" + GO_REASON
)

# issue #17 (held-out BE): `dial tcp: lookupxyz-etcd-0.xyz-etcd on 10.96.0.10:53: no such host`, the space after
# `lookup` lost in the paste; only right after Go's `dial tcp: ` and with the server Go names after it, so no word
# that merely starts with `lookup` (`lookupHost`) is read as a glued name
_GO_GLUED = rx(
    r"\bdial\s(?:tcp|udp)[46]?:\slookup(?P<host>[A-Za-z0-9][A-Za-z0-9_\-]{0,62}(?:\.[A-Za-z0-9_\-]{1,63}){0,8})"
    r"(?=\son\s)" + GO_REASON
)

# held-out HV-IC (spent): a name with a space in it, as Go printed what it was handed (`dial tcp: lookup nsqd node1:
# i/o timeout`, a setting holding two words); only after Go's `dial tcp: ` and never `on` as a word of it
# each word after the first holds a digit, a dot, a dash or an underscore, as a name's does (`node1`), not a word a
# person added between the name and Go's reason (review: `lookup db.internal failed: no such host`, `... via proxy:`)
_SPACED_NAME = (
    r"(?P<host>[A-Za-z0-9][A-Za-z0-9_.\-]{0,252}"
    r"(?:\s(?=[A-Za-z0-9_.\-]{0,252}?[0-9_.\-])(?![0-9]{1,252}[\s:])[A-Za-z0-9][A-Za-z0-9_.\-]{0,252}){1,3})"
)
_GO_SPACED = rx(r"\bdial\s(?:tcp|udp)[46]?:\slookup\s" + _SPACED_NAME + GO_REASON)
_SPACED_FROM_NAME = rx(_SPACED_NAME + GO_REASON)


def spaced_name_at(text: str, at: int) -> bool:
    """Whether a name with a space in it, then Go's reason, starts at `at` (the `go-lookup-spaced` rule's)."""
    return _SPACED_FROM_NAME.match(text, at) is not None


_GO_ANY = rx(r"\blookup\s(?P<host>[^\s`'\"<(\[{][^\s`']{0,252}?)" + GO_REASON)
_PLAIN = re.compile(HOST + r"(?::\d{1,5})?")
_PORTED = re.compile(r":\d{1,5}$")
_DASH_EDGED_LABEL = re.compile(r"\.-[A-Za-z0-9]|[A-Za-z0-9]-\.")


def _go_any(m: re.Match[str], seg: Segment) -> Hit | None:
    printed = m.group("host")
    if _PLAIN.fullmatch(printed) and not printed.startswith("-") and not _DASH_EDGED_LABEL.search(printed):
        return None  # a host name, a placeholder, with a port or not: the `go` rule reads it
    # held-out DS (spent): a label a template left starting with its dash (`myorc-orchestrator-0.-headless.default.svc`,
    # the cluster name unset) is no host name the `go` rule takes, but it is what Go looked up
    # held-out CW (spent): a command-line flag handed over as the name (`lookup -config-file: no such host`) is what
    # Go looked up, read as printed
    if not printed_as_is(printed) or "://" in printed:
        return None  # what the paste did to a name (quotes, markup, elision), or a URL whose scheme `go` reads
    if IPV6_PIECES.fullmatch(printed):
        return None  # held-out MD-MK (spent): `lookup fda1:5099:ee66:: no such host`, an unbracketed IPv6 address cut
    if _ADDRESS_THEN_JUNK.match(printed):
        # held-out IT-JA (spent): `lookup 10.96.0.1:tcp: no such host`, a URL built with a word for its port: an
        # address and what followed it handed over as one string (LABELS.md: labelled by the address, no name)
        return None
    return go_printed(m, seg)


# an unbracketed IPv6 address Go cut at its last colon (`fe80:`, `2001:db8:`, `fda1:5099:ee66:`): hex pieces, each
# followed by its colon, a digit among them (`cafe:` may be a name; `db:5432` is a name and its port)
IPV6_PIECES = re.compile(r"(?=\S*\d)[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){0,6}:", re.I)
# held-out JB-JI (spent, off-frame): a full-width colon typed for the port's (`lookup 0.0.0.0\uff1a8157: no such host`)
_ADDRESS_THEN_JUNK = re.compile(r"(?:\d{1,3}\.){3}\d{1,3}[:\uff1a]")


def go_printed(m: re.Match[str], seg: Segment) -> Hit | None:
    """A Go lookup's name exactly as Go printed it (`GO_REASON` after it): its kind from the reason."""
    return replace(hit(m, seg, go_reason_kind(m.group("reason")), exact=True), printed=True)


def _go_masked(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, go_reason_kind(m.group("reason")), exact=True)


RULES: tuple[Rule, ...] = (
    Rule("go-lookup-path", ("lookup ",), _GO_PATH, by_rest(None, resolution_only=True, exact=True)),
    Rule("go-windows-getaddrinfow", ("getaddrinfow:",), _GETADDRINFOW, _getaddrinfow),
    Rule("go-lookup-quoted", ('lookup "',), _GO_QUOTED, _go_quoted),
    Rule("go-lookup-wrapped", ("tcp: lookup ", "udp: lookup "), _GO_LOOKUP_END, go_wrapped),
    Rule("go-lookup-closed", ("tcp: lookup ", "udp: lookup "), _GO_LOOKUP_CLOSED, fixed("other")),
    Rule("go-lookup-keyed", GO_TRIGGERS, _GO_KEYED, go_printed),
    Rule("go-lookup-unfilled-variable", GO_TRIGGERS, _GO_UNFILLED, go_printed),
    Rule("go-lookup-masked", GO_TRIGGERS, _GO_MASKED, _go_masked),
    Rule("go-lookup-empty-label", GO_TRIGGERS, _GO_EMPTY_LABEL, go_printed),
    Rule("go-lookup-comma", GO_TRIGGERS, _GO_COMMA, go_printed),
    Rule("go-lookup-glued", GO_TRIGGERS, _GO_GLUED, _go_masked),
    Rule("go-lookup-spaced", GO_TRIGGERS, _GO_SPACED, go_printed),
    Rule("go-lookup-as-printed", GO_TRIGGERS, _GO_ANY, _go_any),
)
