"""`podnet serve`: the Slack bot, in Socket Mode (default) or HTTP mode (--http)."""

from __future__ import annotations

import logging
import os
import sys
from socketserver import ThreadingMixIn
from typing import TYPE_CHECKING, Annotated, Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import typer
from rich.console import Console

from bot.config import SettingsError, SlackSettings, slack_settings

if TYPE_CHECKING:
    from bot.slack.service import DiagnosisService

err = Console(stderr=True)


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        logging.getLogger("podnet.http").debug(format, *args)


def start_nightly(settings: SlackSettings, service: DiagnosisService) -> None:
    nightly = settings.nightly
    if not nightly.channel:
        err.print("podnet: nightly sweep off (set PODNET_SUMMARY_CHANNEL to turn it on)", highlight=False)
        return
    from bot.history import History, HistoryReader
    from bot.nightly import Nightly
    from bot.sweeping import run_and_record

    history = History(settings.database_url, nightly.history_days)
    job = Nightly(
        nightly,
        settings.database_url,
        sweep=lambda: run_and_record(history)[1].sweep_id,
        post=service.post,
        reader=HistoryReader(history),
    )
    job.start()
    err.print(
        f"podnet: nightly sweep at '{nightly.cron}' ({nightly.timezone}), next {job.next_run()}, summary to "
        f"{nightly.channel}; a run missed by up to {nightly.grace_minutes} min runs now",
        highlight=False,
    )


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
    PODNET_TIMEZONE) and posts the summary there; replicas sharing PODNET_DATABASE_URL post it once."""
    try:
        settings = slack_settings(http=http)
    except SettingsError as e:
        err.print(f"[red]podnet serve cannot start[/red] — {e}", highlight=False)
        raise typer.Exit(2) from e
    logging.basicConfig(
        level=os.environ.get("PODNET_LOG_LEVEL", "INFO"),
        format="%(asctime)s %(levelname)s %(name)s %(message)s",
        stream=sys.stderr,
    )
    from slack_bolt.error import BoltError
    from slack_sdk.errors import SlackApiError

    from bot.slack.app import build_app, web_client
    from bot.slack.service import DiagnosisService
    from bot.store import Store

    store = Store(settings.database_url)
    client = web_client(settings)
    service = DiagnosisService(settings, client, store)
    try:
        app = build_app(settings, store, service, http=http)
    except (BoltError, SlackApiError) as e:
        err.print(f"[red]podnet serve cannot start[/red]: Slack refused the bot token ({e})", highlight=False)
        raise typer.Exit(2) from e
    start_nightly(settings, service)
    if http:
        from slack_bolt.adapter.wsgi import SlackRequestHandler

        handler = SlackRequestHandler(app)

        def wsgi(environ: dict[str, Any], start_response: Any) -> Any:
            if environ.get("PATH_INFO") != "/slack/events":
                start_response("404 Not Found", [("Content-Type", "text/plain")])
                return [b"not found\n"]
            return handler(environ, start_response)

        server = make_server(host, port, wsgi, server_class=_ThreadingWSGIServer, handler_class=_QuietHandler)
        err.print(f"podnet: HTTP mode, listening on {host}:{server.server_port}/slack/events", highlight=False)
        server.serve_forever()
    else:
        from slack_bolt.adapter.socket_mode import SocketModeHandler

        err.print("podnet: Socket Mode, connecting to Slack", highlight=False)
        SocketModeHandler(app, settings.app_token).start()  # type: ignore[no-untyped-call]
