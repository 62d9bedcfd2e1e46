"""Five-field cron expressions read as cron reads them, for APScheduler 3.

APScheduler's `CronTrigger.from_crontab` counts weekdays from Monday = 0, where cron has Sunday = 0 (and
7): `30 2 * * 1-5` would run Tuesday to Saturday. The weekday field is translated to day names here.
Cron also runs on *either* a restricted day of month or a restricted weekday, APScheduler only on both,
so an expression restricting both is refused rather than run on the wrong days.
"""

from __future__ import annotations

from datetime import tzinfo

from apscheduler.triggers.cron import CronTrigger

DAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")


def _day(token: str) -> int:
    token = token.strip().lower()
    if token[:3] in DAYS and len(token) == 3:
        return DAYS.index(token)
    if token.isdigit() and 0 <= int(token) <= 7:
        return int(token)
    raise ValueError(f"{token!r} is not a weekday (0-7, Sunday being 0 or 7, or sun-sat)")


def weekdays(field: str) -> set[int] | None:
    """The days (0 = Sunday) a cron weekday field names; None for every day."""
    if field == "*":
        return None
    days: set[int] = set()
    for part in field.split(","):
        span, slash, step = part.partition("/")
        every = int(step) if slash else 1
        if every < 1:
            raise ValueError(f"step {step!r} in the weekday field must be 1 or more")
        if span == "*":
            low, high = 0, 6
        elif "-" in span:
            first, last = span.split("-", 1)
            low, high = _day(first), _day(last)
        else:
            low = _day(span)
            high = 6 if slash else low  # "1/2" is "from Monday, every other day"
        if low > high:
            raise ValueError(f"weekday range {span!r} runs backwards")
        days |= {d % 7 for d in range(low, high + 1, every)}
    return days


def crontab_trigger(expression: str, timezone: tzinfo) -> CronTrigger:
    """Raises ValueError with the reason when the expression is not a valid five-field cron."""
    fields = expression.split()
    if len(fields) != 5:
        raise ValueError(f"wrong number of fields: got {len(fields)}, expected 5 (minute hour day month weekday)")
    minute, hour, day, month, weekday = fields
    days = weekdays(weekday)
    if days is not None and day != "*":
        raise ValueError("restrict the day of the month or the weekday, not both")
    named = "*" if days is None or len(days) == 7 else ",".join(DAYS[d] for d in sorted(days))
    return CronTrigger(minute=minute, hour=hour, day=day, month=month, day_of_week=named, timezone=timezone)
