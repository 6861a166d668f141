"""Every place a message names a body by the shape of the name alone: a run of name words
(capitalised, or all capitals in a heading) joined by the small words names use, holding a
noun that heads a body's name ("union", "Sindicato", "Bond", "afdeling") in any language the
tables hold. A unit beside its parent after a comma is one name ("X branch, Y Union",
"Gewerkschaft X, Sektion Y"), and a name spelled out before its acronym in brackets keeps its
words written small ("Association genevoise des maîtres d'atelier (AGMA)").

One function, `mentions`, finds the names and their edges: a name never ends on a joiner or
an article, never opens with an article, a demonstrative, a time or a heading word, and a
signer's role is never a body ("Branch Secretary"); "Role, X" is X. Each mention becomes a
candidate with a low cue ("mention") and features read around it (`mention_features`); the
rules that read the framing keep winning where they fire, and their cut or over-long names
are read as the mention they stand in (`organisation._as_mention`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

from parsers.fields.context import SUBJECT, MessageView, Source
from parsers.fields.languages import alternation, cues, month_table, weekday_table, words
from parsers.fields.orgname import normalise_organisation
from parsers.fields.orgwords import BODY_VERBS, HEADINGS, KIND_WORDS, MEETING_NOUNS, ROLES, VENUES
from parsers.types import Evidence, FieldValue

RULE = "mention"

# A word: an elided article may stick to it ("d'atelier", "dell'Unione").
_WORD = re.compile(r"(?:[dDlL]['’]|[dDnN]ell['’])?[\w][\w'’·&./-]*|&")
_ELISION = re.compile(r"^(?:[dDlL]['’]|[dDnN]ell['’])")


def _full(entries: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(e.replace(" ", r"\s+") for e in entries) + ")", re.I)


_NOT_HEADS = frozenset(words("ORG_NOT_HEADS"))
_HEAD = _full(
    tuple(
        w
        for w in (*words("ORG_WORDS"), *words("ORG_NOUNS"), *words("ORG_HEAD_NOUNS"))
        if w not in _NOT_HEADS
    )
)
_UNIT = _full(words("ORG_MENTION_UNITS"))
_ROLE = _full(ROLES)
_KIND_SMALL = frozenset(w for w in KIND_WORDS if w.islower() and w.isalpha())
_KIND = _full(tuple(w for w in KIND_WORDS if " " not in w))
# Single words that link name words ("of", "van", "der", "&"); the tables' two-word links
# ("of the") are read as two links in a row.
_LINKS = frozenset(w.casefold() for e in words("ORG_MENTION_LINKS") for w in e.split())
# The links that are only articles ("the", "het"): inside a name only after another link
# ("of the"), so "Yesterday the X Union" is no name.
_ARTICLES = frozenset(
    w.casefold() for e in words("ORG_MENTION_LINKS") if " " in e for w in e.split()[1:]
) - frozenset(e.split()[0].casefold() for e in words("ORG_MENTION_LINKS"))
_MEETING_NOUN = _full(MEETING_NOUNS)
# Links that join two things, not a name's parts: an article after one opens another thing
# ("X Council and the WikiLeaks").
_CONJUNCTIONS = frozenset(("and", "und", "et", "y", "e", "en", "i", "&"))
_RECURRING = _full(words("ORG_RECURRING"))
_CALENDAR = frozenset((*weekday_table(), *month_table()))
# A form's label before the name it labels ("Organisation: X", a table's cell).
_LABELS = _full(words("ORG_TABLE_LABELS"))
# Never the first word of a name: an article, a demonstrative, a pronoun, a heading's word.
_NOT_OPENING = _full(
    (
        *words("ORG_NOT_NAME_WORDS"),
        *words("ORG_NOT_NAME_OPENINGS"),
        *words("ORG_RUN_ARTICLES"),
        *words("ORG_ARTICLES"),
        *words("ORG_MEMBERS"),  # "Mitglieder des X", "Members of the X": the body is X
    )
)
# A demonstrative before a body's noun: the text names its own body by its kind.
_DEMONSTRATIVE = re.compile("(?:" + "|".join(words("ORG_NOT_NAME_OPENINGS")) + ")")
# Written so, never inside a name: it opens the next sentence or a heading's topic.
_NEVER_INSIDE = re.compile(
    "(?:" + "|".join((*words("ORG_NOT_NAME_WORDS"), *words("ORG_NOT_NAME_OPENINGS"))) + ")"
)
_TIME = alternation(words("ORG_TIME_OPENINGS"))
_HEADING = alternation(HEADINGS)
_VENUE_END = re.compile(alternation(VENUES).pattern + "$", re.I)
_AGAINST = re.compile(alternation(words("ORG_MENTION_AGAINST")).pattern + r"\s*$", re.I)
_ACRONYM = re.compile(r"\((?P<acronym>[A-ZÀ-Ý][A-ZÀ-Ý0-9-]{1,9})\)")


@dataclass(frozen=True)
class Mention:
    """A body's name as the text writes it, and where."""

    start: int
    end: int
    written: str
    acronym: str = ""  # the acronym the text gives it in brackets, if any

    @property
    def value(self) -> str:
        return normalise_organisation(self.written)


@lru_cache(maxsize=4096)
def _kind(token: str) -> str:
    """name (a capital or a digit), link, unit written small, kind written small, or other."""
    bare = _ELISION.sub("", token)
    folded = token.casefold()
    if folded in _LINKS or token == "&":
        return "link"
    if bare[:1].isupper() or bare[:1].isdigit() or any(c.isupper() for c in bare[1:]):
        return "name"  # "Union", "Local 9", "eThekwini"
    if _UNIT.fullmatch(token):
        return "unit"
    if folded in _KIND_SMALL:
        return "kind"
    return "other"


def _gap_ok(gap: str) -> bool:
    """Blanks with at most one line break between two words of a name."""
    return not gap.strip() and gap.count("\n") <= 1


# A line at least this long was wrapped by the writer's program: a name goes on across the
# break. A shorter line is a letterhead's or a signature's, and ends the name.
_WRAPPED = 45


def _joins(text: str, before: Token, after: Token) -> bool:
    """The two words are in one name as far as the blanks between them go: no blank line, and
    a line break only in wrapped prose or after a link ("of the" / "X Union")."""
    gap = text[before[1] : after[0]]
    if not _gap_ok(gap):
        return False
    if "\n" not in gap:
        return True
    if _kind(_clean(before[2])) in ("link", "unit"):
        return True  # "Council of the / Public Service Workers' Union"
    line_start = text.rfind("\n", 0, before[0]) + 1
    line_end = text.find("\n", after[0])
    following = (line_end if line_end != -1 else len(text)) - after[0]
    return before[1] - line_start >= _WRAPPED and following >= _WRAPPED


@lru_cache(maxsize=64)
def mentions(text: str) -> tuple[Mention, ...]:
    """Every body's name in `text` by its shape, each once, in order."""
    tokens = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text)]
    found: list[Mention] = []
    for run in _runs(text, tokens):
        found.extend(_named(text, run))
    # a name spelled out before its acronym first: the same words keep the acronym
    found = _spelled_out(text, tokens) + _joined_units(text, found)
    unique: dict[tuple[int, int], Mention] = {}
    for mention in found:
        unique.setdefault((mention.start, mention.end), mention)
    return tuple(sorted(unique.values(), key=lambda m: (m.start, -m.end)))


Token = tuple[int, int, str]


def _runs(text: str, tokens: list[Token]) -> list[list[Token]]:
    """Runs of name words, units and small kinds joined by links and blanks."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    for token in tokens:
        kind = _kind(_clean(token[2]))
        joins = current and _joins(text, current[-1], token)
        if _NEVER_INSIDE.fullmatch(token[2]):
            joins = False  # "Diese", "The", "ON": the next sentence, or a heading's topic
        if kind == "link" and token[2].casefold() in _ARTICLES and not token[2][:1].isupper():
            previous = current[-1][2].casefold() if current else ""
            joins = joins and _kind(previous) == "link" and previous not in _CONJUNCTIONS
        elif kind == "link" and token[2].casefold() in _ARTICLES and current:
            kind = "name"  # "Circolo La Fornace": an article with a capital inside a name
        if kind == "other" and joins and _small_inside(current, token[2]):
            kind = "small"  # "Association des locataires des Pâquis"
        if kind == "other" or not joins and current:
            runs.append(current)
            current = []
        if kind != "other":
            current.append(token)
        if kind != "other" and token[2].endswith(".") and not _abbreviation(token[2]):
            runs.append(current)  # a full stop ends the sentence, and the name
            current = []
    runs.append(current)
    return [_edged(r) for r in runs if r]


@lru_cache(maxsize=4096)
def _clean(word: str) -> str:
    """The word without an elided article or a closing full stop: "l'Association"."""
    word = _ELISION.sub("", word) or word
    return word if _abbreviation(word) else word.rstrip(".")


def _abbreviation(word: str) -> bool:
    """ "S.A.", "e.V.", "ver.di": a full stop inside the word."""
    return "." in word.rstrip(".")


def _small_inside(current: list[Token], word: str) -> bool:
    """A word written small may stand inside a name after its head noun and a link, when a
    name word follows ("Syndicat des employés de soutien de l'Université X"): at most two,
    and kept only if the name goes on after them (`_edged`)."""
    if not current or not _small(word):
        return False
    previous = current[-1][2].casefold()
    if _kind(previous) != "link" or previous in _CONJUNCTIONS:
        return False
    for back, token in enumerate(reversed(current[-6:])):
        if _is_head(token[2]) and _clean(token[2])[:1].isupper():
            small = [t for t in current[len(current) - back :] if _small(t[2])]
            return len(small) < 2
    return False


def _small(word: str) -> bool:
    """A word written small that may stand inside a name: not a day's or a month's name."""
    return (
        word.replace("-", "").isalpha()
        and word.islower()
        and _kind(word) == "other"
        and word not in _CALENDAR
    )


def _edged(run: list[Token]) -> list[Token]:
    """The run without links, or words written small, at either end: a name never opens or
    ends on one."""
    while run and (
        _kind(_clean(run[-1][2])) == "link"
        or _small(run[-1][2])
        or run[-1][2].isdigit()
        and len(run) > 1
        and _small(run[-2][2])  # "di sabato 25"
    ):
        run = run[:-1]
    while run and _kind(_clean(run[0][2])) == "link":
        run = run[1:]
    return run


def _named(text: str, run: list[Token]) -> list[Mention]:
    """The names in one run: split at a role ("Branch Secretary"), opened after an article, a
    time or a heading word, kept when a noun heading a body's name stands in it."""
    if not any(_is_head(t[2]) for t in run):
        return []  # most runs name people or places: no noun heading a body's name
    parts: list[list[Token]] = [[]]
    for token in run:
        if _is_role(token[2]):
            parts.append([])
            continue
        parts[-1].append(token)
    found = []
    for part in parts:
        if not any(_is_head(t[2]) for t in part):
            continue  # most runs name people or places: no noun heading a body's name
        if part and _DEMONSTRATIVE.fullmatch(part[0][2]):
            continue  # "This Trades Council": the text's own body, named by its kind
        part = _opened(part)
        if not part or not any(_HEAD.fullmatch(_clean(t[2])) for t in part):
            continue
        if _HEAD.fullmatch(" ".join(t[2] for t in part)):
            continue  # "Trades Council", "Students' Union": a kind of body
        names = [t for t in part if _kind(_clean(t[2])) == "name"]
        if len(part) < 2 or not names or all(_bare(t[2]) for t in part):
            continue  # "Council", "Union Council", "CONSIGLIO COMUNALE": a kind, no name
        end = part[-1][1] - (0 if _abbreviation(part[-1][2]) else _stops(part[-1][2]))
        written = text[part[0][0] : end]
        if _VENUE_END.search(written):
            continue
        found.append(Mention(part[0][0], end, " ".join(written.split())))
    return found


@lru_cache(maxsize=4096)
def _is_role(word: str) -> bool:
    return _ROLE.fullmatch(_clean(word)) is not None


@lru_cache(maxsize=4096)
def _is_head(word: str) -> bool:
    return _HEAD.fullmatch(_clean(word)) is not None


def _stops(word: str) -> int:
    return len(word) - len(word.rstrip("."))


def _opened(part: list[Token]) -> list[Token]:
    """Openings dropped: "The", "This", "Yesterday", a word written small; a heading's or a
    meeting's words before the body ("Resolution of the", "Sektionsversammlung der")."""
    for at in range(len(part) - 1, -1, -1):
        word = _clean(part[at][2])
        meeting = _MEETING_NOUN.fullmatch(word) and not _HEAD.fullmatch(word)
        if _HEADING.fullmatch(word) and not any(_HEAD.fullmatch(_clean(t[2])) for t in part[at:]):
            part = part[:at]  # "Conseil municipal de X Délibération": the heading after it
        elif _HEADING.fullmatch(word) or meeting and at + 1 < len(part):
            if meeting and _kind(_clean(part[at + 1][2])) != "link":
                continue  # "X AGM": the meeting after the body's name
            part = part[at + 1 :]
            break
    while part:
        first = _clean(part[0][2])
        if (
            _NOT_OPENING.fullmatch(first)
            or _TIME.fullmatch(first)
            or _kind(first) != "name"
            or first[:1].isdigit()
            or re.search(r"['’]s$", first)  # "Thursday's branch": whose, not a name
            or _LABELS.fullmatch(first)
        ):
            part = part[1:]
            continue
        break
    while part and (
        _MEETING_NOUN.fullmatch(_clean(part[-1][2]))
        or _RECURRING.fullmatch(_clean(part[-1][2]))
        or len(_clean(part[-1][2])) < 2
    ):
        part = part[:-1]  # "X Association AGM": the body is the association
    return _edged(part)


def _bare(word: str) -> bool:
    """A kind of body, not a name: a head noun, a unit, a kind word ("Trades", "comunale"),
    a link."""
    word = _clean(word)
    return bool(
        _HEAD.fullmatch(word)
        or _UNIT.fullmatch(word)
        or _KIND.fullmatch(word)
        or word.casefold() in _LINKS
    )


def kind_only(value: str) -> bool:
    """Every word says what kind of body, none which: "CONSIGLIO COMUNALE", "Trades
    Council"."""
    found = _WORD.findall(value)
    return bool(found) and all(_bare(w) for w in found)


def _joined_units(text: str, found: list[Mention]) -> list[Mention]:
    """A unit and its parent after a comma are one name: "Hackney Libraries branch, X Union",
    "Gewerkschaft X, Sektion Y", "Bond van X, afdeling Y" (a unit written small opens a run
    that is no name by itself)."""
    units = [
        Mention(m.start(), m.end(), " ".join(m.group(0).split()))
        for m in re.finditer(
            rf"(?<![\w])(?:{_UNIT.pattern})[ \t]*\n?[ \t]*"
            r"(?:[A-ZÀ-Ý][\w'’.-]*)(?:[ \t]*\n?[ \t]*[A-ZÀ-Ý][\w'’.-]*){0,3}",
            text,
            re.I,
        )
    ]
    joined: list[Mention] = list(found)
    pool = sorted(found + units, key=lambda m: m.start)
    for first, second in zip(pool, pool[1:], strict=False):
        gap = text[first.end : second.start]
        if not re.fullmatch(r",[ \t]*\n?[ \t]*", gap):
            continue
        if not (_ends_in_unit(first.written) or _opens_with_unit(second.written)):
            continue
        if not (_HEAD.search(first.written) and _HEAD.search(second.written)):
            continue
        written = f"{first.written}, {second.written}"
        joined.append(Mention(first.start, second.end, written.rstrip(".")))
    return joined


def _ends_in_unit(written: str) -> bool:
    return _UNIT.fullmatch(written.split()[-1]) is not None


def _opens_with_unit(written: str) -> bool:
    return _UNIT.fullmatch(written.split()[0]) is not None


def _spelled_out(text: str, tokens: list[Token]) -> list[Mention]:
    """ "Centrale des employés et techniciens de Liège-Verviers (CETLV)": the words before an
    acronym in brackets whose first letters spell it, small words and all."""
    found = []
    ends = [t[1] for t in tokens]
    for match in _ACRONYM.finditer(text):
        letters = match["acronym"].replace("-", "").casefold()
        before = tokens[
            max(0, bisect_right(ends, match.start()) - 16) : bisect_right(ends, match.start())
        ]
        for first in range(len(before) - 1, -1, -1):
            span = before[first:]
            if not all(_gap_ok(text[a[1] : b[0]]) for a, b in zip(span, span[1:], strict=False)):
                break
            initials = "".join(
                _initials(t[2]) for t in span if t[2].casefold() not in _LINKS and t[2] != "&"
            )
            if initials == letters:
                if _HEAD.fullmatch(_clean(span[0][2])) or any(
                    _HEAD.fullmatch(_clean(t[2])) for t in span
                ):
                    written = " ".join(text[span[0][0] : span[-1][1]].split())
                    found.append(Mention(span[0][0], span[-1][1], written, match["acronym"]))
                break
            if len(initials) > len(letters):
                break
    return found


def _initials(word: str) -> str:
    """The first letters an acronym takes of a word: "Liège-Verviers" gives "lv"."""
    parts = _ELISION.sub("", word).split("-")
    return "".join(p[:1].casefold() for p in parts if p[:1].isupper()) or parts[0][:1].casefold()


# What happens in the sentence around a mention.
_VOTE = cues("PASSED")
_DEFEATED = cues("DEFEATED")
_PROPOSED = cues("PROPOSED")
_MEETING = alternation(MEETING_NOUNS)
_ACTS = re.compile(r"^[\s,]*(?:\([^()\n]{1,12}\)\s*)?(?:" + alternation(BODY_VERBS).pattern + ")")


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around a span: from the last full stop or blank line to the next."""
    before = max(text.rfind(". ", 0, start), text.rfind("\n\n", 0, start), -1)
    after = [i for i in (text.find(". ", end), text.find("\n\n", end)) if i != -1]
    return text[before + 1 : min(after) if after else len(text)]


def mention_features(
    source: Source, mention: Mention, everything: tuple[Mention, ...]
) -> tuple[str, ...]:
    """What the text says around a mention: a vote or a meeting in its sentence, its body
    acting, a letterhead or a line of its own; a venue, an addressee or one of a list
    against."""
    text = source.text
    features: list[str] = []
    sentence = _sentence(text, mention.start, mention.end)
    if _VOTE.search(sentence) or _DEFEATED.search(sentence) or _PROPOSED.search(sentence):
        features.append("mention-vote")
    elif _MEETING.search(sentence):
        features.append("mention-meeting")
    if _ACTS.match(text[mention.end : mention.end + 60]):
        features.append("mention-acts")
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    line = text[line_start : line_end if line_end != -1 else len(text)].strip(" \t,.;:")
    whole_line = len(mention.written) >= 0.8 * len(" ".join(line.split()))
    if whole_line and not text[:line_start].strip().count("\n") >= 3 and source.index != SUBJECT:
        features.append("mention-letterhead")
    elif whole_line:
        features.append("mention-own-line")
    held = _MEETING_NOUN.match(text[mention.end : mention.end + 40].lstrip())
    if held is not None and not {"mention-vote", "mention-meeting"} & set(features):
        features.append("mention-meeting")  # "moved at the X AGM": the body meeting
    venue = _AGAINST.search(text[max(line_start, mention.start - 30) : mention.start])
    if held is None and venue or _listed(text, mention, everything):
        features.append("mention-against")
    return tuple(features)


def _listed(text: str, mention: Mention, everything: tuple[Mention, ...]) -> bool:
    """One of a list of bodies: another name right before or after, across a comma or "and"."""
    for other in everything:
        if other.end <= mention.start and re.fullmatch(
            r"\s*(?:,|and|und|et|y|e|en)\s*", text[other.end : mention.start]
        ):
            return not _opens_with_unit(mention.written)
        if other.start >= mention.end and re.fullmatch(
            r"\s*(?:,|and|und|et|y|e|en)\s*", text[mention.end : other.start]
        ):
            return not _opens_with_unit(other.written) and not _ends_in_unit(mention.written)
    return False


def from_mentions(source: Source) -> list[tuple[FieldValue, tuple[str, ...]]]:
    """Each mention of the source as a candidate, with the features read around it."""
    found = mentions(source.text)
    made = []
    for mention in found:
        value = mention.value
        if len(value.split()) < 2 or len(value.split()) > 14:
            continue
        evidence = Evidence(
            source.index,
            mention.start,
            mention.end,
            RULE,
            mention.written,
            source="subject" if source.index == SUBJECT else "document",
        )
        candidate = FieldValue(value, mention.written, 0.0, evidence)
        made.append((candidate, mention_features(source, mention, found)))
    return made


def spelled_out(acronym: str, sources: tuple[Source, ...]) -> str | None:
    """The name the text spells out for an acronym: the one before it in brackets, or a
    mention whose first words' initials are the acronym ("NEC": "National Executive
    Committee of the X Union")."""
    letters = acronym.casefold()
    for source in sources:
        for mention in mentions(source.text):
            if mention.acronym == acronym:
                return mention.value
    for source in sources:
        for mention in mentions(source.text):
            initials = "".join(
                _ELISION.sub("", w)[:1].casefold() for w in mention.value.split()[: len(letters)]
            )
            if initials == letters and len(mention.value.split()) > len(letters):
                return mention.value
    return None


def head_noun(value: str) -> bool:
    """A noun heading a body's name stands in the words: "union", "Sindicato", "afdeling"."""
    return any(_HEAD.fullmatch(_clean(w)) for w in _WORD.findall(value))


_ROLE_LINE = re.compile(rf"(?:(?:{_HEAD.pattern}|{_UNIT.pattern})\s+)?(?:{_ROLE.pattern})", re.I)
# "Secretary, X", "Presidente del X", "Secretary of the X": the body after the role.
_ROLE_FIRST = re.compile(
    rf"^(?:{_ROLE.pattern})(?:\s*,\s*|\s+(?:{alternation(words('ORG_MENTION_LINKS')).pattern})\s+)"
    r"(?=\S)",
    re.I,
)


def without_role(candidate: FieldValue) -> FieldValue | None:
    """A signer's role is never a body: "Branch Secretary", "Secretario de Actas" is none,
    and "President, X Students' Union" is the union."""
    value = candidate.value
    if _ROLE_LINE.fullmatch(value):
        return None
    role = _ROLE_FIRST.match(value)
    if role is None:
        return candidate
    rest = normalise_organisation(value[role.end() :])
    written = candidate.as_written
    cut = _ROLE_FIRST.match(written)
    if cut is not None:
        written = written[cut.end() :]
    evidence = candidate.evidence
    if evidence is not None and cut is not None:
        evidence = replace(evidence, start=evidence.start + cut.end(), text=written)
    return replace(candidate, value=rest, as_written=written, evidence=evidence)


# Where a body is written short for the reader who knows it (a subject, a signature, a
# letterhead): an acronym there is read as the name the text spells out. The framing's own
# acronym ("The NURV joins") is the name the body acts under, and stays.
_SHORT_HAND = frozenset(
    {"subject", "subject-names-body", "signature", "closing-line", "letterhead"}
)
# An acronym alone, or after words written small: "NEC", "comité AGMA", "comité exécutif du X".
_ACRONYM_VALUE = re.compile(r"(?:(?-i:[a-zà-ÿ'’-]+)\s+){0,4}(?P<acronym>(?-i:[A-Z][A-Z0-9]{1,7}))")


def as_mention(candidate: FieldValue, view: MessageView) -> FieldValue:
    """A finder's name read as the whole name the text writes there: one cut on a link
    ("Leicester District Council of the"), one that kept a sentence's words ("Vanavond heeft
    de ledenvergadering van de Bond van X, afdeling"), a parent whose branch the text names
    ("Y" in "the X branch of the Y voted"), an acronym the text spells out ("NEC")."""
    evidence = candidate.evidence
    if evidence is None:
        return candidate
    acronym = _ACRONYM_VALUE.fullmatch(candidate.value)
    if acronym is not None and evidence.rule in _SHORT_HAND:
        name = spelled_out(acronym["acronym"], view.sources)
        return replace(candidate, value=name) if name else candidate
    text = view.source(evidence.document).text
    best: Mention | None = None
    for mention in mentions(text):
        if mention.end <= evidence.start or evidence.end <= mention.start:
            continue
        if _stands_for(text, candidate, mention) and (
            best is None or len(mention.written) > len(best.written)
        ):
            best = mention
    if best is None or best.value == candidate.value:
        return candidate
    return replace(
        candidate,
        value=best.value,
        as_written=best.written,
        evidence=replace(evidence, start=best.start, end=best.end, text=best.written),
    )


def _stands_for(text: str, candidate: FieldValue, mention: Mention) -> bool:
    """The mention is the name the candidate means: it holds the candidate's words (the
    candidate cut, or a parent named inside its unit's name), or the candidate runs on past it
    into a sentence's words."""
    evidence = candidate.evidence
    assert evidence is not None
    inner, outer = _key(candidate.value), _key(mention.value)
    if evidence.rule.startswith(_OWN_SLOT):
        written = _WORD.findall(candidate.as_written)
        return bool(written) and _kind(_clean(written[-1])) == "link" and inner in outer
    if mention.start <= evidence.start and evidence.end <= mention.end:
        return inner in outer and inner != outer
    outside = text[evidence.start : mention.start]  # a sentence's words kept before the name
    if "\n" in outside.strip(" \t") or "\n" in text[mention.end : evidence.end]:
        return True  # the finder read across a line's end: a letterhead's next line
    before = _WORD.findall(outside)
    if before and (_HEAD.fullmatch(_clean(before[0])) or _UNIT.fullmatch(_clean(before[0]))):
        return False  # "Section liégeoise du Syndicat X": a name opening with its own noun
    kinds = [_kind(_clean(w)) for w in before]
    written = _WORD.findall(candidate.as_written)
    cut = bool(written) and _kind(_clean(written[-1])) in ("link", "unit")
    heading = any(_HEADING.fullmatch(_clean(w)) for w in _WORD.findall(outside))
    return "other" in kinds or cut or heading


# The model's own slot ("This meeting of X condemns") holds the name whole: only a cut one is
# read as the mention.
_OWN_SLOT = ("slot-", "that-this-")


def _key(name: str) -> str:
    return " ".join(re.sub(r"[^\w&]+", " ", name.casefold()).split())
