"""Social media posts: one short text per resolution, within a length, with hashtags and a link.

The link is the page's absolute address; without one (no base_url) a post has no link at all.
"""

from __future__ import annotations

from collections.abc import Sequence

from jinja2 import Environment

from publisher.records import PublicResolution, readable_date

ELLIPSIS = "…"
MIN_NAME = 12  # shorter than this, a name is no longer recognisable: drop hashtags instead


def social_post(
    env: Environment,
    record: PublicResolution,
    *,
    url: str,
    hashtags: Sequence[str],
    campaign_title: str,
    max_length: int,
) -> str:
    """The post from social.txt.j2, shortened to max_length: long names first, then hashtags."""
    tags = list(hashtags)
    organisation = record.organisation or "A meeting"
    place = record.place or ""
    while True:
        text = _render(env, record, organisation, place, tags, url, campaign_title)
        if len(text) <= max_length:
            return text
        excess = len(text) - max_length
        if len(organisation) > MIN_NAME:
            organisation = _shorten(organisation, max(MIN_NAME, len(organisation) - excess))
        elif len(place) > MIN_NAME:
            place = _shorten(place, max(MIN_NAME, len(place) - excess))
        elif tags:
            tags.pop()
        else:  # nothing left to give: cut the text, keep the link whole
            if not url:
                return _shorten(text, max_length)
            room = max(0, max_length - len(url) - 2)
            return _shorten(text.replace(url, "").strip(), room) + " " + url


def _render(
    env: Environment,
    record: PublicResolution,
    organisation: str,
    place: str,
    tags: Sequence[str],
    url: str,
    campaign_title: str,
) -> str:
    text = env.get_template("social.txt.j2").render(
        record=record,
        organisation=organisation,
        place=place,
        date=readable_date(record.meeting_date, space=" ") if record.meeting_date else "",
        hashtags=" ".join(tags),
        url=url,
        campaign_title=campaign_title,
    )
    return " ".join(text.split())


def _shorten(text: str, length: int) -> str:
    if len(text) <= length:
        return text
    return text[: max(0, length - 1)].rstrip() + ELLIPSIS
