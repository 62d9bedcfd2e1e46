"""Which cluster a Slack request runs in, when podnet serves several (PODNET_CLUSTERS).

A channel serves the clusters whose `channels` name it (or `"*"`); a direct message, every cluster. A
paste in a channel of one cluster runs there. In a channel of several, the failing Service is looked up
by name (and namespace, when the paste gives one) in each of them, through each cluster's API, all at
once and bounded by LOOKUP_SECONDS: it runs where the Service exists; where it exists in several, or
a cluster could not answer, or the name is no Service name (an external host), or it exists nowhere,
a threaded question asks which cluster, with one button per candidate (`podnet_pick_cluster:NAME`, the
value the request's JSON with the cluster set; permission `diagnose`). Not found anywhere: every
cluster of the channel is offered, saying so — the name may be a typo the mapping step will explain,
or the Service may not be created yet, and only the user knows which cluster the paste came from.

With one cluster nothing here is used: requests carry no cluster, titles and keys are as before.
"""

from __future__ import annotations

import logging
import re
from concurrent.futures import ThreadPoolExecutor, wait
from typing import TYPE_CHECKING, Any

from slack_sdk import WebClient
from slack_sdk.models.blocks import ActionsBlock, Block, ButtonElement

from bot.slack import blocks as bk
from bot.slack.access import is_dm
from bot.slack.request import DiagnosisRequest

if TYPE_CHECKING:
    from bot.settings import Settings
    from bot.slack.service import DiagnosisService

log = logging.getLogger("podnet.slack")

ACTION_PICK_CLUSTER = "podnet_pick_cluster"  # the buttons' action_id prefix: `podnet_pick_cluster:NAME`
PICK_PATTERN = re.compile(rf"^{ACTION_PICK_CLUSTER}:")
LOOKUP_SECONDS = 5.0  # every cluster's Service lookup, at once, in all
MAX_BUTTONS = 25  # Slack's limit of elements in an actions block


def several(settings: Settings) -> bool:
    return len(settings.cluster_names) > 1


def clusters_for(settings: Settings, channel: str) -> tuple[str, ...]:
    """The clusters a channel serves, in the configured order (a direct message: all of them)."""
    if is_dm(channel):
        return settings.cluster_names
    return tuple(c.name for c in settings.clusters if c.serves(channel))


def service_exists(cluster: Any, service: str, namespace: str | None) -> bool:
    """Does a Service of that name (in that namespace, if given) exist? Raises what the API raises."""
    listing = cluster.source.get("/api/v1/services", {"fieldSelector": f"metadata.name={service}"})
    for item in listing.get("items") or ():
        meta = item.get("metadata") or {}
        if meta.get("name") == service and (namespace is None or meta.get("namespace") == namespace):
            return True
    return False


def locate(service: DiagnosisService, request: DiagnosisRequest, names: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """(clusters where the request's Service exists, clusters that could not say in time)."""
    failing = request.failing
    if failing is None or not failing.service:
        return [], list(names)  # no Service name: every cluster is a candidate

    def look(name: str) -> bool:
        assert service.open_cluster is not None
        cluster = service.open_cluster(name)
        try:
            return service_exists(cluster, str(failing.service), failing.namespace)
        finally:
            close = getattr(cluster, "close", None)
            if close is not None:
                close()

    pool = ThreadPoolExecutor(len(names), thread_name_prefix="podnet-lookup")
    futures = {name: pool.submit(look, name) for name in names}
    wait(futures.values(), timeout=LOOKUP_SECONDS)
    pool.shutdown(wait=False, cancel_futures=True)  # a cluster slower than that counts as "could not say"
    found, unknown = [], []
    for name, future in futures.items():
        if not future.done() or future.exception() is not None:
            why = "timed out" if not future.done() else future.exception()
            log.info("looking %s up in cluster %s failed: %s", failing.service, name, why)
            unknown.append(name)
        elif future.result():
            found.append(name)
    return found, unknown


def route(
    service: DiagnosisService, settings: Settings, request: DiagnosisRequest, channel: str, ts: str
) -> DiagnosisRequest | None:
    """The request with the cluster it runs in, or None when the user was asked (or the channel serves
    no cluster, said in the thread)."""
    names = clusters_for(settings, channel)
    if not names:
        service.post(channel, "This channel serves no cluster (PODNET_CLUSTERS): nothing was run.", thread_ts=ts)
        return None
    if len(names) == 1:
        return request.in_cluster(names[0])
    found, unknown = locate(service, request, names)
    candidates = [n for n in names if n in found or n in unknown]
    if len(candidates) == 1 and found:
        return request.in_cluster(candidates[0])
    subject = request.subject
    failing = request.failing
    if failing is None or not failing.service:
        why = f"{subject} is not a Service name, so I cannot tell which cluster it is from."
        candidates = list(names)
    elif not found and not unknown:
        why = f"{subject} is not a Service in any cluster of this channel ({', '.join(names)})."
        candidates = list(names)
    else:
        why = f"{subject} is a Service in {_listing(found)}" if found else f"I could not look {subject} up"
        why += f"; {_listing(unknown)} could not be asked in time." if found and unknown else "."
    ask(service, channel, ts, request, candidates, why)
    return None


def _listing(names: list[str]) -> str:
    return ", ".join(f"*{n}*" for n in names) or "no cluster"


def ask(
    service: DiagnosisService, channel: str, ts: str, request: DiagnosisRequest, names: list[str], why: str
) -> str | None:
    """A threaded question: which cluster? One button per cluster."""
    text = f"{why} Which cluster should I diagnose it in?"
    try:
        buttons = [
            ButtonElement(
                text=name, action_id=f"{ACTION_PICK_CLUSTER}:{name}", value=request.in_cluster(name).to_json()
            )
            for name in names[:MAX_BUTTONS]
        ]
    except ValueError as err:  # the request (a long pasted CoreDNS log) does not fit a button
        log.warning("cluster buttons not offered: %s", err)
        service.post(
            channel, f"{why} Run `/podnet diagnose` with the error in the right cluster's channel.", thread_ts=ts
        )
        return None
    blocks: list[Block] = [bk.section(f":question: {text}"), ActionsBlock(block_id="podnet_clusters", elements=buttons)]
    return service.post(channel, text, thread_ts=ts, blocks=blocks)


def pick(service: DiagnosisService, settings: Settings, body: dict[str, Any]) -> None:
    """A cluster button was pressed: run the request there, in the thread, and take the buttons away."""
    from bot.slack.service import Job

    channel, message = body["channel"]["id"], body["message"]
    thread = message.get("thread_ts") or message["ts"]
    user = body["user"]["id"]
    try:
        request = DiagnosisRequest.from_json(body["actions"][0].get("value") or "")
    except ValueError as err:
        log.warning("a cluster button carried no podnet request: %s", err)
        service.post(channel, "This button does not say what to run; paste the error again.", thread_ts=thread)
        return
    problem = cluster_problem(settings, channel, request.cluster)
    if problem:
        service.post(channel, problem, thread_ts=thread)
        return
    picked = f"{request.title()}: picked by <@{user}>"
    service.update(channel, message["ts"], picked, [bk.section(f":point_right: {picked}")], attempts=2)
    service.submit(Job(request, channel, thread, user, origin=f"{channel}/{thread}"), request.title())


def cluster_problem(settings: Settings, channel: str, cluster: str | None) -> str | None:
    """Why a request for `cluster` may not run from `channel` (a button's value is read as untrusted):
    with several clusters it must name one the channel serves."""
    if not several(settings):
        return None if cluster is None or cluster in settings.cluster_names else f"There is no cluster `{cluster}`."
    names = clusters_for(settings, channel)
    if cluster in names:
        return None
    return f"This channel does not serve cluster `{cluster}` (it serves {', '.join(names) or 'none'})."


def check_target(settings: Settings, channel: str, arg: str) -> tuple[str | None, str] | str:
    """`/podnet check [CLUSTER/]NODE`: (cluster or None with one cluster, node), or what to tell the user."""
    cluster, _, node = arg.rpartition("/")
    if not several(settings):
        if cluster and cluster not in settings.cluster_names:
            return f"There is no cluster `{cluster}`: podnet serves {settings.cluster_names[0]} only."
        return None, node
    names = clusters_for(settings, channel)
    if not cluster:
        if len(names) == 1:
            return names[0], node
        listed = ", ".join(f"`{n}/{node}`" for n in names) or "none (this channel serves no cluster)"
        return f"This channel serves several clusters: say which, e.g. {listed}."
    problem = cluster_problem(settings, channel, cluster)
    return problem if problem else (cluster, node)


def summaries(
    service: DiagnosisService, settings: Settings, client: WebClient, channel: str, user: str, arg: str
) -> None:
    """`/podnet summary [CLUSTER]`: the latest sweep summary of that cluster, default the channel's
    cluster(s); one cluster: as before."""
    from bot.slack.app import ephemeral
    from bot.slack.summary import post_summary
    from bot.sweeps.history import HistoryReader
    from bot.sweeps.run import history_for

    names = clusters_for(settings, channel) if several(settings) else settings.cluster_names
    if arg:
        if arg not in names:
            ephemeral(
                client, channel, user, f"No cluster `{arg}` here: this channel serves {', '.join(names) or 'none'}."
            )
            return
        names = (arg,)
    nightly = settings.nightly
    for name in names:
        reader = HistoryReader(history_for(settings, name))
        shown = name if several(settings) else None
        if post_summary(service.post, channel, reader, cluster=shown) is None and reader.latest() is None:
            schedule = (
                f"the nightly sweep runs at `{nightly.cron}` ({nightly.timezone})"
                if nightly.channel or settings.cluster(name).summary_channel
                else "set PODNET_SUMMARY_CHANNEL for a nightly one"
            )
            of = f" of {name}" if shown else ""
            ephemeral(
                client, channel, user, f"No sweep{of} has been stored yet: run `podnet sweep`, or wait — {schedule}."
            )
