"""`intake publish` against the store: what goes out, what is marked, what is withdrawn."""

from __future__ import annotations

import json
import mailbox
from pathlib import Path

from sqlalchemy import select

from intake.cli.status import format_status
from intake.pipeline.poll import run_poll
from intake.publishing import run_publish
from intake.queue import actions, listing
from intake.settings import Settings
from intake.sources.local import MaildirSource
from intake.status import collect_status
from intake.store.models import Acknowledgement, AuditEntry, Resolution
from tests.mail import filled_model, message, resolution_message

PUBLISH = {"publish": {"base_url": "https://campaign.example.org/r/"}}


def _inbox(db, tmp_path: Path, *bodies: bytes) -> list[int]:  # type: ignore[no-untyped-def]
    box = mailbox.Maildir(tmp_path / "inbox", create=True)
    for body in bodies:
        box.add(body)
    box.close()
    run_poll(db, Settings(), MaildirSource(tmp_path / "inbox"))
    with db.transaction() as session:
        return sorted(r.id for r in listing.list_items(session))


def test_publish_marks_records_and_is_idempotent(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ids = _inbox(db, tmp_path, resolution_message(), resolution_message("NEU Lambeth District"))
    with db.transaction() as session:
        actions.approve(session, [ids[0]], editor="ana")
    settings = Settings(extra=PUBLISH)
    out = tmp_path / "public"
    dry = run_publish(db, settings, out, actor="cron", dry_run=True)
    assert dry.report.plan.added == (ids[0],) and not out.exists()
    first = run_publish(db, settings, out, actor="cron")
    assert first.newly_published == (ids[0],)
    assert first.lines()[0].endswith("1 new, 0 updated, 0 withdrawn, 0 unchanged")
    with db.transaction() as session:
        item = session.get(Resolution, ids[0])
        assert item.status == "published" and item.published_at is not None
        acks = session.scalars(select(Acknowledgement.kind).order_by(Acknowledgement.kind))
        assert list(acks) == ["published", "received", "received"]
    second = run_publish(db, settings, out, actor="cron")
    assert not second.report.plan.changed and second.report.rendered == 0
    with db.transaction() as session:
        status = collect_status(session)
    assert status["last_publish"]["count"] == 1
    assert "last publish:" in format_status(status) and "0 new" in format_status(status)


def test_rejecting_after_publication_withdraws_at_the_next_publish(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ids = _inbox(db, tmp_path, resolution_message())
    with db.transaction() as session:
        actions.approve(session, ids, editor="ana")
    out = tmp_path / "public"
    settings = Settings(extra=PUBLISH)
    run_publish(db, settings, out, actor="cron")
    assert (out / "resolutions" / f"{ids[0]}.html").exists()
    with db.transaction() as session:
        actions.reject(session, ids, reason="not-passed", editor="ana")
    outcome = run_publish(db, settings, out, actor="cron")
    assert outcome.report.plan.withdrawn == (ids[0],)
    assert not (out / "resolutions" / f"{ids[0]}.html").exists()
    assert json.loads((out / "resolutions.json").read_text())["count"] == 0
    assert "deleted-entry" in (out / "feed.atom").read_text()
    with db.transaction() as session:
        logged = session.scalars(
            select(AuditEntry.action).where(AuditEntry.resolution_id == ids[0])
        )
        assert "withdrawn" in list(logged)


def test_personal_data_never_leaves(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    body = filled_model("NEU Lambeth District", "Passed on 5 March 2024 in Lambeth") + (
        "\nContact our secretary on +44 7700 900123 or sec@neu-lambeth.example.org"
        "\n\nIn solidarity,\nSam Secret\nBranch Secretary\n07700 900456\n"
    )
    ids = _inbox(db, tmp_path, message(body, sender="Sam Secret <sam.secret@example.org>"))
    with db.transaction() as session:
        actions.approve(session, ids, editor="ana")
    out = tmp_path / "public"
    run_publish(db, Settings(extra=PUBLISH), out, actor="cron")
    everything = (
        "".join(p.read_text() for p in out.rglob("*") if p.is_file() and p.suffix != ".json")
        + (out / "resolutions.json").read_text()
    )
    for secret in ("sam.secret", "Sam Secret", "900123", "900456", "sec@neu", "@example.org"):
        assert secret not in everything, secret
    assert "NEU Lambeth District" in everything


def test_a_line_marked_public_is_published(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ids = _inbox(db, tmp_path, resolution_message("Leeds Trades Council"))
    public = "Press enquiries: press@leedstc.example.org"
    with db.transaction() as session:
        item = session.get(Resolution, ids[0])
        item.text += f"\n\n{public}\nOr call the secretary on 0113 496 0000"
        item.public_lines = [public]
        actions.approve(session, ids, editor="ana")
    out = tmp_path / "public"
    run_publish(db, Settings(extra=PUBLISH), out, actor="cron")
    page = (out / "resolutions" / f"{ids[0]}.html").read_text()
    assert "press@leedstc.example.org" in page
    assert "0113 496 0000" not in page and "call the secretary on [removed]" in page


def test_a_control_character_in_an_approved_item_does_not_stop_publishing(
    db, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    ids = _inbox(db, tmp_path, resolution_message(), resolution_message("NEU Lambeth District"))
    with db.transaction() as session:
        actions.approve(session, ids, editor="ana")
        item = session.get(Resolution, ids[0])
        item.text = item.text + "\nCarried \x1b[31m\x01\x0b unanimously."
        item.organisation = "Unite\x1b Branch"
    outcome = run_publish(db, Settings(extra=PUBLISH), tmp_path / "public", actor="cron")
    assert sorted(outcome.newly_published) == ids and not outcome.report.failures
    feed = (tmp_path / "public" / "feed.atom").read_text()
    assert "Carried [31m unanimously." in feed and "\x1b" not in feed


def test_an_edit_after_publishing_is_read_again_and_the_rest_reused(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ids = _inbox(db, tmp_path, resolution_message(), resolution_message("NEU Lambeth District"))
    with db.transaction() as session:
        actions.approve(session, ids, editor="ana")
    settings, out = Settings(extra=PUBLISH), tmp_path / "public"
    run_publish(db, settings, out, actor="cron")
    again = run_publish(db, settings, out, actor="cron")
    assert not again.report.plan.changed and again.read == 0  # every record from the build
    with db.transaction() as session:  # any change to the row moves its version on
        item = session.get(Resolution, ids[0])
        item.organisation = "Unite Leeds Branch"
        item.text = item.text.replace("This meeting", "This branch meeting", 1)
    edited = run_publish(db, settings, out, actor="cron")
    assert edited.read == 1 and edited.report.plan.updated == (ids[0],)
    page = (out / "resolutions" / f"{ids[0]}.html").read_text()
    assert "Unite Leeds Branch" in page and "This branch meeting" in page
    data = json.loads((out / "resolutions.json").read_text())
    assert sorted(r["id"] for r in data["resolutions"]) == ids
