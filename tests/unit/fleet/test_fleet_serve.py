"""Two clusters served by the real `podnet serve` (Socket Mode, the Slack stand-in): two Kubernetes API
stand-ins (lab/apiserver, TLS and a bearer token each, no root), reached through ONE kubeconfig with a
context per cluster, named in PODNET_CLUSTERS. Cluster `b` lacks the Service `default-region`. A paste
in a channel of both runs where the Service exists; one naming a Service of both is asked about, and
pressing `b` (through Bolt and the access middleware) runs it in `b`; `/podnet check a/node-2`. The
nodes are never reached: the ssh_config sends every node to a closed loopback port (no packet to a lab
address), so each run ends "not checked" — what is asserted is which cluster ran, from the titles, the
threads and the audit log."""

from __future__ import annotations

import json
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from lab import lifecycle, pki
from lab.apiserver.server import ApiServer, Store, Tokens
from lab.layout import build_model
from lab.paths import LabPaths
from tests.podnet_serve import free_port, start_serve
from tests.slack_standin import SlackStandIn, message_event
from tests.unit.loopback import WAIT

OPS = "U0ALICE"


def api_standin(root: Path, *, without: str | None = None) -> Iterator[tuple[int, Path, str]]:
    root.mkdir()
    paths = LabPaths(root)
    model = build_model(3)
    model.created = "2026-11-27T00:00:00Z"
    model.services = [s for s in model.services if s.name != without]
    model.save(paths.state)
    pki.make_pki(paths.pki)
    lifecycle.write_tokens(paths, {"admin-token": lifecycle.admin_identity()})
    tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    tls.load_cert_chain(paths.pki / "apiserver.crt", paths.pki / "apiserver.key")
    server = ApiServer(("127.0.0.1", 0), Store(paths.state), Tokens(paths.api_tokens), tls)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server.server_address[1], paths.pki / "ca.crt", "admin-token"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def two_apis(tmp_path: Path) -> Iterator[Path]:
    """One kubeconfig, contexts `lab-a` and `lab-b`, each its own API stand-in."""
    a, b = api_standin(tmp_path / "a"), api_standin(tmp_path / "b", without="default-region")
    (port_a, ca_a, token_a), (port_b, ca_b, token_b) = next(a), next(b)
    kubeconfig: dict[str, Any] = {"apiVersion": "v1", "kind": "Config", "current-context": "lab-a", "preferences": {}}
    kubeconfig["clusters"] = [
        {"name": n, "cluster": {"server": f"https://127.0.0.1:{p}", "certificate-authority": str(ca)}}
        for n, p, ca in (("a", port_a, ca_a), ("b", port_b, ca_b))
    ]
    kubeconfig["users"] = [{"name": n, "user": {"token": t}} for n, t in (("a", token_a), ("b", token_b))]
    kubeconfig["contexts"] = [{"name": f"lab-{n}", "context": {"cluster": n, "user": n}} for n in ("a", "b")]
    path = tmp_path / "kubeconfig"
    path.write_text(yaml.safe_dump(kubeconfig))
    path.chmod(0o600)
    yield path
    for standin in (a, b):
        next(standin, None)


def test_one_podnet_serve_for_two_clusters(tmp_path: Path, two_apis: Path) -> None:
    closed = free_port()  # nothing listens there: every SSH connection is refused at once
    (tmp_path / "ssh_config").write_text(f"Host node-*\n  HostName 127.0.0.1\n  Port {closed}\n")
    (tmp_path / "known_hosts").write_text("")
    (tmp_path / "clusters.toml").write_text(
        f'[clusters.a]\nkubeconfig = "{two_apis}"\ncontext = "lab-a"\nchannels = ["C0A", "C0BOTH"]\n'
        f'[clusters.b]\nkubeconfig = "{two_apis}"\ncontext = "lab-b"\nchannels = ["C0B", "C0BOTH"]\n'
    )
    audit = tmp_path / "audit.jsonl"
    env = {
        "PODNET_CLUSTERS": str(tmp_path / "clusters.toml"),
        "PODNET_CHANNELS": "",  # the clusters' channels are where podnet answers
        "PODNET_SSH_CONFIG": str(tmp_path / "ssh_config"),
        "PODNET_KNOWN_HOSTS": str(tmp_path / "known_hosts"),
        "PODNET_SSH_BY_NAME": "1",
        "PODNET_ALLOWED_USERS": OPS,
        "PODNET_AUDIT_LOG": str(audit),
        "HOME": str(tmp_path),
    }
    channels = {"C0A": "team-a", "C0B": "team-b", "C0BOTH": "platform", "C0ELSE": "random"}
    with SlackStandIn(channels=channels, users={OPS: "alice", "U0BOB": "bob"}) as slack:
        serve = start_serve(slack, tmp_path, http=False, env=env)
        try:
            serve.wait_for_line("podnet: cluster b answers in C0B, C0BOTH")
            serve.wait_for_line("podnet: answering in C0A, C0BOTH, C0B")
            slack.send_event(message_event("dial tcp: lookup default-region: i/o timeout", channel="C0BOTH", user=OPS))
            ended = "not checked", "could not run", "inconclusive", "problem", "healthy"

            def verdict(c: Any) -> bool:
                return c.method == "chat.update" and str(c.args.get("text")).startswith(ended)

            slack.wait_for(verdict, WAIT * 3)
            slack.send_event(message_event("dial tcp: lookup default-keystone: i/o timeout", channel="C0BOTH"))
            asked = slack.wait_for(
                lambda c: c.method == "chat.postMessage" and "Which cluster" in str(c.args.get("text")), WAIT * 3
            )
            question = next(m for m in slack.workspace.messages("C0BOTH") if "Which cluster" in str(m.get("text")))
            value = next(
                e["value"]
                for b in question["blocks"]
                if b["type"] == "actions"
                for e in b["elements"]
                if e["action_id"] == "podnet_pick_cluster:b"
            )
            slack.wait_for_ack(
                slack.send_block_action(
                    "podnet_pick_cluster:b",
                    value=value,
                    user_id="U0BOB",
                    channel_id="C0BOTH",
                    message_ts=question["ts"],
                )
            )
            slack.wait_for(verdict, WAIT * 3, count=2)
            slack.wait_for_ack(slack.send_slash_command("/podnet", "check a/node-2", user_id=OPS, channel_id="C0BOTH"))
            slack.wait_for(verdict, WAIT * 3, count=3)
            # a channel that serves no cluster is not podnet's: not even parsed
            slack.wait_for_ack(slack.send_event(message_event("lookup default-region: i/o timeout", channel="C0ELSE")))
        finally:
            serve.stop()
    posts = [str(c.args["text"]) for c in slack.calls("chat.postMessage")]
    assert "is a Service in *a*, *b*" in str(asked.args["text"])
    titles = [t for t in posts if t.startswith(("Diagnosing", "Checking"))]
    assert titles == [
        "Diagnosing `default-region` (timeout) in a",  # only a has it: no question
        "Diagnosing `default-keystone` (timeout) in b",  # b picked
        "Checking node `node-2` in a",
    ], posts
    assert not any(c.args.get("channel") == "C0ELSE" for c in slack.calls("chat.postMessage"))
    lines = [json.loads(line) for line in audit.read_text().splitlines()]
    intents = [
        (line["cluster"], json.loads(line["request"]).get("cluster")) for line in lines if line.get("phase") == "intent"
    ]
    assert intents == [("a", "a"), ("b", "b"), ("a", "a")]
    # each run reached its own cluster's nodes (the commands audited before they were sent)
    assert {line["cluster"] for line in lines if line.get("phase") == "run"} == {"a", "b"}
    started = [line for line in serve.stderr if "started for" in line]
    assert any("on cluster b" in line for line in started) and any("on cluster a" in line for line in started)
