"""Bar charts as SVG for the campaign page: resolutions per week and per country."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from jinja2 import Environment

from publisher.records import MONTHS, PublicResolution

MAX_WEEKS = 104
MAX_COUNTRIES = 20
BAR = 18  # pixels per bar, including the gap
LABEL_WIDTH = 150
PLOT_WIDTH = 420


@dataclass(frozen=True)
class Bar:
    label: str
    count: int
    y: int
    width: int


def per_week(records: Sequence[PublicResolution]) -> list[tuple[str, int]]:
    """Counts per week (Monday to Sunday) of the meeting, every week from the first to the last.

    A week is labelled by its Monday, '22 Jan 2024': readers do not count ISO week numbers.
    """
    # the meeting's day only: a dateless item is in no week (not the week it was approved)
    days = ((r.meeting_date or "").split("/")[0] for r in records)
    mondays = Counter(m for m in map(_monday, days) if m is not None)
    if not mondays:
        return []
    first, last = min(mondays), max(mondays)
    first = max(first, last - timedelta(weeks=MAX_WEEKS - 1))
    weeks = []
    day = first
    while day <= last:
        weeks.append((week_label(day), mondays.get(day, 0)))
        day += timedelta(weeks=1)
    return weeks


def week_label(monday: date) -> str:
    """'22 Jan 2024': the short English month, whatever the machine's locale."""
    return f"{monday.day} {MONTHS[monday.month - 1][:3]} {monday.year}"


def per_country(records: Sequence[PublicResolution]) -> list[tuple[str, int]]:
    """Counts per country, most first; the tail folded into 'other'."""
    counts = Counter(r.country or r.country_code or "unknown" for r in records)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if len(top) > MAX_COUNTRIES:
        rest = sum(n for _, n in top[MAX_COUNTRIES - 1 :])
        top = top[: MAX_COUNTRIES - 1] + [("other", rest)]
    return top


def bar_chart_svg(env: Environment, title: str, counts: Sequence[tuple[str, int]]) -> str:
    """A horizontal bar chart, one bar per (label, count)."""
    peak = max((n for _, n in counts), default=0) or 1
    bars = [
        Bar(label, n, 40 + i * BAR, round(PLOT_WIDTH * n / peak))
        for i, (label, n) in enumerate(counts)
    ]
    height = 50 + len(bars) * BAR
    return env.get_template("chart.svg.j2").render(
        title=title,
        bars=bars,
        height=height,
        width=LABEL_WIDTH + PLOT_WIDTH + 60,
        label_width=LABEL_WIDTH,
    )


def _monday(iso_day: str) -> date | None:
    try:
        day = date.fromisoformat(iso_day[:10])
    except ValueError:
        return None
    return day - timedelta(days=day.weekday())
