"""Exports: approved items only, personal data never leaves."""

from __future__ import annotations

import json
import mailbox
from pathlib import Path

from intake.exporting import run_export
from intake.pipeline.poll import run_poll
from intake.queue import actions, listing
from intake.settings import Settings
from intake.sources.local import MaildirSource
from publisher.scrub import scrub_personal_data
from tests.mail import filled_model, message


def test_only_approved_items_are_exported_without_personal_data(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    box = mailbox.Maildir(tmp_path / "inbox", create=True)
    leaky = filled_model("NEU Lambeth District", "Passed on 5 March 2024 in Lambeth") + (
        "\nContact our secretary on +44 7700 900123 or sec@neu-lambeth.example.org"
    )
    box.add(message(leaky, sender="Sam Secret <sam.secret@example.org>"))
    box.add(
        message(
            filled_model("Unite North West 522 Branch", "Passed on 14 March 2024 in Manchester")
        )
    )
    box.close()
    run_poll(db, Settings(), MaildirSource(tmp_path / "inbox"))
    with db.transaction() as session:
        rows = listing.list_items(session)
        # Items are numbered as their extraction finishes, in whichever order the workers end.
        ids = [r.id for r in rows if r.organisation == "NEU Lambeth District"]
        assert len(rows) == 2 and len(ids) == 1
        actions.approve(session, ids, editor="ana")
    out = tmp_path / "public"
    with db.transaction() as session:
        run_export(session, out, ["json", "markdown"], actor="ana")
    data = json.loads((out / "resolutions.json").read_text())
    assert [r["id"] for r in data["resolutions"]] == [ids[0]]
    everything = "".join(p.read_text() for p in out.rglob("*") if p.is_file())
    for secret in ("sam.secret", "Sam Secret", "900123", "sec@neu-lambeth", "@example.org"):
        assert secret not in everything
    assert "NEU Lambeth District" in everything
    assert (out / "resolutions" / f"{ids[0]}.md").read_text().startswith("---\nid: ")


def test_export_replaces_the_folder_whole(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "public"
    with db.transaction() as session:
        run_export(session, out, ["json", "markdown"], actor="ana")
        run_export(session, out, ["json"], actor="ana")
    assert sorted(p.name for p in out.iterdir()) == [
        ".intake-build",
        ".manifest.json",
        "resolutions.json",
        "resolutions.schema.json",
    ]


def test_scrubbing_keeps_dates_and_removes_contacts() -> None:
    text = "Passed 14/03/2024. Call 020 7946 0958 or +44 (0)7700 900123, mail a.b@example.net"
    assert scrub_personal_data(text) == (
        "Passed 14/03/2024. Call [removed] or [removed], mail [removed]"
    )
