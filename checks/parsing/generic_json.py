"""A JSON value under a key that is not about a host is never the name looked up (issue #17, held-out L).

Monolog's context after Predis' message: `... [tls://hostname:6379] {"Source server":"Prod","exception":...}`: the
generic rule took `Prod`, a JSON string right after the failure, for the name. A structured log names the host under
a key that says so (`"host":"db"`, `"peer.address":"redis"`, `"server":"x"`); under any other key (`"Source
server"`, `"env"`, `"level"`) the whole value is the field's value, not a name. Only a value that is the whole JSON
string counts: a message string (`"error":"lookup db on ...: no such host"`) still has its name read inside it.
"""

from __future__ import annotations

import re

from checks.parsing.rules.base import LazyPattern

_KEY_BEFORE = LazyPattern(r"\"(?P<key>[^\"\n]{1,60})\"\s{0,2}:\s{0,2}\"$")
_HOST_KEY = LazyPattern(
    # a prefix with a separator (`peer.address`, `server_name`) or in camelCase (`dnsName`, `remoteAddr`, `targetHost`)
    r"(?:[\w.\-]{0,40}[._\-]|(?-i:[a-z][A-Za-z0-9]{0,40}(?=[A-Z])))?(?:host(?:_?name)?|server(?:_?name)?|addr(?:ess)?|url|uri|endpoint|broker|dsn|domain"
    r"|fqdn|target|upstream|remote|peer|dest(?:ination)?|name|qname|query|dns|authority|node)s?",
    re.I,
)
# found by probing: the key a DNS query log names the query under (Cloud DNS's `queryName`, Route 53 Resolver's
# `query_name`, `qname`): its value is the name looked up, before any other host key of the same record
# (`vmInstanceName`, `srcaddr`)
_QUERY_KEY = LazyPattern(r"query[_.\-]?name|qname|question[_.\-]?name", re.I)
LOOKBACK = 64
"""Characters looked at before a value for its key."""


# held-out DH (spent): the name of a piece of code or data (`"module_name":"Cluster.Logger"` in libcluster's JSON log)
_NOT_HOST_NAME_KEY = LazyPattern(
    r"(?:module|function|func|file|class|logger|app|application|thread|job|task|metric|event|field|table|user|image"
    r"|display|first|last|full|type|kind|method|package|bucket|index|topic|queue|container"
    # held-out LF-LM (spent): opentelemetry-jaeger's `ConfigError { pipeline_name: "agent", config_name: "endpoint" }`
    r"|pipeline|config|exporter)[._\-]?name",
    re.I,
)


def is_host_key(key: str) -> bool:
    """Whether a structured log's key names a host (`host`, `server_name`, `peer.address`, `brokers`...)."""
    return _HOST_KEY.fullmatch(key) is not None and _NOT_HOST_NAME_KEY.fullmatch(key) is None


def is_query_key(key: str) -> bool:
    """Whether a structured log's key names the DNS query itself (`queryName`, `query_name`, `qname`)."""
    return _QUERY_KEY.fullmatch(key) is not None


def json_value_of_other_key(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is a whole JSON string value (`"key":"value"`) whose key is not about a host."""
    if not text.startswith('"', end) or not text.startswith('"', start - 1):
        return False
    m = _KEY_BEFORE.search(text, max(0, start - LOOKBACK), start)
    return m is not None and not is_host_key(m.group("key"))


# (source-mined, MySqlConnector and StackExchange.Redis under Microsoft.Extensions.Logging's JSON console, Serilog's
# compact JSON): a structured log carries its message's template beside the message, `"{OriginalFormat}":"Session
# {SessionId} failed to resolve host name {HostName} ..."`; the template's slots are no names (the message and the
# state's `"HostName":"db"` hold the name). So too a thread's name (an ECS log's `"process.thread.name":
# "main-SendThread(zk-1.zk-hs:2181)"`: ZooKeeper's client thread, named after the server it last dialled, not the one
# whose look-up the message says failed). The paste's JSON may have been re-quoted by normalize (single quotes).
_TEMPLATE_KEYS = (
    r"(?:\{OriginalFormat\}|MessageTemplate|messageTemplate|@mt|(?:process\.)?thread\.name|thread_?[nN]ame)"
)
_TEMPLATE_KEY = LazyPattern(
    rf"(?P<q>[\"']){_TEMPLATE_KEYS}(?P=q)\s{{0,2}}:\s{{0,2}}(?P<v>[\"'])"
    # normalize spreads a JSON log line one field a line (`process.thread.name: main-SendThread(...)`)
    rf"|(?m:^[ \t]{{0,8}}){_TEMPLATE_KEYS}:[ \t](?P<line>)"
)
TEMPLATE_LOOKBACK = 600
"""Characters looked at before a name for the start of a message template's value."""


# a part of each key above (a Java log holds `Thread` on every frame: the test must not pass it)
_TEMPLATE_WORDS = (
    "OriginalFormat",
    "essageTemplate",
    "@mt",
    "hread.name",
    "hread_name",
    "hread_Name",
    "hreadname",
    "hreadName",
)


def may_hold_template(text: str) -> bool:
    """Whether `text` holds a word of a message-template or thread-name key at all (a cheap test before the rest)."""
    return any(word in text for word in _TEMPLATE_WORDS)


def in_message_template(text: str, at: int) -> bool:
    """Whether `at` is inside the string value of a structured log's message-template (or thread-name) key."""
    lo = max(0, at - TEMPLATE_LOOKBACK)
    if not may_hold_template(text[lo:at]):
        return False
    keys = list(_TEMPLATE_KEY.finditer(text, lo, at))
    last = keys[-1] if keys else None
    if last is None:
        return False
    if last.group("line") is not None:
        return "\n" not in text[last.end() : at]
    return last.group("v") not in text[last.end() : at].replace("\\" + last.group("v"), "")
