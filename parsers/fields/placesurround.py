"""The words around a town in the text: the sentence it stands in, and what ties it to a
court, a prison, an embassy or a landmark rather than to the meeting."""

from __future__ import annotations

import re
from functools import lru_cache

from parsers.fields.context import MessageView, Source
from parsers.fields.datetext import find_dates
from parsers.fields.gazetteer import LANGUAGE_COUNTRIES, country_code
from parsers.fields.language import detect_language
from parsers.fields.languages import NEAR, NOT_MEETING, alternatives, cues
from parsers.fields.placenames import region_country


def _stop_before(text: str, start: int) -> int:
    """The last full stop before `start` (not a dot inside a word), or -1."""
    stops = [m.start() for m in _FULL_STOP.finditer(text, 0, start)]
    return stops[-1] if stops else -1


def _stop_after(text: str, end: int) -> int:
    """The first full stop from `end` (not a dot inside a word), or -1."""
    match = _FULL_STOP.search(text, end)
    return match.start() if match else -1


_FULL_STOP = re.compile(r"\.(?!\w)")


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(_stop_before(text, start), text.rfind("\n\n", 0, start), text.rfind("!", 0, start))
    right_candidates = [i for i in (_stop_after(text, end), text.find("\n", end)) if i >= 0]
    right = min(right_candidates) if right_candidates else len(text)
    line_end = text.find("\n", end)
    if line_end >= 0 and text[end:line_end].strip(" ,;-–"):
        right = max(right, line_end)
    line_start = text.rfind("\n", 0, start) + 1
    if line_end - line_start >= _WRAPPED_LINE and _stop_after(text, end) > right:
        # hard-wrapped prose: the sentence goes on past the line's end
        stops = [i for i in (_stop_after(text, end), text.find("\n\n", end)) if i >= 0]
        right = max(right, min(stops))
    return left + 1, right


_WRAPPED_LINE = 60


def tied_inside_run(text: str, run_start: int, offset: int) -> bool:
    """Whether the run's own words before the town tie it to something else ("Ecuadorian
    Embassy in London", "Crown Court of Leeds")."""
    return offset > run_start and beside_other_things(text[max(0, offset - 45) : offset])


def beside_other_things(before: str) -> bool:
    """Whether the words right before a town tie it to something other than the meeting: a
    court, a prison, an embassy, a rally (within the last 40 characters, whole words only),
    or a landmark ("south of")."""
    window = before[-40:]
    if len(before) > 40:
        window = re.sub(r"^\w+", "", window)  # a word cut in half is not the cue
    window = re.sub(r"(?<=\w)['’](?=\w)", " ", window)  # "nell'ambasciata": elided article
    return bool(cues(NOT_MEETING, elided=True).search(window)) or bool(_NEAR.search(before))


def after_a_distractor(before: str, distractors: tuple[str, ...]) -> bool:
    """Whether the town follows one of the campaign's distractors (a prison, a court) with at
    most a comma and a preposition between: "Belmarsh, em Londres" says where the prison is."""
    pattern = _distractor_tail(distractors)
    return pattern is not None and pattern.search(before[-40:]) is not None


@lru_cache(maxsize=8)
def _distractor_tail(distractors: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for a campaign's distractors, compiled once, not per town found."""
    if not distractors:
        return None
    names = "|".join(re.escape(name) for name in sorted(distractors, key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:" + names + r")(?!\w)[\s,;(]*(?:\w{1,3}\s+){0,2}$", re.I)


_NEAR = re.compile(
    r"(?<!\w)(?:" + "|".join(w.replace(" ", r"\s+") for w in NEAR) + r")\s+(?:the\s+)?$", re.I
)


def right_after_a_date(before: str) -> bool:
    """ "2024-01-21, Springfield": the name that follows the date in the date-and-place line."""
    dates = find_dates(before)
    return bool(dates) and re.fullmatch(r"\s*[,;–—-]?\s*", before[dates[-1].end :]) is not None


def local_hints(segment: str) -> tuple[str, ...]:
    """The countries of the sentence's own language, when it is plainly not the message's."""
    language, probability = detect_language(segment)
    if language is None or probability < 0.9:
        return ()
    return LANGUAGE_COUNTRIES.get(language, ())


# "Lyon, France", "Boston, Lincolnshire", "Perth, Perth and Kinross"; "Co. Kerry", "County Cork".
_REGION_NAMED = re.compile(
    r"(?:(?<=[A-Za-zÀ-ÿ.'’])\s*,\s*(?:(?:Co\.|County)\s+)?|\b(?:Co\.|County)\s+)"
    r"([A-ZÀ-Ý][\w.-]+(?: (?:and |& )?[A-ZÀ-Ý][\w-]+)?)"
)


def countries_named(view: MessageView) -> tuple[str, ...]:
    """Countries the framing names next to a place ("Lyon, France", "Boston, Lincolnshire",
    "Co. Kerry"): a country, or a state, county or region of one; the strongest hint."""
    found: list[str] = []
    for source in view.sources:
        for match in _REGION_NAMED.finditer(source.text):
            if _beside_a_court(source.text, match.start()):
                continue
            code = country_code(match.group(1))
            if code is not None and in_model_text(view, source, match.start()):
                code = None  # the model names the countries of the case ("the United States")
            code = code or region_country(match.group(1))
            if code:
                found.append(code)
    return tuple(dict.fromkeys(found))


def in_model_text(view: MessageView, source: Source, offset: int) -> bool:
    found = view.resolution
    return found is not None and found.inside_model_text(source.index, offset)


def _beside_a_court(text: str, offset: int) -> bool:
    """A place named after a court, a jury, a prison or a rally ("a grand jury in Alexandria,
    Virginia") says where that is, not where the meeting was."""
    return cues(NOT_MEETING, elided=True).search(text[max(0, offset - 60) : offset]) is not None


# A proper name closed by "of <Town>": "Unión de Trabajadores Gráficos de Rosario", "FLP di
# Torino", "Harbour Club of Whitby"; the town the body is named for.
_OF_TOWN = re.compile(
    r"[A-ZÀ-Ý][\w'’.-]*[ \t]+(?:of|de|di|da|do|du|des|del|della|von|aus)[ \t]+(?=[A-ZÀ-Ý])"
)
_OF_TOWN_REACH = 40
_AREA = re.compile(rf"(?:{alternatives('AREA_WORDS')})\b", re.I)


def bodies_of_towns(spans: list[tuple[Source, int, int]]) -> list[tuple[Source, int, int]]:
    """Where a meeting's sentence names a body by its town, the words after its "of"."""
    out = []
    for source, start, end in spans:
        for match in _OF_TOWN.finditer(source.text, start, end):
            if beside_other_things(source.text[max(0, match.end() - 45) : match.end()]):
                continue  # "the court of X", "the embassy of X"
            if _AREA.match(match.group(0)):
                continue  # "Provincia di X": an area, not a body
            out.append((source, match.end(), min(end, match.end() + _OF_TOWN_REACH)))
    return out
