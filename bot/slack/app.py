"""The bolt app: small listeners that acknowledge at once and hand work to the DiagnosisService.

Noise control lives in one middleware: other bots' and the bot's own messages, edits, and any event id
already handled (Slack retries, on this replica or another sharing the database) are dropped before a
listener sees them.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from slack_bolt import App, BoltContext, BoltResponse
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from sqlalchemy.exc import OperationalError

from bot.observability.retries import counting_handlers
from bot.settings import Settings, SlackSettings
from bot.slack import blocks as bk
from bot.slack.access import Access, is_dm, request_of
from bot.slack.fleet import PICK_PATTERN, check_target, cluster_problem, pick, route, several, summaries
from bot.slack.request import DiagnosisRequest
from bot.slack.service import DiagnosisService, Job
from bot.storage.store import Store
from checks.model import Report

if TYPE_CHECKING:
    from checks.parsing.model import DnsFailure, Failures

log = logging.getLogger("podnet.slack")

USAGE = (
    "*podnet* diagnoses pod-network DNS failures. Paste an error in a channel I am in (or DM me), or:\n"
    "• `/podnet diagnose <error text>` — diagnose a pasted error\n"
    "• `/podnet check <node>` — every node-level check for one node (`<cluster>/<node>` with several clusters)\n"
    "• `/podnet summary [cluster]` — the latest sweep summary\n"
    "• `/podnet help` — this text"
)


# Dropped events are still acknowledged (200): an unacknowledged event is one Slack sends again.
def dropped() -> BoltResponse:
    return BoltResponse(status=200, body="")


IGNORED_SUBTYPES = {
    "message_changed",
    "message_deleted",
    "bot_message",
    "channel_join",
    "channel_leave",
    "thread_broadcast",
    "message_replied",
}


def web_client(settings: SlackSettings) -> WebClient:
    """Retries 429s after Retry-After (not on by default) and connection errors, counting each retry."""
    return WebClient(
        token=settings.bot_token, base_url=settings.api_url or WebClient.BASE_URL, retry_handlers=counting_handlers()
    )


def build_app(settings: Settings, store: Store, service: DiagnosisService, *, http: bool) -> App:
    slack = settings.for_slack
    app = App(
        client=service.client,
        signing_secret=slack.signing_secret if http else None,
        process_before_response=False,
        ignoring_self_events_enabled=True,
        request_verification_enabled=http,
    )
    access = Access(slack.channels, slack.allow_dms, slack.permission_table, service.group_members)

    @app.middleware
    def drop_noise(body: dict[str, Any], context: BoltContext, next: Callable[[], None]) -> BoltResponse | None:
        event = body.get("event") or {}
        if body.get("type") == "event_callback":
            if event.get("bot_id") or event.get("subtype") in IGNORED_SUBTYPES:
                return dropped()
            event_id = body.get("event_id")
            if event_id and not store.claim_event(str(event_id)):
                log.info("dropping repeated delivery of %s", event_id)
                service.metrics.slack_redeliveries.inc()
                return dropped()
            # a mention in a channel arrives twice (message + app_mention): handle the message once
            if event.get("ts") and not store.claim_event(f"msg:{event.get('channel')}:{event.get('ts')}"):
                return dropped()
        next()
        return None

    app.middleware(authorizer(access, service))

    def on_paste(event: dict[str, Any]) -> None:
        channel, text = event.get("channel", ""), event.get("text", "")
        service.intake_paste(
            handle_paste,
            service,
            store,
            settings,
            channel=channel,
            ts=event.get("thread_ts") or event["ts"],
            user=event.get("user", ""),
            text=text,
        )

    app.event("message")(on_paste)
    app.event("app_mention")(on_paste)

    @app.command("/podnet")
    def on_command(ack: Callable[..., None], command: dict[str, Any], client: WebClient) -> None:
        ack()
        service.intake(handle_command, service, store, settings, client, command)

    @app.action(bk.ACTION_RERUN)
    def on_rerun(ack: Callable[..., None], body: dict[str, Any]) -> None:
        ack()
        service.intake(rerun, service, body, capture=False)

    @app.action(bk.ACTION_CAPTURE)
    def on_capture(ack: Callable[..., None], body: dict[str, Any], client: WebClient) -> None:
        ack()
        service.intake(rerun, service, body, capture=True)  # allowed: `authorize` checked rerun + capture (+ check)

    @app.action(PICK_PATTERN)
    def on_pick_cluster(ack: Callable[..., None], body: dict[str, Any]) -> None:
        ack()
        service.intake(pick, service, settings, body)

    @app.action(bk.ACTION_EVIDENCE)
    def on_evidence(ack: Callable[..., None], body: dict[str, Any], client: WebClient) -> None:
        ack()
        service.intake(show_evidence, service, client, body)

    return app


def show_evidence(service: DiagnosisService, client: WebClient, body: dict[str, Any]) -> None:
    """The "Show all evidence" button: the kept report's evidence, in the thread (as a file when long)."""
    channel, message = body["channel"]["id"], body["message"]
    thread = message.get("thread_ts") or message["ts"]
    kept = service.store.report(channel, message["ts"])
    if kept is None:
        days = service.store.report_days
        service.post(
            channel,
            f"The evidence of this run is no longer kept (reports go after {days:g} days); press *Re-run*.",
            thread_ts=thread,
        )
        return
    text = bk.evidence_text(Report.from_json(kept.report))
    if len(text) <= 2800:
        service.post(channel, f"```{text}```", thread_ts=thread)
    else:
        try:
            client.files_upload_v2(
                channel=channel,
                thread_ts=thread,
                content=text,
                filename="podnet-evidence.txt",
                title="podnet: all evidence",
            )
        except SlackApiError as err:
            log.warning("evidence upload failed: %s", err.response.get("error"))
            service.post(channel, f"```{text[:2800]}```\n(cut: the upload failed)", thread_ts=thread)


def authorizer(access: Access, service: DiagnosisService) -> Callable[..., BoltResponse | None]:
    def authorize(body: dict[str, Any], next: Callable[[], None]) -> BoltResponse | None:
        """Every entry point, one decision (bot/slack/access.py); a refusal is audited and said politely
        (an ephemeral, away from the acknowledgement), except a message in a channel podnet does not
        serve or one that asks for nothing: those are not even parsed."""
        asked = request_of(body)
        if asked is None:
            next()
            return None
        actions, user, channel, channel_type = asked
        decision = access.decide(actions, user, channel, channel_type)
        if decision.allowed:
            next()
            return None
        in_a_channel = body.get("type") == "event_callback" and not is_dm(channel, channel_type)
        if in_a_channel and (decision.reason == "channel not allowed" or not _names_a_failure(body)):
            return dropped()  # not podnet's channel, or talk that asks podnet for nothing
        service.refuse(user, channel, actions, decision.reason, decision.message)
        return dropped()

    return authorize


def handle_command(
    service: DiagnosisService,
    store: Store,
    settings: Settings,
    client: WebClient,
    command: dict[str, Any],
) -> None:
    """A `/podnet` command that `authorize` let through (the verb's permission was checked there)."""
    text = (command.get("text") or "").strip()
    verb, _, rest = text.partition(" ")
    channel, user = command["channel_id"], command["user_id"]
    if verb in ("", "help"):
        ephemeral(client, channel, user, USAGE)
    elif verb == "check" and re.fullmatch(r"([a-z0-9-]{1,40}/)?[A-Za-z0-9.-]{1,253}", rest.strip()):
        target = check_target(settings, channel, rest.strip())
        if isinstance(target, str):
            ephemeral(client, channel, user, target)
            return
        cluster, node = target
        problem = service_node_problem(service, node, cluster)
        if problem:
            ephemeral(client, channel, user, problem)
            return
        shown = f"{cluster}/{node}" if cluster else node
        ts = service.post(channel, f"<@{user}> asked: `/podnet check {shown}`")
        if ts:
            request = DiagnosisRequest.check(node).in_cluster(cluster)
            service.submit(Job(request, channel, ts, user, origin=f"{channel}/{ts}"), request.title())
    elif verb == "diagnose" and rest.strip():
        ts = service.post(channel, f"<@{user}> asked podnet to diagnose:\n```{rest.strip()[:2900]}```")
        if ts:
            handle_paste(service, store, settings, channel=channel, ts=ts, user=user, text=rest, explicit=True)
    elif verb == "summary" and re.fullmatch(r"[a-z0-9-]{0,40}", rest.strip()):
        summaries(service, settings, client, channel, user, rest.strip())
    else:
        ephemeral(client, channel, user, f"Unknown or incomplete command `/podnet {text[:100]}`.\n{USAGE}")


def service_node_problem(service: DiagnosisService, node: str, name: str | None = None) -> str | None:
    """An unknown node gets an ephemeral answer with the closest names, before any work is queued."""
    from checks.cluster.mapping import closest_names
    from checks.errors import PodnetError

    assert service.open_cluster is not None
    try:
        cluster = service.open_cluster(name)
        try:
            names = cluster.node_names()
        finally:
            cluster.close()
    except PodnetError as err:
        return f"Cannot read the cluster's nodes: {err}"
    if node in names:
        return None
    close = closest_names(node, names)
    return f"There is no node `{node}` in {f'cluster {name}' if name else 'the cluster'}." + (
        f" Did you mean {', '.join(f'`{c}`' for c in close)}?" if close else ""
    )


def handle_paste(
    service: DiagnosisService,
    store: Store,
    settings: Settings,
    *,
    channel: str,
    ts: str,
    user: str,
    text: str,
    explicit: bool = False,
) -> None:
    from bot.search_bursts import pasted_coredns_lines, with_coredns_lines, with_search_bursts
    from checks.parsing import parse_failures
    from checks.parsing.search_path import search_bursts

    with service.reading():  # the CPU-bound part, one paste at a time (DiagnosisService.reading)
        failures = parse_failures(text)
        bursts = search_bursts(text) if failures else []
        coredns_lines = pasted_coredns_lines(text) if failures else ()
    said = what_was_read(failures, explicit)
    if said:  # nothing found where asked, or the parser's bounds stopped it: said before anything is diagnosed
        service.post(channel, said, thread_ts=ts)
    if not failures:
        return
    hidden = [f.host for f in failures if f.redacted]
    if hidden:  # a placeholder names no Service: ask, once per paste, instead of diagnosing it
        shown = ", ".join(f"`{host}`" for host in hidden[:3])
        service.post(channel, redacted_question(shown), thread_ts=ts)
    named = [f for f in failures if not f.redacted]
    if not named:
        return
    service.react(channel, ts, "mag")
    targets: dict[str, DnsFailure] = {}
    for failure in named:  # one diagnosis per name; a link to a recent one only within the same channel
        targets.setdefault(f"{channel}|{failure.namespace or ''}/{failure.service or failure.host}", failure)
    limit = settings.for_slack.max_targets
    if len(targets) > limit:
        left = [f.host for f in list(targets.values())[limit:]]
        service.post(channel, too_many_targets(limit, left), thread_ts=ts)
    for target_key, failure in list(targets.items())[:limit]:
        key = target_key
        request = DiagnosisRequest.for_failure(failure)
        # client-resolver: the paste's search-path NXDOMAIN bursts go with the name they expand
        failing = with_coredns_lines(with_search_bursts(request.failing, bursts), coredns_lines)
        request = dataclasses.replace(request, failing=failing)
        if several(settings):  # which cluster: the channel's, or where the Service exists, or asked
            routed = route(service, settings, request, channel, ts)
            if routed is None:
                continue
            request, key = routed, key.replace("|", f"|{routed.cluster}|", 1)
        try:
            recent = store.begin(key, channel, ts, settings.for_slack.recent_minutes)
        except OperationalError as err:  # the database is down: diagnose anyway, without the link
            log.warning("could not claim %s (%s): diagnosing without the recent-diagnosis check", key, err)
            recent = None
        if recent is not None:
            link = permalink(service.client, recent.channel, recent.thread_ts)
            state = "is being diagnosed" if recent.verdict == "running" else f"was diagnosed ({recent.verdict})"
            service.post(channel, f"`{failure.host}` {state}{request.where} a moment ago: {link}", thread_ts=ts)
            continue
        job = Job(request, channel, ts, user, origin=f"{channel}/{ts}", target_key=key)
        if not service.submit(job, request.title()):
            store.release(key, ts)  # not run: a paste of it again is not linked to this thread


PARTIAL_READ = (
    "This paste is long, and I did not read all of it: a failure named only in the part I did not read is not "
    "diagnosed. Paste that part on its own, or run `/podnet diagnose <name>`."
)


def what_was_read(failures: Failures, explicit: bool) -> str | None:
    """What to say of the reading itself: that an asked-for paste named no failure, and that a paste was read in
    part (`Failures.partial`)."""
    if not failures:
        read = " in the part of it I read" if failures.partial else ""
        return f"I found no DNS-resolution failure in that text{read}." if explicit else None
    return PARTIAL_READ if failures.partial else None


def too_many_targets(limit: int, left: list[str]) -> str:
    shown = ", ".join(f"`{host}`" for host in left[:10]) + (f" and {len(left) - 10} more" if len(left) > 10 else "")
    return (
        f"This paste names more than {limit} failing names; I diagnose the first {limit}. Not run: {shown}. "
        "Run `/podnet diagnose <name>` for any of them."
    )


def redacted_question(shown: str) -> str:
    return (
        f"The name that failed to resolve is hidden in this paste ({shown}). Which Service was it? "
        "Run `/podnet diagnose <name>` with the real name."
    )


def rerun(service: DiagnosisService, body: dict[str, Any], *, capture: bool) -> None:
    """Run a verdict's request again (with or without a capture), read back from the button's value."""
    channel, message = body["channel"]["id"], body["message"]
    thread = message.get("thread_ts") or message["ts"]
    user = body["user"]["id"]
    try:
        request = DiagnosisRequest.from_json(body["actions"][0].get("value") or "").with_capture(capture)
    except ValueError as err:
        log.warning("a button carried no podnet request: %s", err)
        service.post(channel, "This button does not say what to run; paste the error again.", thread_ts=thread)
        return
    problem = cluster_problem(service.settings, channel, request.cluster)
    if problem:
        service.post(channel, problem, thread_ts=thread)
        return
    title = f"{request.title()} (asked by <@{user}>)"
    service.submit(Job(request, channel, thread, user, origin=f"{channel}/{thread}"), title)


def permalink(client: WebClient, channel: str, ts: str) -> str:
    try:
        return str(client.chat_getPermalink(channel=channel, message_ts=ts)["permalink"])
    except SlackApiError:
        return f"(thread {ts} in <#{channel}>)"


def ephemeral(client: WebClient, channel: str, user: str, text: str) -> None:
    try:
        client.chat_postEphemeral(channel=channel, user=user, text=text)
    except SlackApiError as err:
        log.warning("ephemeral message failed: %s", err.response.get("error"))


def _names_a_failure(body: dict[str, Any]) -> bool:
    from checks.parsing import parse_failures

    return bool(parse_failures(str((body.get("event") or {}).get("text") or "")))
