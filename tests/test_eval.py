"""The evaluation runner on a small labelled folder made from the sample inbox."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from intake.evaluate import evaluate, format_report
from parsers.campaign import parse_campaign
from parsers.extract import ExtractConfig

ROOT = Path(__file__).parents[1]
SAMPLE = ROOT / "fixtures" / "sample-inbox"
LABELS = json.loads((ROOT / "fixtures" / "sample-inbox.expected.json").read_text("utf-8"))
CONFIG = ExtractConfig(
    campaigns=(
        parse_campaign((ROOT / "intake" / "campaigns" / "assange-manning.toml").read_text("utf-8")),
    )
)


def _label(name: str) -> dict[str, object]:
    label = dict(LABELS[name])
    label.pop("description", None)
    return label


def _folder(
    tmp_path: Path, names: dict[str, str], edit: dict[str, dict[str, object]] | None = None
) -> Path:
    for stem, name in names.items():
        source = next(SAMPLE.glob(f"*/{name}"))
        shutil.copy(source, tmp_path / f"{stem}.eml")
        label = _label(name) | (edit or {}).get(stem, {})
        (tmp_path / f"{stem}.json").write_text(json.dumps(label), "utf-8")
    return tmp_path


MESSAGES = {
    "001-filled-model": "1710493967.M208153P3311.sample:2,S",
    "002-german": "1713204336.M127745P3311.sample",
    "003-auto-reply": "1710756006.M847120P3311.sample:2,S",
}


def test_right_answers_score_right(tmp_path: Path) -> None:
    report = evaluate(_folder(tmp_path, MESSAGES), CONFIG)
    assert report.messages == 3
    for name in ("kind", "organisation", "meeting_date", "place"):
        assert report.scores[name].right == 3, format_report(report)
    assert report.scores["outcome"].total == 2  # scored on resolutions only


def test_a_wrong_label_is_a_confidently_wrong_miss_with_evidence(tmp_path: Path) -> None:
    folder = _folder(tmp_path, MESSAGES, {"001-filled-model": {"meeting_date": "2024-03-13"}})
    report = evaluate(folder, CONFIG)
    assert report.scores["meeting_date"].confidently_wrong == 1
    text = format_report(report)
    assert "001-filled-model meeting_date confidently wrong" in text
    assert "slot-line" in text


@pytest.mark.parametrize(
    ("label", "verdict"),
    [
        pytest.param({"organisation": None}, "confidently wrong", id="expected-null-got-sure"),
        pytest.param(
            {"organisation": {"value": "unite north  west 522 branch", "accept": []}},
            "right",
            id="case-and-space-insensitive",
        ),
        pytest.param(
            {"place": {"city": "Salford", "country_code": "GB"}},
            "confidently wrong",
            id="other-city",
        ),
    ],
)
def test_scoring_rules(tmp_path: Path, label: dict[str, object], verdict: str) -> None:
    folder = _folder(
        tmp_path, {"001-filled-model": MESSAGES["001-filled-model"]}, {"001-filled-model": label}
    )
    report = evaluate(folder, CONFIG)
    field = next(iter(label))
    score = report.scores[field]
    got = "right" if score.right else ("confidently wrong" if score.confidently_wrong else "other")
    assert got == verdict


def test_also_accepted_dates_and_place_aliases_score_right(tmp_path: Path) -> None:
    edit: dict[str, dict[str, object]] = {
        "001-filled-model": {
            "meeting_date": "2024-03-13",
            "also_accept_meeting_date": ["2024-03-14"],
            "place": {"city": "Salford", "country_code": "GB"},
            "place_aliases": ["Manchester"],
        }
    }
    report = evaluate(_folder(tmp_path, MESSAGES, edit), CONFIG)
    assert report.scores["meeting_date"].right == 3, format_report(report)
    assert report.scores["place"].right == 3, format_report(report)


def test_a_country_only_label_wants_no_city(tmp_path: Path) -> None:
    edit: dict[str, dict[str, object]] = {
        "001-filled-model": {"place": {"city": None, "country_code": "GB"}}
    }
    report = evaluate(_folder(tmp_path, MESSAGES, edit), CONFIG)
    assert report.scores["place"].right == 2, format_report(report)
    assert report.scores["place"].confidently_wrong == 1


@pytest.mark.parametrize(("limit", "code"), [(0, 1), (1, 0)])
def test_max_confidently_wrong_sets_the_exit_code(tmp_path: Path, limit: int, code: int) -> None:
    from click.testing import CliRunner

    from intake.cli import cli

    folder = _folder(tmp_path, MESSAGES, {"001-filled-model": {"meeting_date": "2024-03-13"}})
    result = CliRunner().invoke(
        cli, ["eval", str(folder), "--max-confidently-wrong", str(limit)], catch_exceptions=False
    )
    assert result.exit_code == code, result.output
    assert "1 confidently wrong values" in result.output if code else True


def test_a_null_date_label_still_accepts_the_dates_it_lists(tmp_path: Path) -> None:
    edit: dict[str, dict[str, object]] = {
        "001-filled-model": {"meeting_date": None, "also_accept_meeting_date": ["2024-03-14"]}
    }
    report = evaluate(_folder(tmp_path, MESSAGES, edit), CONFIG)
    assert report.scores["meeting_date"].right == 3, format_report(report)
