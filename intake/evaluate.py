"""Measures extraction against a labelled folder: NNN-name.eml beside NNN-name.json.

Per field, the share right, the share unsure (null or confidence < 0.5 where a value was
expected) and the confidently wrong (a wrong value with confidence >= 0.8), with each miss and
its evidence. `intake eval PATH` prints `format_report(evaluate(PATH, config))`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from parsers.extract import ExtractConfig, extract_message
from parsers.fields import confidence
from parsers.fields.gazetteer import cities_named
from parsers.types import Extraction, FieldValue, PlaceValue

FIELDS = ("kind", "outcome", "organisation", "meeting_date", "place")
UNSURE_BELOW = confidence.UNSURE_BELOW
CONFIDENT = confidence.TRUSTED


@dataclass(frozen=True)
class Miss:
    message: str
    field: str
    verdict: str  # "unsure", "wrong", "confidently wrong"
    expected: str
    got: str
    confidence: float | None
    evidence: str


@dataclass
class FieldScore:
    total: int = 0
    right: int = 0
    unsure: int = 0
    wrong: int = 0
    confidently_wrong: int = 0

    def share(self, count: int) -> float:
        return count / self.total if self.total else 0.0


@dataclass
class EvalReport:
    folder: str
    messages: int = 0
    scores: dict[str, FieldScore] = field(default_factory=lambda: {f: FieldScore() for f in FIELDS})
    misses: list[Miss] = field(default_factory=list)


def evaluate(folder: Path, config: ExtractConfig) -> EvalReport:
    """Run extraction on every labelled message of the folder and score each field."""
    report = EvalReport(str(folder))
    for label_path in sorted(folder.glob("*.json")):
        message_path = label_path.with_suffix(".eml")
        if not message_path.exists():
            continue
        expected = json.loads(label_path.read_text(encoding="utf-8"))
        extraction = extract_message(message_path.read_bytes(), config).extraction
        report.messages += 1
        for name in FIELDS:
            verdict, miss = score_field(name, expected, extraction)
            _count(report.scores[name], verdict)
            if miss is not None and verdict is not None:
                report.misses.append(Miss(message_path.stem, name, verdict, *miss))
    return report


def _count(score: FieldScore, verdict: str | None) -> None:
    if verdict is None:
        return
    score.total += 1
    if verdict == "right":
        score.right += 1
    elif verdict == "unsure":
        score.unsure += 1
    else:
        score.wrong += 1
        score.confidently_wrong += verdict == "confidently wrong"


def score_field(
    name: str, expected: dict[str, Any], got: Extraction
) -> tuple[str | None, tuple[str, str, float | None, str] | None]:
    """The verdict for one field ("right", "unsure", "wrong", "confidently wrong"; None when
    the field does not apply) and, for a miss, (expected, got, confidence, evidence).

    Beyond the value itself a label may list `also_accept_meeting_date` (other dates a reader
    could defend) and `place_aliases` (other names of the same place); a place whose `city` is
    null says only the country is known."""
    if name == "kind":
        return _judge_kind(str(expected.get("kind")), got)
    if name == "outcome":
        if expected.get("kind") != "resolution" or got.kind != "resolution":
            return None, None
        return _judge_outcome(str(expected.get("outcome") or "unknown"), got)
    value: FieldValue | None = getattr(got, name)
    want = expected.get(name)
    if name == "meeting_date":
        also = expected.get("also_accept_meeting_date") or []
        if want is None and also and value is not None and _same_date(also, value):
            return "right", None  # null is the label, and this date one a reader could defend
        if want is not None:
            want = [want, *also]
    if name == "place" and want is not None:
        want = {**want, "aliases": expected.get("place_aliases") or []}
    matches = {
        "organisation": _same_organisation,
        "meeting_date": _same_date,
        "place": _same_place,
    }[name]
    return _judge(want, value, matches)


def _judge_kind(
    want: str, got: Extraction
) -> tuple[str, tuple[str, str, float | None, str] | None]:
    """Right, or wrong: confidently wrong at a kind confidence >= 0.8 (the kind is never
    null, so never unsure)."""
    if want == got.kind:
        return "right", None
    confidence = got.kind_confidence
    verdict = "confidently wrong" if confidence >= CONFIDENT else "wrong"
    return verdict, (want, got.kind, confidence, got.reason)


def _judge_outcome(want: str, got: Extraction) -> tuple[str, Any]:
    """Scored like the other fields: "unknown" is the null answer, a wrong outcome is
    confidently wrong only at confidence >= 0.8."""
    value = None
    if got.outcome != "unknown":
        value = FieldValue(got.outcome, got.outcome, got.outcome_confidence)
    verdict, miss = _judge(None if want == "unknown" else want, value, _same_outcome)
    if miss is not None:
        miss = (*miss[:3], got.reason)
    return verdict, miss


def _same_outcome(want: str, value: FieldValue) -> bool:
    return want == value.value


def _judge(want: Any, value: FieldValue | None, matches: Any) -> tuple[str, Any]:
    confidence = value.confidence if value is not None else None
    sure = value is not None and value.confidence >= UNSURE_BELOW
    shown = _shown(value)
    evidence = _evidence(value)
    if want is None:
        if not sure:
            return "right", None
        verdict = "confidently wrong" if confidence and confidence >= CONFIDENT else "wrong"
        return verdict, ("null", shown, confidence, evidence)
    if not sure:
        return "unsure", (_want(want), shown, confidence, evidence)
    if value is not None and matches(want, value):
        return "right", None
    verdict = "confidently wrong" if confidence and confidence >= CONFIDENT else "wrong"
    return verdict, (_want(want), shown, confidence, evidence)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("–", "-")
    return " ".join(text.casefold().split())


def _same_organisation(want: dict[str, Any], value: FieldValue) -> bool:
    """The labels' rule: case, spacing and apostrophe style aside, quotation marks and a
    leading "the" dropped."""
    names = [want.get("value") or "", *(want.get("accept") or [])]
    return _name_key(value.value) in {_name_key(n) for n in names if n}


def _name_key(name: str) -> str:
    folded = re.sub('["“”«»„]', "", _fold(name))
    return " ".join(re.sub(r"^the\s+", "", folded).split())


def _same_date(want: list[str], value: FieldValue) -> bool:
    return value.value.strip() in {w.strip() for w in want}


def _same_place(want: dict[str, Any], value: FieldValue) -> bool:
    """Same country, and the same city by its name, an alias the label lists, or a gazetteer
    entry of that name; a label with only a country is matched by a value with no city."""
    if not isinstance(value, PlaceValue) or value.country_code != want.get("country_code"):
        return False
    if want.get("city") is None:
        return value.city is None
    names = [want["city"], *want.get("aliases", [])]
    for name in names:
        if _fold(name) == _fold(value.city or ""):
            return True
        if any(
            c.name == value.city and c.country_code == value.country_code
            for c in cities_named(name)
        ):
            return True
    return False


def _shown(value: FieldValue | None) -> str:
    if value is None:
        return "null"
    if isinstance(value, PlaceValue):
        return f"{value.city}, {value.country_code}"
    return value.value


def _want(want: Any) -> str:
    if isinstance(want, list):
        return " or ".join(str(w) for w in want)
    if isinstance(want, dict):
        if "city" in want:
            return f"{want.get('city')}, {want.get('country_code')}"
        return str(want.get("value"))
    return str(want)


def _evidence(value: FieldValue | None) -> str:
    if value is None or value.evidence is None:
        return ""
    ev = value.evidence
    where = "subject" if ev.source == "subject" else f"doc {ev.document} [{ev.start}:{ev.end}]"
    return f"{ev.rule} @ {where}: {ev.text[:100]!r}"


def confidently_wrong(report: EvalReport) -> int:
    """Confidently wrong values over every field: the figure CI holds at zero."""
    return sum(score.confidently_wrong for score in report.scores.values())


def format_report(report: EvalReport) -> str:
    """The figures per field, then each miss with its evidence."""
    lines = [
        f"{report.messages} labelled messages in {report.folder}",
        "",
        f"{'field':<14}{'n':>5}{'right':>9}{'unsure':>9}{'wrong':>8}{'conf. wrong':>13}",
    ]
    for name, score in report.scores.items():
        lines.append(
            f"{name:<14}{score.total:>5}{score.share(score.right):>9.1%}"
            f"{score.share(score.unsure):>9.1%}{score.wrong:>8}"
            f"{score.confidently_wrong:>13}"
        )
    if report.misses:
        lines += ["", "misses:"]
    for miss in report.misses:
        conf = "" if miss.confidence is None else f" ({miss.confidence:.2f})"
        lines.append(
            f"  {miss.message} {miss.field} {miss.verdict}: expected {miss.expected!r},"
            f" got {miss.got!r}{conf}"
        )
        if miss.evidence:
            lines.append(f"      {miss.evidence}")
    return "\n".join(lines)
