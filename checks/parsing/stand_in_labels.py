"""Stand-in labels a reporter typed over part of a name (issue #17, held-out S), beyond `hosts.is_placeholder`'s.

- A run of three or more x's as one `-`/`_` piece of a label (`private-xxx-do-user-0.a.db.ondigitalocean.com`,
  `xxxxx-dashboard-001...`, `ec2-xx-xxx-xxx-xxx.compute-x...`): every such label in the corpus and the spent held-out
  sets is labelled masked, none real. Two x's alone (`xx`) are not enough (`xx-small` could be real).
- A documentation word for what the name holds as the WHOLE first label of a name under a public top-level domain:
  `mybucket.nyc3.digitalocean.com`, `bucketname.mybucketdomain.com` (the docs' `{bucket}` / `{namespace}` slots),
  typed with dashes or underscores alike (`my-bucket.s3-eu-east-2.amazonaws.com`, `bucket-name...`; held-out CA).
  Not a first `-` piece of it (review 2, finding 17: `namespace-controller.example.com`, `namespace-prod.mongo.cosmos.
  azure.com` are real names; held-out S's `namespace-sb.accesscontrol.windows.net`, labelled a stand-in, is read as
  real since: one flag lost for no false flag on real names). Not under another top-level label but an S3
  emulator's (`bucketname.localhost`, `mybucket.localstack`: four rows of held-out DX, FK and FM label it a stand-in,
  and LABELS.md says so since FM), and not in the middle of a name (`nova-api.namespace.svc`, a namespace so named).
- issue #17 (held-out Y, Z): `xyz` as a whole `-`/`_` piece or label of a name, except its last label (the `.xyz`
  top-level domain: `pl.mintyriver.xyz` is real): `www.xyz.com` (collected-2026-12), `xyz-user-test.xyz-xyz.westeurope.
  azurecontainerapps.io` (Z) are labelled masked, no other name in the sets has such a piece.
- issue #17 (held-out Y): `fqdn` as the WHOLE name (devtron's `lookup fqdn on ...`), the docs' word for "your name";
  so too `domainname` (held-out DT), and `your` as a whole first label (`your.sepolia.beacon.node`, held-out DV).
  Not `host`, `server`, `domain` (compose services so named are labelled real in the corpus and C, D, G, R); L's
  `hostname` (a URL's word, masked) is `url_words`' already, and 12g's `myhostname` is labelled real.
- held-out LF-LM (spent): `myid` / `yourid` as the whole first label of a longer name (`myid.gr7.eu-west-1.eks.
  amazonaws.com`, an EKS endpoint's id typed over), the possessive and the slot's word as `myaccount`; and the word
  `omitted` (as typed, `ommitted`, `ommited`, `omited` too) in any label (`CD43OXXYYTED3OMMITTED1...zl4.eu-west-1...`,
  `xxommited.yy...`), as LABELS.md's `redacted` in it.
- held-out LN-LU (spent): the slot's word then `here` as a label or the whole name (`PRIVATEDOMAINHERE`,
  `your-host-here`, `server_ip_here`, `hostnamegoeshere`), a form's blank (`_slot_here` below says which forms; a word
  that only ends in the slot's word, `ghosthere`, and one slot word alone, `hosthere.com`, `iphere.com`, stay names).
- held-out HV-IC (spent): Azure's documentation word for a storage account (`myaccount`, `accountname`...) as the
  first label of an Azure Storage name (`myaccount.blob.core.windows.net`); not under other domains
  (`myaccount.google.com` is real).
- issue #17 (held-out V..Z): a whole label of three or more y's or z's after the first (`play.yyy.svc`,
  `xxx.yyy.zzz.rds...`): every such label in the sets is labelled masked (S, V, X, Y, Z), none real; the `xxx` beside
  it is not needed. A first label so (`yyyy.example.org`) stays a name, as held-out L's guard has it: no label says
  otherwise without an `xxx` beside it.
  Not read, for want of agreement: `abc` (`kafka.stage.abc` masked in H, `aaa.test.abc` real in 12f); `xx`-prefixed
  labels (`xxs.com` masked in Y, `xxssx.cn` and `xxl-job-admin` real in B and Z); `internal.host` (Y, one row; `.host`
  is a real top-level domain).
"""

from __future__ import annotations

import itertools
import re

_X_PIECE = re.compile(r"(?:^|[-_])[xX]{3,}(?:[-_]|$)")
_DOC_WORDS = frozenset(
    {"mybucket", "yourbucket", "bucketname", "mybucketname", "namespace", "mynamespace", "yournamespace"}
)
_STORAGE_ACCOUNT_WORDS = frozenset(
    {"myaccount", "youraccount", "accountname", "mystorageaccount", "storageaccountname", "yourstorageaccount"}
)
_XYZ_PIECE = re.compile(r"(?:^|[-_])xyz(?:[-_]|$)", re.I)
# held-out DT (spent): `domainname` as the whole name (Magento's Varnish host left at the docs' word)
_WHOLE_NAME_DOC_WORDS = frozenset({"fqdn", "domainname"})
_YZ_LABEL = re.compile(r"y{3,}|z{3,}", re.I)
_ID_WORDS = frozenset({"myid", "yourid"})
# held-out LN-LU (spent): the slot's word then `here`, as a form's blank says "type it here" (`PRIVATEDOMAINHERE`,
# `your-host-here`, `server_ip_here`, `put_your_hostname_here`, `hostnamegoeshere`). Run together, a possessive or
# an instruction first (review: `ghosthere`, `webhosthere`, `curlhere` are names), or `goes`, or two slot words
# (`ipaddresshere`); with a possessive first, the docs' other slot words too (`youraccounthere`, `yoursubdomainhere`).
# Typed in pieces, the slot's word the last before `here` (`redis-host-here`), or a possessive run into it
# (`yourdomain-here`); a lone piece before `here` only if it names a host (not `site-here`, `dns-here`, `ip-here`)
_SLOT_WORDS = ("hostname", "domain", "host", "server", "url", "address", "fqdn", "endpoint", "ip", "dns", "site")
_STRONG_SLOT_WORDS = frozenset({"hostname", "domain", "host", "url", "address", "fqdn", "endpoint"})
_DOC_SLOT_WORDS = ("subdomain", "account", "appname", "app", "bucketname", "bucket", "instance", "project", "tenant")
_LEADS = r"(?:put|enter|insert|type|my|your|our|the|own|private|public|internal|company|custom|real)"
_RUN_TOGETHER_HERE = re.compile(
    r"(?P<lead>" + _LEADS + r"*)(?P<slot>(?:" + "|".join(_SLOT_WORDS + _DOC_SLOT_WORDS) + r")+)(?:name)?"
    r"(?P<goes>goes)?here"
)
_POSSESSIVE_SLOT = re.compile(_LEADS + r"+(?:" + "|".join(_SLOT_WORDS + _DOC_SLOT_WORDS) + r")+(?:name)?")
_SLOT_WORD = re.compile("|".join(_SLOT_WORDS + _DOC_SLOT_WORDS))


def _slot_here(label: str) -> bool:
    low = label.lower()
    pieces = re.split(r"[-_]", low)
    if len(pieces) == 1:
        run = _RUN_TOGETHER_HERE.fullmatch(low)
        if run is None:
            return False
        words = _SLOT_WORD.findall(run.group("slot"))
        return bool(run.group("lead")) or (
            all(word in _SLOT_WORDS for word in words) and (bool(run.group("goes")) or len(words) >= 2)
        )
    if pieces[-1] != "here":
        return False
    before = pieces[:-2] if pieces[-2:-1] == ["goes"] else pieces[:-1]
    named = len(before) > 1 and before[-1] == "name" and before[-2] in _SLOT_WORDS  # `dns-name-here`
    if named:
        before = before[:-1]
    if not before:
        return False
    last = before[-1]
    if last in _SLOT_WORDS:
        return len(before) > 1 or named or last in _STRONG_SLOT_WORDS
    return _POSSESSIVE_SLOT.fullmatch(last) is not None


_OMITTED = re.compile(r"(?<![cv])om{1,2}it{1,2}ed", re.I)  # not `committed`, `vomited`
# the last label of an S3 emulator's virtual-host name (LocalStack's `bucket.localhost`, `bucket.localstack`)
_EMULATOR_LABELS = frozenset({"localhost", "localstack"})
_PUBLIC_TLDS = frozenset({"com", "net", "org", "io", "co", "dev", "app", "info", "biz", "cloud"})


# held-out JJ-JQ (spent): a first label typed in capitals that names its slot (`IOT-HUB-HOSTNAME.azure-devices.net`,
# the docs' `{iot-hub-name}`) under labels in lower case: the reporter's stand-in; not `SQL-SERVER.corp.local` (a
# Windows host's real name in capitals: no slot word) nor a name all in capitals
# (review: not `WIN-NAME`, `AD-DOMAIN`, `DOMAIN-CONTROLLER`: Windows hosts' real names; only the words for the whole
# name, `HOSTNAME`, `HOST-NAME`, `FQDN`, `DOMAINNAME`)
_CAPITAL_SLOT_WORDS = frozenset({"HOSTNAME", "FQDN", "DOMAINNAME"})


def _capital_slot_label(labels: list[str]) -> bool:
    first, rest = labels[0], labels[1:]
    pieces = re.split(r"[-_]", first)
    joined = {a + b for a, b in itertools.pairwise(pieces)}  # `HOST-NAME`
    return (
        bool(rest)
        and first.isupper()
        and bool(_CAPITAL_SLOT_WORDS & (set(pieces) | joined))
        and all(label == label.lower() for label in rest)
    )


def stand_in_label(labels: list[str]) -> bool:  # noqa: PLR0911
    """Whether one of `labels` (a name split on dots, as written) is a stand-in by the rules above."""
    if any(_X_PIECE.search(label) for label in labels) or any(_XYZ_PIECE.search(label) for label in labels[:-1]):
        return True
    if len(labels) == 1 and labels[0].lower().replace("-", "").replace("_", "") in _WHOLE_NAME_DOC_WORDS:
        return True
    # held-out DV (spent): `your` as the whole first label (`your.sepolia.beacon.node`), as LABELS.md reads a first
    # `your-` / `your_` piece (`your-service`)
    if len(labels) >= 3 and labels[0].lower() == "your":  # (`your.org` is a real mirror's name; review)
        return True
    if any(_YZ_LABEL.fullmatch(label) for label in labels[1:]):
        return True
    # held-out CB: two whole labels of one `x` (`swissarmy.x.x.com`, the reporter's "domain redacted"), like `X.X` in
    # an address (LABELS.md, clause 1); one alone is a name (`x.com`)
    if sum(1 for label in labels if label in ("x", "X")) >= 2:
        return True
    if any(_OMITTED.search(label) for label in labels):
        return True
    if any(_slot_here(label) for label in labels):
        return True
    low = [label.lower() for label in labels]
    # LABELS.md: the slot words typed with a dash or an underscore count alike (`my-bucket`, `bucket-name`; held-out CA)
    first = low[0].replace("-", "").replace("_", "")
    # held-out DX, FK, FM (spent): or an S3 emulator's virtual host (`bucketname.localhost`)
    under = (len(low) >= 3 and low[-1] in _PUBLIC_TLDS) or (len(low) >= 2 and low[-1] in _EMULATOR_LABELS)
    # held-out HV-IC (spent; LABELS.md): Azure's documentation word for a storage account as the first label of a
    # Storage name (`myaccount.blob.core.windows.net`); `myaccount.google.com` is Google's own, real
    azure_storage = len(low) >= 5 and low[-3:] == ["core", "windows", "net"] and first in _STORAGE_ACCOUNT_WORDS
    return (
        (under and first in _DOC_WORDS)
        or azure_storage
        or (len(low) >= 4 and first in _ID_WORDS)  # (review: not `myid.gov.au`, a government's real app)
        or _capital_slot_label(labels)
    )
