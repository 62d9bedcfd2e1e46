"""The wrappings a platform engineer copies a resolver message in (issue #17, survey 7), as functions of the bare
message: log headers and structured log lines, Kubernetes' Events and YAML, log collectors' and CI runners' prefixes,
error chains, a terminal's wrap, Markdown and Slack. `tests/unit/parsing/test_wrappings.py` crosses them with
messages whose bare reading is known.

Each wrapper takes the message and the name in it (where the wrap falls: never inside the name) and returns the paste.
The formats are the tools' own: klog's header `Lmmdd hh:mm:ss.uuuuuu threadid file:line]` and its structured
`"msg" key="value"` form (k8s.io/klog/v2 `textlogger`), zap's/logrus's/slog's/pino's/bunyan's/Serilog's compact JSON
and Logstash's encoder (field names from each project's docs), Fluent Bit's docker parser (`{"log":"…","stream":…}`),
logfmt, `kubectl describe`'s Events table and `kubectl get events`' columns, go-yaml's output of an Event or a pod
status (block scalars `|-`, `>-`, and single-quoted scalars folded at 80 columns with `''` for a quote), journalctl's
short format, `docker compose logs`, `kubectl logs --prefix`, stern, GitHub Actions' timestamps, Terraform's boxed
diagnostics, Helm's `Error: INSTALLATION FAILED:` chain, Java's `Caused by:` and Python's chained tracebacks.
"""

from __future__ import annotations

import json
from collections.abc import Callable

Wrapper = Callable[[str, str], str]

MESSAGES: dict[str, tuple[str, str, str]] = {
    "go-nxdomain": (
        "dial tcp: lookup orders.shop.svc.cluster.local on 10.96.0.10:53: no such host",
        "orders.shop.svc.cluster.local",
        "nxdomain",
    ),
    "go-timeout": (
        "dial tcp: lookup payments.prod.svc.cluster.local on 10.96.0.10:53: "
        "read udp 10.244.1.5:41234->10.96.0.10:53: i/o timeout",
        "payments.prod.svc.cluster.local",
        "timeout",
    ),
    "go-servfail": (
        "dial tcp: lookup api.example.com on 10.96.0.10:53: server misbehaving",
        "api.example.com",
        "servfail",
    ),
    "go-eai-again": (
        'Get "https://vault.sec.svc:8200/v1/sys/health": dial tcp: lookup vault.sec.svc: '
        "Temporary failure in name resolution",
        "vault.sec.svc",
        "temporary",
    ),
    "urllib3": (
        "urllib3.exceptions.NameResolutionError: <urllib3.connection.HTTPSConnection object at 0x7f3a2c1d0e50>: "
        "Failed to resolve 'auth.example.org' ([Errno -3] Temporary failure in name resolution)",
        "auth.example.org",
        "temporary",
    ),
    "java": (
        "java.net.UnknownHostException: kafka-0.kafka-headless.data.svc.cluster.local",
        "kafka-0.kafka-headless.data.svc.cluster.local",
        "nxdomain",
    ),
    "node-enotfound": (
        "Error: getaddrinfo ENOTFOUND mongo.db.svc.cluster.local",
        "mongo.db.svc.cluster.local",
        "nxdomain",
    ),
    "node-eai-again": ("Error: getaddrinfo EAI_AGAIN redis.cache.svc", "redis.cache.svc", "temporary"),
    "curl": ("curl: (6) Could not resolve host: billing.internal", "billing.internal", "nxdomain"),
    "dotnet": (
        "System.Net.Http.HttpRequestException: No such host is known. (inventory.shop.svc:443)",
        "inventory.shop.svc",
        "nxdomain",
    ),
    "ruby": (
        "SocketError: Failed to open TCP connection to search.example.net:443 (getaddrinfo: Name or service not known)",
        "search.example.net",
        "nxdomain",
    ),
    "rust": (
        "error sending request for url (http://ledger.fin.svc:8080/): error trying to connect: dns error: "
        "failed to lookup address information: Name or service not known",
        "ledger.fin.svc",
        "nxdomain",
    ),
    "kubelet-pull": (
        'Failed to pull image "registry.corp.example.com/app:1.2": rpc error: code = Unknown desc = failed to resolve '
        'reference "registry.corp.example.com/app:1.2": failed to do request: Head '
        '"https://registry.corp.example.com/v2/app/manifests/1.2": dial tcp: lookup registry.corp.example.com '
        "on 10.0.0.2:53: no such host",
        "registry.corp.example.com",
        "nxdomain",
    ),
    "nginx": (
        "2024/01/01 10:00:00 [error] 31#31: *1 backend.web.svc.cluster.local could not be resolved "
        '(3: Host not found), client: 10.244.0.1, server: _, request: "GET / HTTP/1.1"',
        "backend.web.svc.cluster.local",
        "nxdomain",
    ),
    "coredns": (
        "[ERROR] plugin/errors: 2 github.com. A: read udp 10.244.0.3:51234->8.8.8.8:53: i/o timeout",
        "github.com",
        "timeout",
    ),
}
"""Message id → (the bare message, its name, its kind): what every wrapping of it must still read."""

NEGATIVES: dict[str, tuple[str, str]] = {
    "refused-to-name": (
        'Get "http://orders.shop.svc:8080/api": dial tcp 10.96.3.4:8080: connect: connection refused',
        "orders.shop.svc",
    ),
    "java-refused": (
        "org.apache.http.conn.HttpHostConnectException: Connect to orders.shop.svc:8080 "
        "[orders.shop.svc/10.96.3.4] failed: Connection refused (Connection refused)",
        "orders.shop.svc",
    ),
    "tls": (
        'Get "https://api.example.com/v1": tls: failed to verify certificate: x509: certificate signed by unknown '
        "authority",
        "api.example.com",
    ),
    "http-5xx": ("GET https://api.example.com/v1/items returned 503 Service Unavailable", "api.example.com"),
    "timeout-to-ip": ('Get "https://10.96.0.1:443/version": dial tcp 10.96.0.1:443: i/o timeout', "10.96.0.1:443"),
    "deadline-to-name": (
        'Get "https://api.example.com/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting '
        "headers)",
        "api.example.com",
    ),
    "lookup-worked": ("resolved orders.shop.svc.cluster.local to [10.96.3.4] in 2ms", "orders.shop.svc.cluster.local"),
}
"""Negative id → (a message that is no DNS failure, the name in it): no wrapping of it may name a failure."""


def split_at(msg: str, host: str) -> tuple[str, str]:
    """Where a wrap may cut `msg`: at the first space after the name (the name whole on the first line, the reason on
    the next), or, when nothing follows the name, at the last space before it."""
    at = msg.find(host)
    cut = msg.find(" ", at + len(host)) if at >= 0 else -1
    if cut < 0:
        cut = msg.rfind(" ", 0, at if at >= 0 else len(msg))
    return msg[:cut], msg[cut + 1 :]


def _json(s: str) -> str:
    """`s` as a JSON string's content (no surrounding quotes)."""
    return json.dumps(s)[1:-1]


def _go_quote(s: str) -> str:
    return s.replace("\\", "\\\\").replace('"', '\\"')


def _fold_single_quoted(msg: str, indent: str, first: int) -> str:
    """go-yaml's single-quoted scalar: `'` doubled, folded at spaces past 80 columns onto indented lines."""
    words, lines, line, width = msg.replace("'", "''").split(" "), [], "", 80 - first
    for w in words:
        if line and len(line) + 1 + len(w) > width:
            lines.append(line)
            line, width = w, 80 - len(indent)
        else:
            line = f"{line} {w}" if line else w
    lines.append(line)
    return "'" + f"\n{indent}".join(lines) + "'"


_HEADER = "2024-01-01T00:00:00.000Z ERROR [client] "


def fold(line: str, width: int, hard: bool) -> str:
    """`fold -s -w width` (at the last space within the width) or, `hard`, a terminal's cut at exactly `width`."""
    out: list[str] = []
    while len(line) > width:
        cut = width if hard else line.rfind(" ", 0, width + 1)
        cut = width if cut <= 0 else cut
        out.append(line[:cut])
        line = line[cut + (0 if hard else 1) :]
    return "\n".join([*out, line])


def _hard_wrap(m: str, h: str, header: str = _HEADER) -> str:
    """A terminal's hard wrap at 80 or 120 columns (the first width whose cuts miss the name)."""
    line = header + m
    at = line.find(h)
    for width in (80, 120, 100, 132):
        if not any(at < c < at + len(h) for c in range(width, len(line), width)):
            return fold(line, width, hard=True)
    return line


def _zap(m: str, h: str) -> str:
    return json.dumps(
        {"level": "error", "ts": 1701424800.123, "caller": "client/main.go:42", "msg": "request failed", "error": m}
    )


WRAPPERS: dict[str, Wrapper] = {
    "klog-header": lambda m, h: f"E1201 10:00:00.123456    1234 reflector.go:138] {m}",
    "klog-structured": lambda m, h: (
        f'E1201 10:00:00.123456    1234 controller.go:88] "Reconciler error" err="{_go_quote(m)}" '
        'controller="deployment" namespace="shop"'
    ),
    "zap-json": _zap,
    "logrus-json": lambda m, h: json.dumps({"level": "error", "msg": m, "time": "2024-01-01T00:00:00Z"}),
    "slog-json": lambda m, h: json.dumps(
        {"time": "2024-01-01T00:00:00.000Z", "level": "ERROR", "msg": "fetch failed", "err": m}
    ),
    "serilog-clef": lambda m, h: json.dumps(
        {"@t": "2024-01-01T00:00:00.0000000Z", "@mt": "Request failed", "@l": "Error", "@x": m}
    ),
    "pino-json": lambda m, h: json.dumps(
        {"level": 50, "time": 1704067200000, "pid": 1, "hostname": "api-7d9f", "msg": m}
    ),
    "logstash-json": lambda m, h: json.dumps(
        {"@timestamp": "2024-01-01T00:00:00.000Z", "@version": "1", "message": m, "level": "ERROR"}
    ),
    "fluentbit-json-in-json": lambda m, h: json.dumps(
        {"log": _zap(m, h) + "\n", "stream": "stderr", "time": "2024-01-01T00:00:00.123456789Z"}
    ),
    "logfmt": lambda m, h: f'time=2024-01-01T00:00:00Z level=error msg="request failed" err="{_go_quote(m)}"',
    "go-quoted": lambda m, h: f'main.go:57: sync failed: "{_go_quote(m)}"',
    "describe-events": lambda m, h: (
        "Events:\n  Type     Reason  Age                From     Message\n"
        "  ----     ------  ----               ----     -------\n"
        f"  Warning  Failed  12s (x3 over 40s)  kubelet  {split_at(m, h)[0]}\n{' ' * 45}{split_at(m, h)[1]}"
    ),
    "get-events": lambda m, h: (
        "LAST SEEN   TYPE      REASON   OBJECT               MESSAGE\n"
        f"12s         Warning   Failed   pod/api-7d9f-x2kq    {m}"
    ),
    "event-yaml-literal": lambda m, h: (
        f"- apiVersion: v1\n  kind: Event\n  message: |-\n    {split_at(m, h)[0]}\n    {split_at(m, h)[1]}\n"
        "  reason: Failed\n  type: Warning"
    ),
    "event-yaml-folded": lambda m, h: (
        f"- apiVersion: v1\n  kind: Event\n  message: >-\n    {split_at(m, h)[0]}\n    {split_at(m, h)[1]}\n"
        "  reason: Failed\n  type: Warning"
    ),
    "waiting-message-yaml": lambda m, h: (
        "    state:\n      waiting:\n        message: "
        + _fold_single_quoted(m, " " * 10, 17)
        + "\n        reason: Failed"
    ),
    "journalctl": lambda m, h: f"Dec 01 10:00:00 node-3 kubelet[1234]: {m}",
    "compose": lambda m, h: f"api-1  | {m}",
    "kubectl-logs-prefix": lambda m, h: f"[pod/api-7d9f-x2kq/app] {m}",
    "stern-colour": lambda m, h: f"\x1b[32mapi-7d9f-x2kq\x1b[0m \x1b[33mapp\x1b[0m {m}",
    "github-actions": lambda m, h: f"2024-01-01T00:00:00.1234567Z {m}",
    "ansi-level": lambda m, h: f"\x1b[31mERROR\x1b[0m \x1b[1m{m}\x1b[0m",
    "crlf": lambda m, h: f"starting client\r\n{m}\r\nretrying in 5s\r\n",
    "zap-console-tabs": lambda m, h: f"2024-01-01T00:00:00.000Z\tERROR\tclient/main.go:42\trequest failed\t{m}",
    "terraform-box": lambda m, h: (
        f"╷\n│ Error: {split_at(m, h)[0]}\n│ {split_at(m, h)[1]}\n│ \n"
        '│   with provider["registry.terraform.io/hashicorp/kubernetes"],\n│   on main.tf line 1:\n╵'
    ),
    "helm-chain": lambda m, h: f"Error: INSTALLATION FAILED: failed to fetch dependency: {m}",
    "java-caused-by": lambda m, h: (
        "java.lang.IllegalStateException: request failed\n\tat com.example.Client.get(Client.java:42)\n"
        f"\tat com.example.Main.main(Main.java:10)\nCaused by: {m}\n"
        "\tat java.base/java.net.Socket.connect(Socket.java:609)"
        "\n\t... 2 more"
    ),
    "python-chain": lambda m, h: (
        'Traceback (most recent call last):\n  File "/app/client.py", line 10, in fetch\n    conn.connect()\n'
        f"{m}\n\nDuring handling of the above exception, another exception occurred:\n\n"
        'Traceback (most recent call last):\n  File "/app/main.py", line 3, in <module>\n    fetch()\n'
        "RuntimeError: fetch failed"
    ),
    "fold-80": lambda m, h: fold(_HEADER + m, 80, hard=False),
    "fold-120": lambda m, h: fold(_HEADER + m, 120, hard=False),
    "terminal-hard-wrap": _hard_wrap,
    "gitlab-ci": lambda m, h: f"2024-01-01T00:00:00.123456Z 01E {m}",
    "loki-logcli": lambda m, h: '2024-01-01T00:00:00Z {app="api", namespace="shop"} ' + _zap(m, h),
    "journal-json": lambda m, h: json.dumps(
        {"_HOSTNAME": "node-3", "SYSLOG_IDENTIFIER": "kubelet", "_PID": "1234", "MESSAGE": m}
    ),
    "csv-export": lambda m, h: '"@timestamp","@message"\n"2024-01-01 00:00:00.000","' + m.replace('"', '""') + '"',
    "md-table": lambda m, h: "| pod | error |\n|---|---|\n| api-7d9f | " + m.replace("|", "\\|") + " |",
    "pod-status-json": lambda m, h: (
        '{\n  "state": {\n    "waiting": {\n      "message": '
        + json.dumps(m)
        + ',\n      "reason": "ErrImagePull"\n    }\n  }\n}'
    ),
    "python-direct-cause": lambda m, h: (
        f"{m}\n\nThe above exception was the direct cause of the following exception:\n\n"
        'Traceback (most recent call last):\n  File "/app/main.py", line 3, in <module>\n'
        "requests.exceptions.ConnectionError: fetch failed"
    ),
    "json-escaped-thrice": lambda m, h: json.dumps(
        {"timestamp": 1704067200000, "message": json.dumps({"log": _zap(m, h) + "\n", "stream": "stderr"})}
    ),
    "logstash-stack-trace": lambda m, h: json.dumps(
        {
            "@timestamp": "2024-01-01T00:00:00.000Z",
            "message": "request failed",
            "level": "ERROR",
            "stack_trace": "java.lang.IllegalStateException: request failed\r\n"
            f"\tat com.example.Client.get(Client.java:42)\r\nCaused by: {m}\r\n"
            "\tat java.base/java.net.Socket.connect(Socket.java:609)\r\n",
        }
    ),
    "get-events-hard-wrap": lambda m, h: (
        "LAST SEEN   TYPE      REASON   OBJECT               MESSAGE\n"
        + _hard_wrap(m, h, "12s         Warning   Failed   pod/api-7d9f-x2kq    ")
    ),
    "kubectl-logs-timestamps": lambda m, h: f"2024-01-01T00:00:00.123456789Z {m}",
    "html-pre": lambda m, h: (
        "<details><summary>logs</summary><pre>"
        + m.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        + "</pre></details>"
    ),
    "md-nested-quote": lambda m, h: f"> > {m}",
    "word-wrap": lambda m, h: f"{split_at(m, h)[0]}\n{split_at(m, h)[1]}",
    "code-fence": lambda m, h: f"we get this on every pod:\n```\n{m}\n```",
    "md-quote": lambda m, h: f"> {split_at(m, h)[0]}\n> {split_at(m, h)[1]}",
    "inline-backticks": lambda m, h: f"the app logs `{m}` since the upgrade",
    "slack-escaped": lambda m, h: (
        m.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace(h, f"<http://{h}|{h}>", 1)
    ),
}
"""Wrapping id → how it wraps a message."""
