"""A campaign: its name, languages and model resolution with `[bracketed]` slots."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass

from parsers.errors import ParseError

_SLOT = re.compile(r"\[([^\[\]]{1,200})\]")


@dataclass(frozen=True)
class Campaign:
    name: str
    title: str
    model: str
    languages: tuple[str, ...] = ("en",)
    hashtags: tuple[str, ...] = ()
    page_url: str = ""
    # Who and what the campaign is about, as any text names them: "Julian Assange", an earlier
    # name. With the model's own proper names they say a text is on the campaign's subject.
    subject: tuple[str, ...] = ()
    # Other names of them per language, which name them without their name ("the WikiLeaks
    # founder"): (language code, names). They count only beside one of the subject's names.
    other_names: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # Places, courts, laws the campaign's texts name that are never a meeting's place or date
    # ("Belmarsh Prison", "Espionage Act").
    distractors: tuple[str, ...] = ()

    @property
    def slots(self) -> tuple[str, ...]:
        """The bracketed placeholders of the model, in order."""
        return tuple(match.group(1).strip() for match in _SLOT.finditer(self.model))

    @property
    def descriptions(self) -> tuple[str, ...]:
        """The subject's other names in every language."""
        return tuple(name for _, names in self.other_names for name in names)

    @property
    def paragraphs(self) -> tuple[str, ...]:
        return tuple(p.strip() for p in re.split(r"\n\s*\n", self.model) if p.strip())


def parse_campaign(text: str, *, default_name: str = "campaign") -> Campaign:
    """A campaign from a TOML file's text, or from a plain model text (the whole file)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        data = None
    if not data or "model" not in data:
        if _SLOT.search(text) is None:
            raise ParseError("a campaign needs a TOML `model = ...` or a model text with [slots]")
        return Campaign(name=default_name, title=default_name, model=text.strip())
    return Campaign(
        name=str(data.get("name", default_name)),
        title=str(data.get("title", data.get("name", default_name))),
        model=str(data["model"]).strip(),
        languages=tuple(data.get("languages", ["en"])),
        hashtags=tuple(data.get("hashtags", [])),
        page_url=str(data.get("page_url", "")),
        subject=tuple(str(n) for n in data.get("subject", {}).get("names", [])),
        other_names=tuple(
            (str(code), tuple(str(n) for n in names))
            for code, names in data.get("subject", {}).get("other_names", {}).items()
        ),
        distractors=tuple(str(n) for n in data.get("subject", {}).get("distractors", [])),
    )


def campaign_languages(campaigns: tuple[Campaign, ...]) -> tuple[str, ...]:
    """Every language of the campaigns, in the order they list them (scans are read in these)."""
    return tuple(dict.fromkeys(code for campaign in campaigns for code in campaign.languages))
