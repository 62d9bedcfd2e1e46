"""The CLI imports what a command uses: `podnet --help` and `podnet parse` load no engine clients."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from lab import faults
from lab.fault_names import FAULT_NAMES

ROOT = Path(__file__).resolve().parents[2]
HEAVY = (
    "kubernetes",
    "paramiko",
    "sqlalchemy",
    "slack_bolt",
    "slack_sdk",
    "apscheduler",
    "checks.engine",
    "pydantic_settings",  # the settings are read by the commands that run the engine, not by parse or --help
)


def loaded_after(code: str) -> list[str]:
    """The HEAVY modules in sys.modules after `code` runs in a fresh interpreter."""
    probe = f"import json, sys\n{code}\nprint(json.dumps([m for m in {list(HEAVY)!r} if m in sys.modules]))"
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return list(json.loads(out.splitlines()[-1]))


def test_importing_the_cli_loads_no_engine_client() -> None:
    assert loaded_after("import bot.cli.main") == []


def test_parse_and_help_load_no_engine_client() -> None:
    run = "from bot.cli.main import app\ntry:\n    app({args!r}, prog_name='podnet')\nexcept SystemExit:\n    pass"
    paste = "dial tcp: lookup default-keystone: i/o timeout"
    assert loaded_after(run.format(args=["parse", paste])) == []
    assert loaded_after(run.format(args=["parse", ""])) == []
    assert loaded_after(run.format(args=["--help"])) == []
    assert loaded_after(run.format(args=["lab", "break", "--help"])) == []


def test_the_probe_sees_what_a_command_does_load() -> None:
    assert "sqlalchemy" in loaded_after("import bot.sweeps.history")
    assert "pydantic_settings" in loaded_after("import bot.settings")


def test_the_fault_names_in_the_help_are_the_labs_faults() -> None:
    assert tuple(faults.FAULTS) == FAULT_NAMES


def test_parse_json_says_whether_each_name_is_a_placeholder() -> None:
    from typer.testing import CliRunner

    from bot.cli.main import app

    paste = "curl: (6) Could not resolve host: *****\ndial tcp: lookup api.shop on 10.96.0.10:53: no such host"
    result = CliRunner().invoke(app, ["parse", "--json", paste])
    errors = json.loads(result.stdout)["errors"]
    assert [(e["host"], e["redacted"], e["service"]) for e in errors] == [
        ("*****", True, None),
        ("api.shop", False, "api"),
    ]
    assert {"host", "kind", "server", "url", "service", "namespace", "redacted"} == set(errors[0])
    assert json.loads(result.stdout)["partial"] is False


def test_parse_says_when_it_read_a_paste_in_part() -> None:
    from typer.testing import CliRunner

    from bot.cli.main import app
    from checks.parsing.parser import NAMES_READ

    paste = "\n".join(f"dial tcp: lookup s{n}.shop on 10.96.0.10:53: no such host" for n in range(NAMES_READ + 5))
    as_json = json.loads(CliRunner().invoke(app, ["parse", "--json", paste]).stdout)
    assert len(as_json["errors"]) == NAMES_READ and as_json["partial"] is True
    text = CliRunner().invoke(app, ["parse", paste]).stdout
    assert "read in part: the parser did not read all of this paste" in text


def test_parse_help_states_the_parsers_own_reading_bounds() -> None:
    """`podnet parse --help` names the bounds without importing the parser (start-up): the numbers it prints are
    the parser's."""
    from bot.cli.diagnose_commands import parse
    from checks.parsing.generic import GENERIC_SEGMENTS
    from checks.parsing.parser import FRUITLESS_SEGMENTS, NAMES_READ

    said = " ".join((parse.__doc__ or "").split())
    assert f"after {NAMES_READ:,} different failing names" in said
    assert f"or {FRUITLESS_SEGMENTS:,} lines that named none" in said
    assert f"at most {GENERIC_SEGMENTS:,} host-less lines" in said


def test_the_parser_compiles_only_the_rules_a_paste_triggers() -> None:
    """Compiling every rule's regex cost ~0.17 s of each `podnet parse`: none is compiled on import, and a
    Go paste compiles the few rules its words trigger."""
    probe = (
        "import json\n"
        "from checks.parsing import parse_failures\n"
        "from checks.parsing.rules import RULES\n"
        "compiled = lambda: sum(r.regex._compiled is not None for r in RULES)\n"
        "before = compiled()\n"
        "found = parse_failures('dial tcp: lookup keystone.onecloud on 10.96.0.10:53: no such host')\n"
        "print(json.dumps([before, compiled(), len(RULES), [f.host for f in found]]))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    before, after, total, hosts = json.loads(out)
    assert before == 0 and hosts == ["keystone.onecloud"]
    assert 0 < after < total / 4, (after, total)


def console_script(*args: str, env: dict[str, str] | None = None, before: str = "") -> subprocess.CompletedProcess[str]:
    """`podnet ARGS` as the console script runs it (bot.cli.main.run), output piped; `before`: code run first."""
    code = before + "import sys; sys.argv[0] = 'podnet'; from bot.cli.main import run; run()"
    return subprocess.run(
        [sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True, text=True, env=env, check=False
    )


def test_one_shot_commands_exit_at_once_with_everything_written(tmp_path: Path) -> None:
    """sweep, check and diagnose end with os._exit (no interpreter teardown): what they printed is all
    there, and the exit code is theirs."""
    helped = console_script("diagnose", "--help")
    assert helped.returncode == 0
    assert "Usage: podnet diagnose" in helped.stdout and helped.stdout.rstrip().endswith("╯")  # the whole box
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "KUBECONFIG": str(tmp_path / "none")}
    bad = console_script("check", "node-1", "--cluster", "nope", env=env)
    assert bad.returncode == 2 and "nope" in bad.stderr, bad.stderr
    # an atexit hook does not run on the fast path: the proof that the process ended through os._exit
    hook = "import atexit; atexit.register(lambda: print('TEARDOWN')); "
    fast, slow = console_script("check", "--help", before=hook), console_script("parse", "--help", before=hook)
    assert fast.returncode == 0 and "TEARDOWN" not in fast.stdout and "Usage: podnet check" in fast.stdout
    assert slow.returncode == 0 and "TEARDOWN" in slow.stdout  # other commands exit as Python does


def test_the_sweep_command_loads_sqlalchemy_and_prometheus_only_when_they_are_used() -> None:
    """`podnet sweep` opens its history in a thread while the nodes are asked (SQLAlchemy loads there, then)
    and exposes no metrics (prometheus_client is `podnet serve`'s)."""
    probe = (
        "import json, sys, bot.sweeps.run, bot.cli.sweep_command\n"
        "print(json.dumps([m for m in ('sqlalchemy', 'prometheus_client') if m in sys.modules]))"
    )
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert json.loads(out.splitlines()[-1]) == []
