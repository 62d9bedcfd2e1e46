"""`podnet serve`: the Slack bot, in Socket Mode (default) or HTTP mode (--http)."""

from __future__ import annotations

import logging
import os
import sys
from socketserver import ThreadingMixIn
from typing import Annotated, Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import typer
from rich.console import Console

from bot.config import SettingsError, slack_settings

err = Console(stderr=True)


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        logging.getLogger("podnet.http").debug(format, *args)


def serve(
    http: Annotated[
        bool, typer.Option("--http", help="HTTP mode (Events API Request URL) instead of Socket Mode")
    ] = False,
    port: Annotated[int, typer.Option(help="HTTP mode: port to listen on")] = 3000,
    host: Annotated[str, typer.Option(help="HTTP mode: address to listen on")] = "0.0.0.0",  # noqa: S104
) -> None:
    """Run the Slack bot. Socket Mode needs SLACK_BOT_TOKEN and SLACK_APP_TOKEN; --http needs
    SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET and serves /slack/events on --port."""
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
