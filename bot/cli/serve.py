"""`podnet serve`: the Slack bot, in Socket Mode (default) or HTTP mode (--http).

Observable from the start: logging is set up and the health server (/healthz, /readyz, /metrics on
PODNET_HEALTH_PORT) listens before Slack is contacted, so a pod stuck connecting is live but not ready.
"""

from __future__ import annotations

import logging
import os
import secrets
import signal
import socket
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console

if TYPE_CHECKING:
    from bot.observability.health import HealthServer, LateCheck
    from bot.settings import Settings
    from bot.slack.service import DiagnosisService
    from bot.sweeps.nightly import NightlyFleet
    from bot.wiring import Wiring

err = Console(stderr=True)
DATABASE_WAIT = 600.0  # seconds podnet serve waits for its database at start-up
# How long a thread holding the GIL runs before a waiting one may take it (Python's default: 5 ms). `podnet
# serve` is there to acknowledge Slack at once, and what acknowledges (the Socket Mode client's receive and
# send, the HTTP server) waits for the GIL behind the threads reading pastes and running diagnoses, once per
# read, write and lock. Measured in Socket Mode under a 1,500-name paste every 0.2 s: p99 345 ms at 5 ms,
# 104 ms at 1 ms. The CPU-bound reading loses a little throughput to the extra switches; nothing waits on it.
SWITCH_INTERVAL = 0.001
JOB_BEAT = 30.0  # seconds between heartbeats of this replica's jobs (stale after bot.storage.jobs.STALE)
log = logging.getLogger("podnet.serve")


def start_health(wiring: Wiring, slack: LateCheck, late: dict[str, LateCheck] | None = None) -> HealthServer | None:
    """/healthz, /readyz (Slack connected and a Kubernetes API reachable: any cluster's, each one's in
    podnet_cluster_api_up) and /metrics; None when
    PODNET_HEALTH_PORT is 0. Raises OSError when the address cannot be bound."""
    settings = wiring.settings.observability
    if settings.health_port == 0:
        log.info("podnet: health server off (PODNET_HEALTH_PORT=0)")
        return None
    from bot.observability.health import CachedCheck, Check, HealthServer
    from bot.observability.metrics import METRICS

    checks: dict[str, Check] = {"slack": slack, "kubernetes": CachedCheck(wiring.fleet_api_probe, ttl=5.0)}
    checks.update(late or {})  # the diagnosis workers and the audit log, attached once the service exists
    server = HealthServer(settings.health_host, settings.health_port, checks=checks, registry=METRICS.registry)
    server.start()
    log.info("podnet: health on %s:%d (/healthz /readyz /metrics)", server.host, server.port)
    return server


def start_nightly(wiring: Wiring, service: DiagnosisService) -> NightlyFleet | None:
    """One nightly sweep per cluster with a summary channel (its own, else PODNET_SUMMARY_CHANNEL), on one
    schedule: the clusters are swept one after the other, each summary titled with its cluster's name
    when there are several."""
    settings = wiring.settings
    nightly = settings.nightly
    names = settings.cluster_names
    several = len(names) > 1
    channels = {name: settings.cluster(name).summary_channel or nightly.channel for name in names}
    if not any(channels.values()):
        log.info("podnet: nightly sweep off (set PODNET_SUMMARY_CHANNEL to turn it on)")
        return None
    from bot.slack.summary import SlackPublisher
    from bot.sweeps.history import HistoryReader
    from bot.sweeps.nightly import Nightly, NightlyFleet
    from bot.sweeps.run import history_for

    jobs = []
    for name, channel in channels.items():
        if not channel:
            log.info("podnet: no nightly sweep of %s (no summary_channel, no PODNET_SUMMARY_CHANNEL)", name)
            continue
        history = history_for(settings, name)
        member = wiring.for_cluster(name)
        jobs.append(
            Nightly(
                nightly.model_copy(update={"channel": channel}),
                settings.database_url,
                sweep=_sweeper(history, member),
                publish=SlackPublisher(service.post, channel, HistoryReader(history), name if several else None),
                cluster=name if several else None,
            )
        )
        log.info("podnet: nightly sweep of %s, summary to %s", name, channel)
    job = NightlyFleet(jobs)
    job.start()
    log.info(
        "podnet: nightly sweep at '%s' (%s), next %s; a run missed by up to %d min runs now",
        nightly.cron,
        nightly.timezone,
        job.next_run(),
        nightly.grace_minutes,
    )
    return job


def _sweeper(history: Any, wiring: Wiring) -> Callable[[], int]:
    from bot.sweeps.run import run_and_record

    return lambda: run_and_record(history, wiring)[1].sweep_id


def serve(
    http: Annotated[
        bool, typer.Option("--http", help="HTTP mode (Events API Request URL) instead of Socket Mode")
    ] = False,
    port: Annotated[int, typer.Option(help="HTTP mode: port to listen on")] = 3000,
    host: Annotated[str, typer.Option(help="HTTP mode: address to listen on")] = "0.0.0.0",  # noqa: S104
) -> None:
    """Run the Slack bot. Socket Mode needs SLACK_BOT_TOKEN and SLACK_APP_TOKEN; --http needs
    SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET and serves /slack/events on --port. With
    PODNET_SUMMARY_CHANNEL set, it also sweeps every node on PODNET_SWEEP_CRON (default 02:00, in
    PODNET_TIMEZONE) and posts the summary there; replicas sharing PODNET_DATABASE_URL post it once.
    SSH connections to nodes stay open PODNET_SSH_KEEP_OPEN seconds (900) after their last use.
    Several clusters: PODNET_CLUSTERS names a TOML file of them, each with the channels it serves
    (`podnet clusters` lists them); each is swept and summarised on its own."""
    from bot.settings import Settings, SettingsError

    sys.setswitchinterval(SWITCH_INTERVAL)
    try:
        settings = Settings.from_env(slack="http" if http else "socket")
    except SettingsError as e:
        err.print(f"[red]podnet serve cannot start[/red] — {e}", highlight=False)
        raise typer.Exit(2) from e
    observability = settings.observability
    if http and observability.health_port == port:
        err.print(
            f"[red]podnet serve cannot start[/red] — PODNET_HEALTH_PORT must differ from --port ({port})",
            highlight=False,
        )
        raise typer.Exit(2)
    from bot.observability.health import LateCheck
    from bot.observability.logs import setup_logging

    setup_logging(observability.log_level, observability.log_format)
    # start-up lines say what the process does: shown even when PODNET_LOG_LEVEL is WARNING or above
    log.setLevel(min(logging.INFO, logging.getLogger().getEffectiveLevel()))
    from bot.wiring import Wiring

    wiring = Wiring.serving(settings)
    slack_ready = LateCheck("not connected yet (starting up)")
    late = {name: LateCheck("not started yet") for name in ("database", "workers", "audit")}
    try:
        start_health(wiring, slack_ready, late)
    except OSError as e:
        wiring.close()
        err.print(
            f"[red]podnet serve cannot start[/red] — the health server cannot listen on "
            f"{observability.health_host}:{observability.health_port} ({e}); set PODNET_HEALTH_PORT (0: off)",
            highlight=False,
        )
        raise typer.Exit(2) from e
    watch_connections(wiring)
    try:
        _serve(wiring, slack_ready, late, http=http, host=host, port=port)
    finally:
        wiring.close()


def watch_connections(wiring: Wiring) -> None:
    """The kept connections (made by `Wiring.serving`) are exported as metrics, and said at start-up."""
    from bot.observability.metrics import METRICS

    METRICS.watch_connections(wiring.all_connections)  # every cluster's
    seconds = wiring.settings.ssh_keep_open
    if seconds:
        log.info("podnet: SSH connections to nodes stay open %d s after their last use (PODNET_SSH_KEEP_OPEN)", seconds)
    else:
        log.info("podnet: SSH connections to nodes close after each diagnosis (PODNET_SSH_KEEP_OPEN=0)")


def _serve(
    wiring: Wiring, slack_ready: LateCheck, late: dict[str, LateCheck], *, http: bool, host: str, port: int
) -> None:
    from slack_bolt.error import BoltError
    from slack_sdk.errors import SlackApiError

    from bot.observability.health import CachedCheck
    from bot.slack.app import build_app, web_client
    from bot.slack.service import DiagnosisService
    from bot.storage.jobs import Jobs
    from bot.storage.store import Store

    settings: Settings = wiring.settings
    # a database that is not up yet (PostgreSQL starting beside podnet) is waited for, not a crash
    store = Store(settings.database_url, wait=DATABASE_WAIT)
    late["database"].attach(CachedCheck(store.problem, ttl=5.0))
    client = web_client(settings.for_slack)
    service = DiagnosisService(settings, client, store, wiring, jobs=Jobs(store, owner=replica_id()))
    late["workers"].attach(service.stuck)
    late["audit"].attach(service.audit.problem)
    say_who_may_ask(settings)
    try:
        app = build_app(settings, store, service, http=http)
    except (BoltError, SlackApiError) as e:
        err.print(f"[red]podnet serve cannot start[/red]: Slack refused the bot token ({e})", highlight=False)
        raise typer.Exit(2) from e
    start_nightly(wiring, service)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda signum, frame: stop.set())
    keep_jobs_alive(service, stop)
    if http:
        from slack_bolt.adapter.wsgi import SlackRequestHandler

        from bot.cli.http_server import make_server
        from bot.slack.http_guard import guarded

        # only verified requests reach Bolt: the body is capped, signed and UTF-8 before anything reads it;
        # the front end refuses on the headers alone what needs no body, and slow clients cannot crowd it
        wsgi = guarded(SlackRequestHandler(app), settings.for_slack.signing_secret or "")
        server = make_server(host, port, wsgi)
        slack_ready.attach(lambda: None if server.serving.is_set() else "the HTTP server is not serving")
        log.info("podnet: HTTP mode, listening on %s:%d/slack/events", host, server.server_port)
        threading.Thread(target=server.serve_forever, name="podnet-http", daemon=True).start()
        stop_taking_work: Callable[[], None] = server.shutdown
    else:
        from slack_bolt.adapter.socket_mode import SocketModeHandler

        socket_mode = SocketModeHandler(app, settings.for_slack.app_token)
        slack_ready.attach(
            lambda: None if socket_mode.client.is_connected() else "the Socket Mode connection is not open"
        )
        log.info("podnet: Socket Mode, connecting to Slack")
        socket_mode.connect()  # type: ignore[no-untyped-call]
        log.info("podnet: Socket Mode connected")  # shown at any PODNET_LOG_LEVEL (a start-up line)
        stop_taking_work = socket_mode.close
    stop.wait()  # the server's / the Socket Mode client's threads serve until SIGTERM
    drain(service, stop_taking_work, late["workers"], settings.for_slack.drain_seconds)


def say_who_may_ask(settings: Settings) -> None:
    """Closed by default: a start-up line says where podnet answers, so an empty PODNET_CHANNELS is no mystery."""
    slack = settings.for_slack
    if settings.fleet:
        for cluster in settings.clusters:
            served = ", ".join(cluster.channels) or "no channel (the CLI and the nightly sweep only)"
            log.info("podnet: cluster %s answers in %s", cluster.name, served)
    where = "every channel it is in" if "*" in slack.channels else ", ".join(slack.channels)
    if not where:
        log.warning("podnet: PODNET_CHANNELS is empty: podnet answers in no channel (closed by default)")
    else:
        log.info("podnet: answering in %s%s", where, "; direct messages too" if slack.allow_dms else "")


def replica_id() -> str:
    """This process, among the replicas sharing the database: host (the pod's name), pid, a nonce."""
    return f"{socket.gethostname()[:40]}-{os.getpid()}-{secrets.token_hex(3)}"


def keep_jobs_alive(service: DiagnosisService, stop: threading.Event) -> None:
    """End the threads of jobs an earlier process left unfinished (a crash, a kill) now, and keep this
    replica's jobs marked alive, checking for other replicas' orphans, every JOB_BEAT seconds."""
    ended = service.recover()
    if ended:
        log.info("podnet: %d diagnoses interrupted by an earlier stop were ended with a Re-run button", ended)

    def beat() -> None:
        while not stop.wait(JOB_BEAT):
            service.recover()

    threading.Thread(target=beat, name="podnet-jobs", daemon=True).start()


def drain(service: DiagnosisService, stop_taking_work: Callable[[], None], workers: LateCheck, grace: float) -> None:
    """SIGTERM: no new work (the connection to Slack closes, /readyz fails), running diagnoses get
    `grace` seconds (PODNET_DRAIN_SECONDS) to finish, the rest end with "interrupted, re-run?"; then the
    process exits."""
    log.info("podnet: SIGTERM, draining (up to %.0f s for the diagnoses running)", grace)
    workers.attach(lambda: "draining: podnet is stopping")
    try:
        stop_taking_work()
    except Exception:
        log.warning("podnet: closing the connection to Slack failed", exc_info=True)
    left = service.drain(grace)
    log.info("podnet: stopped (%d unfinished diagnoses ended with a Re-run button)", left)
    logging.shutdown()
    os._exit(0)  # the workers still inside a diagnosis are abandoned: their threads were ended above
