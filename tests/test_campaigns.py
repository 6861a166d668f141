"""Campaigns are configuration: several at once, each message matched to its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake.errors import ConfigError
from intake.extracting import extract_paths
from intake.settings import Settings, load_campaigns, load_settings
from parsers.campaign import parse_campaign
from tests.mail import message, resolution_message

HOSPITAL = """
name = "save-the-hospital"
title = "Save the General Hospital"
languages = ["en"]
model = \"\"\"
This meeting of [name of organisation] opposes the closure of the General Hospital's accident
and emergency department. We call on the health board to reverse its decision at once.

We resolve to join the march on [date of march] and to invite our members to take part.

[Date, and place where meeting was held]
\"\"\"
"""


def test_builtin_campaign_is_the_published_model() -> None:
    (campaign,) = load_campaigns(Settings())
    assert campaign.name == "free-assange-manning"
    assert campaign.slots == (
        "name of organisation / group",
        "eg: our fellow rail workers/bus drivers",
        "Date, and place where meeting was held",
    )
    assert campaign.paragraphs[0].startswith("This meeting of [name of organisation / group]")


def test_each_message_is_matched_to_its_campaign(tmp_path: Path) -> None:
    (tmp_path / "hospital.toml").write_text(HOSPITAL)
    config = tmp_path / "intake.toml"
    config.write_text('campaigns = ["builtin:assange-manning", "hospital.toml"]\n')
    settings = load_settings(config, environ={})
    hospital_text = (
        "This meeting of Riverside Tenants Association opposes the closure of the General "
        "Hospital's accident and emergency department. We call on the health board to reverse "
        "its decision at once.\n\nWe resolve to join the march on 3 May and to invite our "
        "members to take part.\n\nPassed on 2 April 2024 in Leeds"
    )
    (tmp_path / "a.eml").write_bytes(resolution_message())
    (tmp_path / "b.eml").write_bytes(message(hospital_text))
    results = {Path(r["source"]).name: r for r in extract_paths(settings, (tmp_path,))}
    assert results["a.eml"]["campaign"] == "free-assange-manning"
    assert results["b.eml"]["campaign"] == "save-the-hospital"
    assert results["b.eml"]["organisation"]["value"] == "Riverside Tenants Association"
    only = list(
        extract_paths(settings, (tmp_path / "b.eml",), campaign_name="free-assange-manning")
    )
    assert only[0]["kind"] == "other"


def test_plain_text_campaign_file(tmp_path: Path) -> None:
    campaign = parse_campaign(
        "This meeting of [org] supports the strike.\n\n[Date]", default_name="s"
    )
    assert (campaign.name, campaign.slots) == ("s", ("org", "Date"))


def test_missing_campaign_file_is_a_config_error(tmp_path: Path) -> None:
    settings = Settings(campaigns=("nope.toml",), config_path=tmp_path / "intake.toml")
    with pytest.raises(ConfigError, match="campaign file .*nope.toml cannot be read"):
        load_campaigns(settings)
