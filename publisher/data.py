"""The data outputs: resolutions.json (versioned schema), resolutions.csv, resolutions.geojson."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence
from typing import Any

from publisher.clean import csv_cell
from publisher.records import PublicResolution

SCHEMA_VERSION = 2  # docs/publishing.md; bump on any change that is not a new optional key
CSV_COLUMNS = (
    "id",
    "url",
    "organisation",
    "organisation_type",
    "meeting_date",
    "place",
    "city",
    "country_code",
    "country",
    "latitude",
    "longitude",
    "outcome",
    "approved_at",
    "published_at",
    "updated_at",
    "text",
)


def record_json(record: PublicResolution, url: str) -> dict[str, Any]:
    """One resolution in the shape of schema version 2."""
    data = record.as_dict()
    data["url"] = url
    data["title"] = record.plain_title
    data["amendments"] = [dict(a) for a in data["amendments"]]
    return data


def resolutions_json(
    records: Sequence[PublicResolution],
    urls: Mapping[int, str],
    withdrawn: Mapping[int, str],
    generated_at: str,
) -> str:
    document = {
        "schema_version": SCHEMA_VERSION,
        "generated_at": generated_at,
        "count": len(records),
        "resolutions": [record_json(r, urls[r.id]) for r in records],
        "withdrawn": [{"id": i, "withdrawn_at": at} for i, at in sorted(withdrawn.items())],
    }
    return json_document(document)


def json_document(document: Mapping[str, Any]) -> str:
    """The document with one list item per line: readable, diffable, and written by the C
    encoder (an indented dump goes through the pure-Python one, ten times slower)."""
    parts = []
    for key, value in document.items():
        if isinstance(value, list) and value:
            items = ",\n".join(f"  {_compact(item)}" for item in value)
            parts.append(f"{_compact(key)}: [\n{items}\n]")
        else:
            parts.append(f"{_compact(key)}: {_compact(value)}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def resolutions_csv(records: Sequence[PublicResolution], urls: Mapping[int, str]) -> str:
    """CSV for spreadsheets; a cell that a spreadsheet would run as a formula is quoted with '."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for record in records:
        row = record.as_dict() | {"url": urls[record.id]}
        writer.writerow([csv_cell(row[column]) for column in CSV_COLUMNS])
    return buffer.getvalue()


def resolutions_geojson(records: Sequence[PublicResolution], urls: Mapping[int, str]) -> str:
    """Meeting places as GeoJSON points (RFC 7946: longitude first)."""
    features = [
        {
            "type": "Feature",
            "id": record.id,
            "geometry": {"type": "Point", "coordinates": [record.longitude, record.latitude]},
            "properties": {
                "title": record.plain_title,
                "organisation": record.organisation,
                "place": record.place,
                "country_code": record.country_code,
                "meeting_date": record.meeting_date,
                "url": urls[record.id],
            },
        }
        for record in records
        if record.latitude is not None and record.longitude is not None
    ]
    return json_document({"type": "FeatureCollection", "features": features})
