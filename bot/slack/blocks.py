"""A Report as Block Kit, built with `slack_sdk.models` so Slack's limits are checked as blocks are made.

Slack allows 50 blocks per message and 3000 characters per section text: long evidence is cut here
(with a note), and the full outputs go to the thread on demand ("Show all evidence").
"""

from __future__ import annotations

from collections.abc import Sequence

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ContextBlock,
    DividerBlock,
    MarkdownTextObject,
    SectionBlock,
)

from checks.model import Report, StepResult, Target

ICON = {
    "pass": ":white_check_mark:",
    "fail": ":x:",
    "warn": ":warning:",
    "skip": ":black_right_pointing_double_triangle_with_vertical_bar:",
    "error": ":boom:",
    "running": ":hourglass_flowing_sand:",
    "waiting": ":white_small_square:",
}
VERDICT_ICON = {"healthy": ":large_green_circle:", "problem": ":red_circle:", "inconclusive": ":large_yellow_circle:"}
SECTION_LIMIT = 3000
MAX_BLOCKS = 50

# what the mapping found that the reply shows above the steps: the name is wrong, or names several Services
SHOWN_MAPPING_FINDINGS = ("mapping.no-such-service", "mapping.ambiguous-service")

ACTION_RERUN = "podnet_rerun"
ACTION_EVIDENCE = "podnet_evidence"
ACTION_CAPTURE = "podnet_capture"


def _cut(text: str, limit: int = SECTION_LIMIT) -> str:
    if len(text) <= limit:
        return text
    note = "\n… (cut; *Show all evidence* has the rest)"
    return text[: limit - len(note)] + note


def _code(lines: Sequence[str]) -> str:
    body = "\n".join(lines).replace("```", "'''")
    return f"```{body}```" if body else ""


def section(text: str) -> SectionBlock:
    return SectionBlock(text=MarkdownTextObject(text=_cut(text) or "—"))  # Slack refuses an empty section


def target_line(target: Target, verb: str = "Diagnosing") -> str:
    name = f"`{target.host}`" if target.host else "the cluster DNS path"
    where = f" ({target.namespace})" if target.namespace else ""
    nodes = ", ".join(target.client_nodes) or "…"
    dns = ", ".join(f"{pod} on {node}" for pod, _, node in target.coredns_pods) or "…"
    return f"{verb} {name}{where} — client node(s) {nodes}; CoreDNS {dns}"


def progress_blocks(title: str, steps: Sequence[tuple[str, str]]) -> list[Block]:
    """While running: one line per step with its state (waiting, running, pass, fail, …)."""
    lines = "\n".join(f"{ICON.get(state, ICON['waiting'])} `{step_id}` {state}" for step_id, state in steps)
    return [section(title), section(lines or "starting…")]


def _buttons(value: str) -> ActionsBlock:
    """`value`: the DiagnosisRequest's JSON, read back when a button is pressed."""
    return ActionsBlock(
        block_id="podnet_actions",
        elements=[
            ButtonElement(text="Re-run", action_id=ACTION_RERUN, value=value),
            ButtonElement(text="Show all evidence", action_id=ACTION_EVIDENCE, value=value),
            ButtonElement(text="Capture packets", action_id=ACTION_CAPTURE, value=value, style="primary"),
        ],
    )


INTERRUPTED = "interrupted: podnet stopped before this diagnosis finished. Re-run?"


def interrupted_blocks(value: str) -> list[Block]:
    """A job whose process stopped (restart, crash) before its verdict: said so, with a Re-run button."""
    return [
        section(f":warning: *{INTERRUPTED}*"),
        ActionsBlock(
            block_id="podnet_actions",
            elements=[ButtonElement(text="Re-run", action_id=ACTION_RERUN, value=value, style="primary")],
        ),
    ]


def verdict_text(report: Report) -> str:
    v = report.verdict
    cause = f" — cause: `{v.cause}`" if v.cause else ""
    return f"{VERDICT_ICON[v.status]} *{v.status.upper()}*{cause}\n{v.summary}"


def report_blocks(report: Report, request: str, title: str | None = None) -> list[Block]:
    blocks: list[Block] = [section(title or target_line(report.target)), section(verdict_text(report))]
    for finding in report.target.findings:
        if finding.code in SHOWN_MAPPING_FINDINGS:
            blocks.append(section(f":information_source: {finding.message}"))
    if report.steps:
        blocks.append(section("\n".join(f"{ICON[s.status]} `{s.id}` {s.summary[:180]}" for s in report.steps)))
    focus = _focus_step(report)
    if focus is not None:
        blocks.append(DividerBlock())
        blocks += step_detail_blocks(focus, max_evidence=2)
    blocks.append(
        ContextBlock(
            elements=[
                MarkdownTextObject(text=f"podnet · {report.duration:.1f} s · read-only: podnet only suggests fixes")
            ]
        )
    )
    blocks.append(_buttons(request))
    return blocks[:MAX_BLOCKS]


def _focus_step(report: Report) -> StepResult | None:
    cause = report.verdict.cause
    if cause:
        return report.step(cause)
    return next((s for s in report.steps if s.status in ("error", "warn")), None)


def step_detail_blocks(step: StepResult, *, max_evidence: int | None = None) -> list[Block]:
    blocks: list[Block] = [section(f"{ICON[step.status]} *{step.id}*: {step.summary}")]
    if step.explanation:
        blocks.append(section(f"_{step.explanation}_"))
    for ev in step.evidence[:max_evidence]:
        where = f" on {ev.node}" if ev.node else ""
        blocks.append(section(f"`$ {ev.source}`{where}\n{_code(ev.lines)}"))
    if step.commands:
        text = "*To fix it* (podnet does not run these):\n" + "\n".join(
            f"• {c.why} — on {c.where}:\n{_code([c.command])}" for c in step.commands
        )
        blocks.append(section(text))
    return blocks


def evidence_text(report: Report) -> str:
    """Every step's full evidence as plain text (posted in the thread, or uploaded when long)."""
    out = []
    for step in report.steps:
        out.append(f"== {step.id} [{step.status}] {step.summary}")
        for ev in step.evidence:
            out.append(f"$ {ev.source}" + (f"   (on {ev.node}, exit {ev.exit_status})" if ev.node else ""))
            out += [f"  {line}" for line in ev.lines]
        out += [
            f"# fix ({c.why}; on {c.where}):\n{c.command}"  # a heredoc must end on its own line
            if "\n" in c.command
            else f"# fix: {c.command}   ({c.why}; on {c.where})"
            for c in step.commands
        ]
        out.append("")
    return "\n".join(out)
