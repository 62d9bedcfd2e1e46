"""Runs diagnoses for Slack: bounded concurrency, queue positions, throttled live updates, the verdict.

Listeners only acknowledge and hand work here; everything slow happens on this pool. Posting, with its
retries, is bot/slack/posting.py's.
"""

from __future__ import annotations

import contextlib
import contextvars
import logging
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from sqlalchemy.exc import SQLAlchemyError

from bot.observability.logs import DIAGNOSIS_ID
from bot.observability.metrics import METRICS, Metrics
from bot.permissions import Action
from bot.settings import Settings, SlackSettings
from bot.slack import blocks as bk
from bot.slack.access import Access
from bot.slack.audit import AuditLog
from bot.slack.limits import RateLimits
from bot.slack.posting import Posting
from bot.slack.request import DiagnosisRequest
from bot.storage.jobs import Jobs, Unfinished
from bot.storage.store import Store
from bot.wiring import Wiring
from checks import engine
from checks.errors import PodnetError
from checks.ladder import LADDER
from checks.model import Report, StepResult, Target

log = logging.getLogger("podnet.slack")
UPDATE_INTERVAL = 1.0  # chat.update is rate-limited: at most about one update a second per message


@dataclass
class Job:
    request: DiagnosisRequest  # what to run: the same value the buttons carry and Re-run reads back
    channel: str
    thread_ts: str  # the message the reply threads under
    user: str
    origin: str = ""  # the Slack message (channel/ts) that asked, for the audit log
    reply_ts: str = ""
    target_key: str | None = None
    id: str = field(default_factory=lambda: secrets.token_hex(6))  # in every log and audit line of the job

    @property
    def kind(self) -> str:
        return self.request.kind


INTAKE_THREADS = 8  # requests handled at once after their acknowledgement (each is short: the work is queued)
PASTES_IN_FLIGHT = 32  # pasted messages acknowledged and not yet handled; past this, a paste is shed (logged, counted)
STUCK_GRACE = 60.0  # seconds past the diagnosis deadline before a worker counts as stuck


@dataclass
class DiagnosisService(Posting):
    settings: Settings  # read with its Slack part (`Settings.from_env(slack=...)`)
    client: WebClient
    store: Store
    wiring: Wiring  # the engine's runners and API clients, built from the settings
    run_engine: (
        Callable[[Job, engine.ProgressFn, engine.TargetFn], tuple[Report, list[tuple[str, str, int | None]]]] | None
    ) = None
    metrics: Metrics = field(default_factory=lambda: METRICS)
    # a cluster's API, read to find where a pasted Service exists (bot/slack/fleet.py); default: the
    # cluster's own wiring. Tests hand recorded clusters here
    open_cluster: Callable[[str | None], Any] | None = None
    _pool: ThreadPoolExecutor = field(init=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False)
    _waiting: int = field(default=0, init=False)
    _running: int = field(default=0, init=False)
    _since: dict[str, float] = field(default_factory=dict, init=False)  # running job id -> when it started
    jobs: Jobs | None = None  # the jobs in flight, in the database (podnet serve): none is lost with the process
    _accepting: bool = field(default=True, init=False)
    _abandoned: set[str] = field(default_factory=set, init=False)  # jobs whose threads drain() ended
    _finishing: set[str] = field(default_factory=set, init=False)  # jobs posting their verdict now
    _pastes: int = field(default=0, init=False)  # pasted messages in the intake (PASTES_IN_FLIGHT)
    # One paste is read at a time (see reading()): the parser is pure CPU, and under the GIL several threads
    # parsing at once take turns with every other thread of the process, the acknowledging ones among them
    _reading: threading.Lock = field(default_factory=threading.Lock, init=False)

    def __post_init__(self) -> None:
        self.slack: SlackSettings = self.settings.for_slack
        self.limits = RateLimits(self.slack.user_rate, self.slack.channel_rate)
        self.audit = AuditLog(self.slack.audit_log)
        self._idle = threading.Condition(self._lock)
        # what a listener does after its ack (parse, claim, post, read the API) runs here, not in Bolt's
        # listener threads: slow Slack or API calls must never delay another request's acknowledgement
        self._intake = ThreadPoolExecutor(INTAKE_THREADS, thread_name_prefix="podnet-intake")
        self._pool = ThreadPoolExecutor(self.slack.max_concurrent, thread_name_prefix="podnet-diagnosis")
        if self.open_cluster is None:
            self.open_cluster = lambda name: self.wiring.for_cluster(name).cluster()
        if self.run_engine is None:
            wiring, audit = self.wiring, self.audit
            from bot.slack.engine_run import run_engine

            self.run_engine = lambda job, progress, on_target: run_engine(
                wiring, job, progress, on_target, audit, may_capture=self.may("capture", job.user)
            )

    def may(self, action: Action, user: str) -> bool:
        """The user's permission for `action` (PODNET_PERMISSIONS), for what a job decides as it runs: the
        link step's own capture. (Requests are let in or refused by bot/slack/access.py before this.)"""
        access = Access(self.slack.channels, self.slack.allow_dms, self.slack.permission_table, self.group_members)
        return access.may(action, user)

    def cluster_of(self, job: Job) -> str:
        """The name of the cluster a job runs in (its request's, else the only one)."""
        return job.request.cluster or self.wiring.target.name

    def group_members(self, group: str) -> list[str]:
        """A Slack user group's members (usergroups.users.list); an unreadable group raises, and grants nothing."""
        users: list[str] = self.client.usergroups_users_list(usergroup=group).get("users", [])
        return users

    def intake(self, handler: Callable[..., None], *args: Any, **kwargs: Any) -> None:
        """Handle an acknowledged request off Bolt's listener threads; a failure is logged, not lost."""

        def run() -> None:
            try:
                handler(*args, **kwargs)
            except Exception:
                log.exception("handling a Slack request failed")

        self._intake.submit(contextvars.copy_context().run, run)

    def intake_paste(self, handler: Callable[..., None], *args: Any, **kwargs: Any) -> bool:
        """`intake` for a pasted message, up to PASTES_IN_FLIGHT at once: past that (a flood of pastes faster
        than they can be read) the paste is shed, logged and counted, and False is returned, so that neither
        memory nor the wait of every later paste grows without bound."""
        with self._lock:
            if self._pastes >= PASTES_IN_FLIGHT:
                shed = True
            else:
                shed, self._pastes = False, self._pastes + 1
        if shed:
            log.warning("%d pasted messages are waiting to be read: this one is not read", PASTES_IN_FLIGHT)
            self.metrics.pastes_shed.inc()
            return False

        def run() -> None:
            try:
                handler(*args, **kwargs)
            finally:
                with self._lock:
                    self._pastes -= 1

        self.intake(run)
        return True

    @contextlib.contextmanager
    def reading(self) -> Iterator[None]:
        """Held while a paste is read (parsed): one at a time in the process. Measured on `podnet serve` in
        Socket Mode under a 1,500-name paste every 0.2 s: with eight intake threads parsing at once, 13 to 34
        of 200 acknowledgements took over 5 s (the GIL shared ten ways); with one, none was late. A thread
        waiting here waits on a lock, not for the GIL."""
        with self._reading:
            yield

    # --- queueing --------------------------------------------------------------------------------
    def submit(self, job: Job, title: str) -> bool:
        """Post the threaded 'Diagnosing …' reply at once, then queue the work. False (and said in the
        thread) when the job's user or channel is over its rate, or the queue is full."""
        refusal = self.limits.take(job.user, job.channel) if job.user else None
        with self._lock:
            if not self._accepting:
                refusal = ":arrows_counterclockwise: podnet is restarting; ask again in a minute."
            if refusal is None and self._waiting >= self.slack.max_queue:
                refusal = (
                    f":hourglass: podnet is busy: {self._waiting} diagnoses are waiting already. "
                    "Try again in a few minutes."
                )
            if refusal is None:
                position = self._waiting + self._running - self.slack.max_concurrent + 1
                self._waiting += 1
        if refusal is not None:
            log.info("not queued (%s): %s", job.origin or job.channel, refusal)
            self.metrics.observe_outcome(job.kind, "refused", self.cluster_of(job))
            self.post(job.channel, refusal, thread_ts=job.thread_ts, attempts=1)
            return False
        queued = f"\n:hourglass: queued: {position} ahead of this one" if position > 0 else ""
        ts = self.post(
            job.channel,
            title + queued,
            thread_ts=job.thread_ts,
            blocks=bk.progress_blocks(title + queued, [(s.id, "waiting") for s in LADDER]),
        )
        if ts is None:
            with self._lock:
                self._waiting -= 1
            return False
        job.reply_ts = ts
        self._remember(job)
        try:
            self._pool.submit(self._run, job, title)
        except RuntimeError:  # drain() shut the pool down while the reply was being posted
            with self._lock:
                self._waiting -= 1
            self._forget(job)
            self.interrupted(Unfinished(job.id, job.channel, job.thread_ts, ts, job.request.to_json()))
            return False
        return True

    # --- nothing lost: jobs in the database, drained on SIGTERM, orphans ended -----------------------
    def _remember(self, job: Job) -> None:
        if self.jobs is None:
            return
        try:
            self.jobs.started(job.id, job.channel, job.thread_ts, job.reply_ts, job.request.to_json())
        except SQLAlchemyError as err:  # the database's trouble must not cost the diagnosis
            log.warning("could not record job %s (%s): a crash would leave its thread at 'Diagnosing'", job.id, err)

    def _forget(self, job: Job) -> None:
        if self.jobs is None:
            return
        try:
            self.jobs.done(job.id)
        except SQLAlchemyError as err:
            log.warning("could not clear job %s: %s", job.id, err)

    def interrupted(self, job: Unfinished) -> None:
        """End a thread whose diagnosis will never finish: said, with a Re-run button."""
        blocks = bk.interrupted_blocks(job.request)
        if not self.update(job.channel, job.reply_ts, bk.INTERRUPTED, blocks, attempts=2):
            self.post(job.channel, bk.INTERRUPTED, thread_ts=job.thread_ts, blocks=blocks, attempts=2)

    def recover(self) -> int:
        """Mark this replica's jobs alive, and end the jobs of replicas that stopped beating."""
        if self.jobs is None:
            return 0
        try:
            self.jobs.beat()
            orphans = self.jobs.orphaned()
        except SQLAlchemyError as err:
            log.warning("could not check for interrupted jobs: %s", err)
            return 0
        for job in orphans:
            log.info("job %s was interrupted with its replica: ending its thread", job.id)
            self.interrupted(job)
        return len(orphans)

    def drain(self, grace: float) -> int:
        """SIGTERM: take no more work, let running jobs finish for up to `grace` seconds, then end the
        threads of those that did not (running or queued) with "interrupted, re-run?". Returns how many."""
        with self._lock:
            self._accepting = False
        deadline = time.monotonic() + grace
        with self._idle:
            while (self._running or self._waiting) and self._idle.wait(max(0.0, deadline - time.monotonic())):
                pass
        self._pool.shutdown(wait=False, cancel_futures=True)
        left = []
        if self.jobs is not None:
            try:
                left = self.jobs.mine()
            except SQLAlchemyError as err:  # their rows stay: another replica ends them once they are stale
                log.warning("could not read the unfinished jobs: %s", err)
        ended = 0
        for job in left:
            with self._lock:
                if job.id in self._finishing:  # its verdict is being posted right now: let it land
                    continue
                self._abandoned.add(job.id)  # should it still finish, its verdict is not posted over this
            self.interrupted(job)
            ended += 1
        return ended

    def stuck(self) -> str | None:
        """/readyz: None while every worker is making progress; a reason once one has run well past the
        diagnosis deadline (which bounds its time on the nodes), i.e. it is wedged somewhere else."""
        limit = self.settings.diagnosis_deadline + STUCK_GRACE
        now = time.monotonic()
        with self._lock:
            stuck = [now - t for t in self._since.values() if now - t > limit]
        if not stuck:
            return None
        return f"{len(stuck)} of {self.slack.max_concurrent} diagnosis workers stuck (running {max(stuck):.0f} s)"

    def _run(self, job: Job, title: str) -> None:
        with self._lock:
            self._waiting -= 1
            self._running += 1
            self._since[job.id] = time.monotonic()
        token = DIAGNOSIS_ID.set(job.id)
        try:
            cluster = self.cluster_of(job)
            log.info(
                "%s started for %s in %s on cluster %s (%s)",
                job.kind,
                job.user,
                job.origin or job.channel,
                cluster,
                title,
            )
            self._diagnose(job, title)
        except Exception:  # a bug must not kill the worker silently: say so in the thread
            log.exception("diagnosis failed")
            self.post(
                job.channel,
                ":boom: podnet hit an internal error on this one; the log has the details.",
                thread_ts=job.thread_ts,
            )
        finally:
            DIAGNOSIS_ID.reset(token)
            self._forget(job)  # ended (a verdict, or a reason in its thread): nothing left to recover
            with self._idle:
                self._running -= 1
                self._since.pop(job.id, None)
                self._idle.notify_all()

    def _claim_verdict(self, job: Job) -> bool:
        """A verdict and drain()'s "interrupted" never race for the same message: whichever claims first."""
        with self._lock:
            if job.id in self._abandoned:
                return False
            self._finishing.add(job.id)
            return True

    def _diagnose(self, job: Job, title: str) -> None:
        states = {s.id: "waiting" for s in LADDER}
        last = [0.0]
        heading = [title]

        def show(force: bool = False) -> None:
            now = time.monotonic()
            if force or now - last[0] >= UPDATE_INTERVAL:
                last[0] = now
                blocks = bk.progress_blocks(heading[0], list(states.items()))
                self.update(job.channel, job.reply_ts, heading[0], blocks, attempts=1)

        def on_target(target: Target) -> None:
            # "Diagnosing `default-keystone` (onecloud) — client node(s) …; CoreDNS …", once the mapping is known
            if job.kind == "diagnose":
                heading[0] = (
                    bk.target_line(target)
                    + job.request.where
                    + (", with a packet capture" if job.request.capture else "")
                )
            show(force=True)

        def progress(step_id: str, result: StepResult | None) -> None:
            states[step_id] = result.status if result else "running"
            show()

        assert self.run_engine is not None
        if not self._intent_audited(job):
            return
        try:
            report, audit = self.run_engine(job, progress, on_target)
        except PodnetError as err:
            log.info("%s could not run: %s", job.kind, err)
            self.metrics.observe_outcome(job.kind, "error", self.cluster_of(job))
            self.update(
                job.channel,
                job.reply_ts,
                f"could not run: {err}",
                [bk.section(f":large_yellow_circle: *could not run*: {err}")],
            )
            if job.target_key:
                self.store.finish(job.target_key, "error")
            return
        except Exception:
            self.metrics.observe_outcome(job.kind, "crashed", self.cluster_of(job))
            raise
        if not self._claim_verdict(job):
            log.info("%s finished after its thread was ended as interrupted: verdict not posted", job.id)
            return
        self.metrics.observe_report(job.kind, report, self.cluster_of(job))
        log.info(
            "%s finished in %.1f s: %s (%s)",
            job.kind,
            report.duration,
            report.verdict.status,
            report.verdict.cause or report.verdict.summary[:200],
        )
        self.write_audit(job, audit)
        value = job.request.to_json()
        final = bk.report_blocks(report, value, title=heading[0])
        text = f"{report.verdict.status}: {report.verdict.summary}"[:3000]
        try:  # before the buttons appear: a click may come at once, on this replica or another
            self.store.keep_report(job.channel, job.reply_ts, value, report.to_json())
        except Exception:  # the database's trouble must not cost the verdict
            log.exception("could not keep the report of %s", job.reply_ts)
        if job.target_key:  # before the verdict shows: a paste right after it must not read "running"
            try:
                self.store.finish(job.target_key, report.verdict.status)
            except Exception:  # the database's trouble must not cost the verdict
                log.exception("could not record the verdict of %s", job.target_key)
        if not self.update(job.channel, job.reply_ts, text, final):
            self.post(job.channel, text, thread_ts=job.thread_ts, blocks=final)  # never lose the verdict
        self.react(
            job.channel,
            job.thread_ts,
            {"healthy": "white_check_mark", "problem": "x", "inconclusive": "grey_question"}[report.verdict.status],
        )

    def _intent_audited(self, job: Job) -> bool:
        """Audit first: the job's intent is in the log before it starts; if it cannot be, it does not."""
        try:
            self.audit.intent(job.id, job.user, job.origin, job.request.to_json(), cluster=self.cluster_of(job))
            return True
        except OSError as err:
            log.error("not running %s: the audit log cannot be written (%s)", job.id, err)
            self.metrics.observe_outcome(job.kind, "error", self.cluster_of(job))
            why = f"could not run: podnet cannot write its audit log ({err.strerror or err}), so it runs nothing"
            self.update(job.channel, job.reply_ts, why, [bk.section(f":large_yellow_circle: *{why}*")])
            if job.target_key:
                self.store.finish(job.target_key, "error")
            return False

    def refuse(self, user: str, channel: str, actions: tuple[str, ...], reason: str, message: str) -> None:
        """A request `authorize` turned down: audited now, the user told in an ephemeral off the
        acknowledgement's path (Slack waits 3 s for the ack; an ephemeral is one more API call)."""
        action = "+".join(actions)
        try:
            self.audit.refused(user, channel, action, reason)
        except OSError as err:
            log.error("could not write the audit log %s: %s", self.slack.audit_log, err)
        log.info("refused %s by %s in %s: %s", action, user, channel, reason)
        if message and user and channel:

            def tell() -> None:
                try:
                    self.client.chat_postEphemeral(channel=channel, user=user, text=message)
                except SlackApiError as err:
                    log.warning("ephemeral message failed: %s", err.response.get("error"))

            threading.Thread(target=tell, name="podnet-refusal", daemon=True).start()

    def write_audit(self, job: Job, audit: list[tuple[str, str, int | None]]) -> None:
        try:
            self.audit.results(job.id, job.user, job.origin, audit, cluster=self.cluster_of(job))
        except OSError as err:  # the intent and the commands were written before they ran
            log.error("could not write the results to the audit log %s: %s", self.slack.audit_log, err)
