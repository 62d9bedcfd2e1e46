"""The stand-in rule of tests/fixtures/pastes/LABELS.md, read by `is_placeholder`: each example the file gives."""

from __future__ import annotations

import pytest

from checks.parsing.hosts import is_placeholder

# LABELS.md, `redacted` 1 (masked as printed) and 2 (a word naming the slot instead of a value)
STAND_INS = [
    "xxx.com",
    "ec2-xx-xxx-xxx-xxx.compute-1.amazonaws.com",
    "private-xxx-do-user-0.a.db.ondigitalocean.com",
    "xxx.yyy.zzz.rds.amazonaws.com",
    "****.com",
    "<node>",
    "[dbserver]",
    "{your_release_zookeeper_address}",
    "${DB_HOST}",
    "$(VAR)",
    "%COMPUTERNAME%",
    "$NODE_IP",
    "MY_SERVER_IP",
    "192.168.X.X",
    "---.---.com",
    "clrv0000XXX.net",
    "xx.com",
    "tp.xx.com",
    "redacted.tld",
    "domain.com",
    "git.domain.com",
    "pip.domain.com",
    "_acme-challenge.domain.de",
    "gotify.mydomain.com",
    "rabbitmqvm-0.rabbitmqvm-headless.default.svc.mydomain",
    "proxy.is.domain.tld",
    "hostname.example.com",
    "db.hostname.eu-west-1.rds.amazonaws.com",
    "my-hostname",
    "redis-hostname.xyz",
    # a review of the rule against the file (2026-12-02): `#` over part of a label, the words `elided`/`sensored`, and
    # `abc`/`xyz`/`corp`/`company` before a country's top-level label (a first label of y's or z's stays a name, as
    # held-out L labelled `yyyy.example.org`, and so does `redact.dev`, held-out K's)
    "ab##.com",
    "elided.net",
    "api.sensored.com",
    "abc.de",
    "corp.ch",
    "company.de",
    "fqdn",
    "url",
    "blabla",
    "service_name",
    "headless-svc-name",
    "keycloak-dns-name",
    "harbor-domain-name",
    "your-service",
    "mybucket.nyc3.digitalocean.com",
    "my-registry.foo.bar",
    "abc.com",
    "www.xyz.com",
    "registry.xyz.net",
    "mongodb1.corp.com",
    "mongo.host.com",
    "workstation-mine.company.network",
]

# LABELS.md: everything else is a real name, those that look made up included
REAL = [
    "gogs.mycompany.ch",  # held-out AN: `mycompany` is not among LABELS.md's words
    "host.de",
    "sleepy.io",
    "www.example.com",
    "api.example.com",
    "mailstore.example.com",
    "oauth-openshift.apps.ocp42.lab.example",
    "candy-store.test",
    "harbor.local",
    "odroid.lan",
    "core.harbor.domain",
    "domain",
    "myhostname",
    "inventory_hostname",
    "nginx-hostname",
    "zedd-hostname-svc-clusterip",
    "my-redis",
    "my-nginx",
    "mycluster-registry",
    "myredis",
    "testserver",
    "my-testserver",
    "mygiteahost",
    "redis-server",
    "dbserver",
    "mysql",
    "server",
    "host",
    "test",
]


@pytest.mark.parametrize("name", STAND_INS)
def test_a_name_labels_md_calls_a_stand_in_is_flagged(name: str) -> None:
    assert is_placeholder(name)


@pytest.mark.parametrize("name", REAL)
def test_a_name_labels_md_calls_real_is_not_flagged(name: str) -> None:
    assert not is_placeholder(name)
