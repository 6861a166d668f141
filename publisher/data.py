"""The data outputs: resolutions.json (versioned schema), resolutions.csv, resolutions.geojson."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence
from typing import Any

from publisher.clean import csv_cell
from publisher.fragments import checked
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
    kept: Mapping[int, bytes] | None = None,
) -> bytes:
    """The JSON document; a record with a piece in `kept` (publisher.fragments) takes it."""
    pieces = checked(kept or {}, records, _id, lambda r: encoded(record_json(r, urls[r.id])))
    document = {
        "schema_version": SCHEMA_VERSION,
        "generated_at": generated_at,
        "count": len(records),
        "resolutions": [pieces.get(r.id) or record_json(r, urls[r.id]) for r in records],
        "withdrawn": [{"id": i, "withdrawn_at": at} for i, at in sorted(withdrawn.items())],
    }
    return json_document(document)


def json_document(document: Mapping[str, Any]) -> bytes:
    """The document with one list item per line: readable, diffable, and written by the C
    encoder (an indented dump goes through the pure-Python one, ten times slower). A list item
    given as bytes is one encoded before, put in as it is."""
    parts = []
    for key, value in document.items():
        if isinstance(value, list) and value:
            items = b",\n".join(b"  " + encoded(item) for item in value)
            parts.append(b"%s: [\n%s\n]" % (encoded(key), items))
        else:
            parts.append(b"%s: %s" % (encoded(key), encoded(value)))
    return b"{\n" + b",\n".join(parts) + b"\n}\n"


def encoded(value: Any) -> bytes:
    """One value as compact JSON in UTF-8 (bytes: encoded already)."""
    if isinstance(value, bytes):
        return value
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def _id(record: PublicResolution) -> int:
    return record.id


def resolutions_csv(
    records: Sequence[PublicResolution],
    urls: Mapping[int, str],
    kept: Mapping[int, bytes] | None = None,
) -> bytes:
    """CSV for spreadsheets; a cell that a spreadsheet would run as a formula is quoted with '.

    A record with a row in `kept` (publisher.fragments, without its CRLF) takes it."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    pieces = checked(kept or {}, records, _id, lambda r: _csv_line(r, urls[r.id])[:-2])
    writer.writerow(CSV_COLUMNS)
    out = []
    for record in records:
        piece = pieces.get(record.id)
        if piece is None:
            writer.writerow(_csv_row(record, urls[record.id]))
            continue
        out += [buffer.getvalue().encode("utf-8"), piece, b"\r\n"]
        buffer.seek(0)
        buffer.truncate()
    out.append(buffer.getvalue().encode("utf-8"))
    return b"".join(out)


def csv_header() -> bytes:
    """The first row of resolutions.csv, without its CRLF."""
    return ",".join(CSV_COLUMNS).encode("utf-8")


def _csv_line(record: PublicResolution, url: str) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow(_csv_row(record, url))
    return buffer.getvalue().encode("utf-8")


def _csv_row(record: PublicResolution, url: str) -> list[str]:
    return [csv_cell(url if column == "url" else getattr(record, column)) for column in CSV_COLUMNS]


def resolutions_geojson(
    records: Sequence[PublicResolution],
    urls: Mapping[int, str],
    kept: Mapping[int, bytes] | None = None,
) -> bytes:
    """Meeting places as GeoJSON points (RFC 7946: longitude first); a record with a feature
    in `kept` (publisher.fragments) takes it."""
    placed = [r for r in records if r.latitude is not None and r.longitude is not None]
    pieces = checked(kept or {}, placed, _id, lambda r: encoded(_feature(r, urls[r.id])))
    features = [pieces.get(r.id) or _feature(r, urls[r.id]) for r in placed]
    return json_document({"type": "FeatureCollection", "features": features})


def _feature(record: PublicResolution, url: str) -> dict[str, Any]:
    return {
        "type": "Feature",
        "id": record.id,
        "geometry": {"type": "Point", "coordinates": [record.longitude, record.latitude]},
        "properties": {
            "title": record.plain_title,
            "organisation": record.organisation,
            "place": record.place,
            "country_code": record.country_code,
            "meeting_date": record.meeting_date,
            "url": url,
        },
    }
