"""A fixed set of approved resolutions, as the publisher sees them: the golden files' input."""

from __future__ import annotations

from datetime import UTC, datetime

from publisher.records import Amendment, PublicResolution
from publisher.site import SiteConfig
from tests.mail import MODEL

NOW = datetime(2024, 4, 2, 9, 30, tzinfo=UTC)
CONFIG = SiteConfig(
    base_url="https://campaign.example.org/resolutions/",
    site_title="Resolutions: Free Julian Assange and Chelsea Manning",
    campaign_title="Free Julian Assange and Chelsea Manning",
    hashtags=("#FreeAssange", "#FreeChelseaManning"),
    entry_id_prefix="tag:campaign.example.org,2024:resolution/",
)


def _model(organisation: str, trailing: str) -> str:
    return MODEL.replace("[name of organisation / group]", organisation).replace(
        "[Date, and place where meeting was held]", trailing
    )


def record(id: int, **changes: object) -> PublicResolution:
    base = RECORDS[id - 1]
    return PublicResolution(**{**base.as_dict(), "amendments": base.amendments, **changes})  # type: ignore[arg-type]


RECORDS = (
    PublicResolution(
        id=1,
        campaign="free-assange-manning",
        organisation="Unite North West 522 Branch",
        meeting_date="2024-03-14",
        place="Manchester",
        city="Manchester",
        country_code="GB",
        latitude=53.48,
        longitude=-2.24,
        outcome="passed",
        text=_model("Unite North West 522 Branch", "Passed on 14 March 2024 in Manchester"),
        approved_at="2024-03-16T10:00:00+00:00",
        country="United Kingdom",
        organisation_type="trade union",
        updated_at="2024-03-16T10:00:00+00:00",
        published_at="2024-03-17T08:00:00+00:00",
    ),
    PublicResolution(
        id=2,
        campaign="free-assange-manning",
        organisation="NEU Lambeth District",
        meeting_date="2024-03-05",
        place="Lambeth, London",
        city="London",
        country_code="GB",
        latitude=51.50,
        longitude=-0.12,
        outcome="passed",
        text=_model("NEU Lambeth District", "Passed on 5 March 2024 in Lambeth")
        + "\n\nWe also send greetings to striking teachers.",
        approved_at="2024-03-20T12:00:00+00:00",
        country="United Kingdom",
        organisation_type="trade union",
        updated_at="2024-03-20T12:00:00+00:00",
        amendments=(
            Amendment("added", "", "We also send greetings to striking teachers."),
            Amendment("removed", "courageous whistle-blower", ""),
        ),
    ),
    PublicResolution(
        id=3,
        campaign="free-assange-manning",
        organisation="Students for Press Freedom, Humboldt-Universität zu Berlin",
        meeting_date="2024-02-27/2024-02-28",
        place="Berlin",
        city="Berlin",
        country_code="DE",
        latitude=52.52,
        longitude=13.40,
        outcome="passed",
        text="Die Versammlung verurteilt die Inhaftierung von Julian Assange.",
        approved_at="2024-03-01T09:00:00+00:00",
        country="Germany",
        organisation_type="student",
        updated_at="2024-03-01T09:00:00+00:00",
    ),
    PublicResolution(
        id=4,
        campaign="free-assange-manning",
        organisation=None,
        meeting_date=None,
        place=None,
        city=None,
        country_code=None,
        latitude=None,
        longitude=None,
        outcome="passed",
        text="A meeting that gave no name passed the resolution. See https://example.org/x?a=1&b=2.",
        approved_at="2024-03-30T18:00:00+00:00",
        updated_at="2024-03-30T18:00:00+00:00",
    ),
)
