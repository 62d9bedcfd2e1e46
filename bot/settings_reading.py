"""How podnet's settings are read: pydantic-settings models (`Section`) over the environment and a `.env`
file (the environment wins), or over a given mapping; pydantic's errors turned into podnet's messages
in one place (`problems_of`), naming the variable and never quoting a secret. bot/settings.py declares
the settings themselves."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar, get_args

from annotated_types import Ge, Le
from pydantic import ValidationError, model_validator
from pydantic.fields import FieldInfo
from pydantic_settings import (
    BaseSettings,
    DotEnvSettingsSource,
    EnvSettingsSource,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
)


class SettingsError(ValueError):
    def __init__(self, problems: list[str]) -> None:
        super().__init__("invalid settings:\n" + "\n".join(f"  - {p}" for p in problems))
        self.problems = problems


# -- reading: pydantic-settings' sources, pointed at the environment (or a given mapping) and a .env file --


@dataclass(frozen=True)
class _Reading:
    environ: Mapping[str, str] | None  # None: the process environment
    dotenv: Path


_READING: ContextVar[_Reading | None] = ContextVar("podnet_settings_reading", default=None)


class _MappingSource(EnvSettingsSource):
    """pydantic-settings' environment source, reading a given mapping instead of `os.environ`."""

    def __init__(self, settings_cls: type[BaseSettings], environ: Mapping[str, str]) -> None:
        self._environ = environ
        super().__init__(settings_cls)

    def _load_env_vars(self) -> Mapping[str, str | None]:
        return dict(self._environ)


class Section(BaseSettings):
    """One part of the settings. Values are stripped and a blank one counts as unset (its default); read
    from the environment over `.env` inside `Settings.from_env`, from its arguments alone elsewhere."""

    model_config = SettingsConfigDict(
        frozen=True,
        case_sensitive=True,  # PODNET_LOG_LEVEL, not podnet_log_level
        extra="ignore",  # the environment and .env hold much else
        validate_by_name=True,  # built from attribute names too: NightlySettings(channel=...)
        validate_by_alias=True,
        hide_input_in_errors=True,  # a token never reaches a ValidationError's text
        enable_decoding=False,  # lists are comma/space separated, not JSON
    )

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        reading = _READING.get()
        if reading is None:
            return (init_settings,)
        environ = env_settings if reading.environ is None else _MappingSource(settings_cls, reading.environ)
        return init_settings, environ, DotEnvSettingsSource(settings_cls, env_file=reading.dotenv)

    @model_validator(mode="before")
    @classmethod
    def _blank_is_unset(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        stripped = {k: v.strip() if isinstance(v, str) else v for k, v in data.items()}
        return {k: v for k, v in stripped.items() if v != ""}


@contextmanager
def reading(environ: Mapping[str, str] | None, dotenv: Path) -> Iterator[None]:
    token = _READING.set(_Reading(environ, dotenv))
    try:
        yield
    finally:
        _READING.reset(token)


# -- pydantic's errors in podnet's words: the one translation --------------------------------------------

S = TypeVar("S", bound=Section)


def read_section(section: type[S], problems: list[str]) -> S | None:
    """The section read from the current sources, or None with its problems appended."""
    try:
        return section()
    except ValidationError as e:
        problems.extend(problems_of(e, section))
        return None


def problems_of(error: ValidationError, section: type[Section]) -> list[str]:
    fields: dict[str, tuple[str, FieldInfo]] = {}
    for name, info in section.model_fields.items():
        variable = info.validation_alias if isinstance(info.validation_alias, str) else name
        fields[name] = fields[variable] = (variable, info)
    lines: dict[str, str] = {}
    for e in error.errors(include_url=False):
        variable, info = fields[str(e["loc"][0])] if e["loc"] else ("settings", FieldInfo())
        lines.setdefault(variable, f"{variable} {_what_is_wrong(e, info)}")
    return list(lines.values())


# what a failed check of pydantic's means for a setting, in podnet's words
_RULES = {
    "int_parsing": "must be a whole number",
    "int_type": "must be a whole number",
    "int_from_float": "must be a whole number",
    "bool_parsing": "must be 1 or 0",
    "bool_type": "must be 1 or 0",
}


def _what_is_wrong(e: Any, info: FieldInfo) -> str:
    kind, value = e["type"], e.get("input")
    if kind == "missing":
        return f"is not set ({info.description})"
    if kind == "value_error":  # the field's own validator said it, in podnet's words
        return str(e["ctx"]["error"])
    got = repr(value)
    if kind in ("greater_than_equal", "less_than_equal"):
        low = next(m.ge for m in info.metadata if isinstance(m, Ge))
        high = next(m.le for m in info.metadata if isinstance(m, Le))
        rule, got = f"must be between {low} and {high}", str(value)
    elif kind == "literal_error":
        rule = f"must be one of {', '.join(map(str, get_args(info.annotation)))}"
    else:
        rule = _RULES.get(kind, f"is not valid: {e['msg']}")
    return rule if info.repr is False else f"{rule} (got {got})"  # a secret (kept out of the repr): not echoed


# -- the parts ---------------------------------------------------------------------------------------------
