"""Formats read from programs' own sources by the eleventh survey (issue #17): storage and backup tools, home-lab and
Compose-stack services, infrastructure-as-code and developer tooling, less common server frameworks; each case names
its program and format, with the look-alikes that must stay unread. No row of any held-out set was read to write
them."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from tests.unit.parsing.speed import parses_quickly


def found(text: str) -> set[tuple[str, str]]:
    return {(f.host, f.kind) for f in parse_failures(text)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # Transmission's UDP announcer: the tracker, not the address family
            "[2024-01-05 10:00:00.123] WRN tracker.example.org:1337 Couldn't look up 'tracker.example.org:1337' in "
            "IPv4: Name or service not known (-2) (announcer-udp.cc:881)",
            {("tracker.example.org", "nxdomain")},
        ),
        (  # qBittorrent: a URL seed's error, the torrent's dotted name before it is no host
            '(W) 2024-01-05T10:00:00 - URL seed connection failed. Torrent: "ubuntu-24.04-desktop-amd64.iso". URL: '
            '"http://mirror.example.org/ubuntu/ubuntu-24.04-desktop-amd64.iso". Error: "Host not found '
            '(authoritative)"',
            {("mirror.example.org", "nxdomain")},
        ),
        (  # qBittorrent: Qt's text after the feed's URL
            "(W) 2024-01-05T10:00:00 - Failed to download RSS feed at 'https://feeds.example.org/rss'. Reason: The "
            "remote host name was not found (invalid hostname)",
            {("feeds.example.org", "nxdomain")},
        ),
        (  # Sonarr / Radarr / Prowlarr's proxy check
            "2024-01-05 10:00:00.1|Error|ProxyCheck|Failed to resolve the IP Address for the Configured Proxy Host "
            "proxy.lan",
            {("proxy.lan", "other")},
        ),
        (  # Homepage's proxy fallback: Node's code
            "[2024-01-05T10:00:00.000Z] debug: <httpProxy> DNS fallback failed for radarr: lookup error=ENOTFOUND, "
            "resolve error=ENOTFOUND",
            {("radarr", "nxdomain")},
        ),
        (  # Tautulli's IP checker
            "2024-01-05 10:00:00 - ERROR :: CP Server Thread-10 : IP Checker :: Bad IP or hostname provided: plex.lan.",
            {("plex.lan", "other")},
        ),
        (  # Finagle's resolver: the quoted host, not the word before it
            "WARNING: Caught UnknownHostException resolving host 'db.internal'. Retrying in 1.seconds...",
            {("db.internal", "nxdomain")},
        ),
    ],
)
def test_surveyed_format(text: str, want: set[tuple[str, str]]) -> None:
    assert found(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # the *arr apps: rTorrent's magnet, whose tracker parameter is no failing host
        "2024-01-05 10:00:00.1|Error|rTorrent|rTorrent could not resolve magnet within 60 seconds, download may remain "
        "stuck: magnet:?xt=urn:btih:abcdef&dn=Show&tr=udp://tracker.example.org:1337.",
        # Helidon's configuration, kopia's notification template and ignore files
        "Failed to resolve expression: ${DB_HOST}",
        "ERROR unable to send notification: unable to resolve notification template",
        "cannot resolve '\"current\"': too many levels of symbolic links",
        # Terragrunt, Skaffold, Earthly, Garden, DevSpace, helmfile: git refs, netrc, templates, variables, API kinds
        'DEBUG  catalog: failed to resolve latest tag for "https://github.example.org/acme/modules.git": exit '
        "status 128",
        "Error: failed to lookup main branch for repo https://git.example.org/acme/configs.git: exit status 128",
        "Error: failed to lookup netrc entry for git.example.org: no netrc host entry",
        "Could not resolve project: Could not find key database under var. Available keys: hostname, replicas.",
        "Could not resolve the `name` field (${var.name}) for a config in ConfigTemplate db: Could not find key name",
        "Error: cannot resolve runtime.images.api.image in this config area as this config region is loaded on "
        "startup.",
        'DEBUG kubedog: cannot resolve GVR for apps/v1/Deployment/web.prod baseline: no matches for kind "Deployment"',
        # qBittorrent: a download's error that is no look-up
        "(W) 2024-01-05T10:00:00 - Failed to download RSS feed at 'https://feeds.example.org/rss'. Reason: Connection "
        "refused",
    ],
)
def test_their_lookalikes_name_nothing(text: str) -> None:
    assert found(text) == set()


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "Couldn't look up 'a:1' in IPv4: ",
        'URL: "http://a/". Error: "',
        "at 'https://a'. Reason: ",
        "DNS fallback failed for a: lookup error=",
        "Caught UnknownHostException resolving host '",
        "Bad IP or hostname provided: ",
    ]
)
