"""The review desk's core on SQLite and PostgreSQL: filters, duplicates, evidence, actions,
undo, merge, aliases, and the rule that one editor never overwrites another's change."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from intake.errors import ConflictError, NotFoundError, ValidationError
from intake.queue import actions, detail, listing
from intake.queue.actions import change, record_alias
from intake.queue.attachments import write_document
from intake.queue.filters import QueueFilter
from intake.queue.listing import count_matching
from intake.store.models import OrganisationAlias, Resolution
from tests.mail import MODEL
from tests.review_queue import build_queue


@pytest.fixture
def queued(db, tmp_path: Path):  # type: ignore[no-untyped-def]
    return db, build_queue(db, tmp_path / "inbox")


def _ids(db, **filters) -> list[int]:  # type: ignore[no-untyped-def]
    sort = filters.pop("sort", "oldest")
    with db.transaction() as session:
        return [r.id for r in listing.list_items(session, wanted=QueueFilter(**filters), sort=sort)]


def test_filters(queued) -> None:  # type: ignore[no-untyped-def]
    db, ids = queued
    assert _ids(db, status="pending") == [ids["jo"], ids["sam"], ids["al"], ids["kim"], ids["lee"]]
    assert _ids(db, organisation="unite") == [ids["jo"], ids["sam"]]
    assert _ids(db, country="gb") == [ids["jo"], ids["sam"], ids["al"], ids["kim"]]
    assert _ids(db, met_from=date(2024, 2, 3), met_to=date(2024, 2, 5)) == [ids["kim"]]
    assert _ids(db, text="sheffield") == [ids["al"]]
    assert _ids(db, text="KIM@example") == [ids["kim"]]
    assert _ids(db, below=0.5) == [ids["lee"]]  # no date found: the weakest is 0
    assert _ids(db, status="approved") == []
    assert _ids(db, sort="unsure")[:2] == [ids["lee"], ids["kim"]]


def test_pages_and_counts(queued) -> None:  # type: ignore[no-untyped-def]
    db, ids = queued
    with db.transaction() as session:
        second = listing.list_items(session, wanted=QueueFilter(), sort="oldest", limit=2, page=2)
        assert [r.id for r in second] == [ids["al"], ids["kim"]]
        assert count_matching(session, QueueFilter(organisation="unite")) == 2


def test_same_meeting_from_another_person_is_flagged(queued) -> None:  # type: ignore[no-untyped-def]
    db, ids = queued
    with db.transaction() as session:
        rows = {r.id: r for r in listing.list_items(session)}
        shown = detail.show_item(session, ids["sam"])
    assert rows[ids["jo"]].duplicates == [ids["sam"]]
    assert rows[ids["al"]].duplicates == []
    assert shown.duplicates == [
        {
            "id": ids["jo"],
            "status": "pending",
            "why": "same organisation and meeting",
            "other_sender": True,
        }
    ]


def test_show_gives_evidence_diff_documents_and_sender(queued) -> None:  # type: ignore[no-untyped-def]
    db, ids = queued
    with db.transaction() as session:
        shown = detail.show_item(session, ids["al"], model=MODEL)
    organisation = shown.organisation
    assert organisation["value"] == "Sheffield Trades Union Council"
    assert organisation["evidence"]["match"] == "Sheffield Trades Union Council"
    assert organisation["evidence"]["before"].endswith("This meeting of ")
    assert "2 February 2024" in shown.meeting_date["evidence"]["match"]
    assert {"op": "+", "text": "Sheffield Trades Union Council"} in shown.diff
    assert {"op": "-", "text": "[name of organisation / group]"} in shown.diff
    assert shown.message.sender == "Al <al@example.org>"
    assert shown.documents[0]["type"] == "body-text"
    assert shown.version == 1


def test_edit_normalises_audits_and_raises_confidence(queued) -> None:  # type: ignore[no-untyped-def]
    db, ids = queued
    with db.transaction() as session:
        actions.edit(
            session,
            ids["lee"],
            {"meeting_date": "3 April 2024", "place": "Newcastle upon Tyne"},
            editor="ana",
        )
    with db.transaction() as session:
        item = actions.get_item(session, ids["lee"])
        assert (item.meeting_date, item.place, item.country_code) == (
            "2024-04-03",
            "Newcastle upon Tyne, United Kingdom",
            "GB",
        )
        assert item.meeting_date_confidence == 1.0 and item.version == 2
        entry = detail.history(session, ids["lee"])[-1]
        assert (entry["actor"], entry["action"]) == ("ana", "edit")
        assert entry["details"]["before"]["meeting_date"] is None
        assert detail.show_item(session, ids["lee"]).meeting_date["edited"] is True


def test_a_refused_edit_changes_nothing(queued) -> None:  # type: ignore[no-untyped-def]
    db, ids = queued
    with pytest.raises(ValidationError, match="not a date of the calendar"), db.transaction() as s:
        actions.edit(
            s,
            ids["al"],
            {"organisation": "Sheffield TUC", "meeting_date": "31/02/2020"},
            editor="ana",
        )
    with db.transaction() as session:
        item = actions.get_item(session, ids["al"])
        assert (item.organisation, item.version) == ("Sheffield Trades Union Council", 1)


def test_another_editors_change_is_never_overwritten(queued) -> None:  # type: ignore[no-untyped-def]
    db, ids = queued
    with db.transaction() as session:
        seen = detail.show_item(session, ids["al"]).version
    with db.transaction() as session:  # ben, in another terminal, edits first
        actions.edit(session, ids["al"], {"organisation": "Sheffield TUC"}, editor="ben")
    with pytest.raises(ConflictError) as err, db.transaction() as session:
        actions.approve(session, [ids["al"]], editor="ana", expected_version=seen)
    message = str(err.value)
    assert message.startswith(f"item {ids['al']} was changed by ben since you saw it (ben at ")
    assert message.endswith(": edit organisation → Sheffield TUC): nothing done, look at it again")
    with db.transaction() as session:
        item = actions.get_item(session, ids["al"])
        assert (item.status, item.organisation) == ("pending", "Sheffield TUC")


def test_two_sessions_racing_on_one_row(queued) -> None:  # type: ignore[no-untyped-def]
    """Both read version 1; the second writer is refused at flush by the version counter."""
    db, ids = queued
    first, second = db.sessions(), db.sessions()
    try:
        mine = first.get(Resolution, ids["kim"])
        theirs = second.get(Resolution, ids["kim"])
        assert mine.version == theirs.version == 1
        theirs.status, theirs.updated_by = "approved", "ben"
        second.commit()
        with pytest.raises(ConflictError, match="changed by someone else at the same moment"):
            change(first, mine, "ana", "reject", status="rejected")
    finally:
        first.rollback()
        first.close()
        second.close()
    with db.transaction() as session:
        assert actions.get_item(session, ids["kim"]).status == "approved"


def test_reject_reopen_undo(queued) -> None:  # type: ignore[no-untyped-def]
    db, ids = queued
    with db.transaction() as session:
        actions.reject(session, [ids["kim"]], reason="not-passed", note="a draft", editor="ana")
    with db.transaction() as session:
        actions.reopen(session, ids["kim"], editor="ana")
    with db.transaction() as session:
        assert actions.undo(session, ids["kim"], editor="ana", expected_version=3) == "reopen"
    with db.transaction() as session:
        item = actions.get_item(session, ids["kim"])
        assert (item.status, item.reject_reason, item.reject_note) == (
            "rejected",
            "not-passed",
            "a draft",
        )
    with pytest.raises(ValidationError, match="nothing of yours to undo"), db.transaction() as s:
        actions.undo(s, ids["kim"], editor="ben", expected_version=None)


def test_merge_keeps_both_messages_as_provenance(queued) -> None:  # type: ignore[no-untyped-def]
    db, ids = queued
    with db.transaction() as session:
        actions.merge(session, ids["sam"], into=ids["jo"], editor="ana")
    with db.transaction() as session:
        kept = detail.show_item(session, ids["jo"])
        assert (
            kept.merged_from
            == [{"id": ids["sam"], "message": ids["sam"], "sender": "Sam <sam@example.org>"}]
            or kept.merged_from[0]["id"] == ids["sam"]
        )
        assert kept.duplicates == []
        assert actions.get_item(session, ids["sam"]).status == "merged"
    with pytest.raises(ValidationError, match="is itself merged into"), db.transaction() as s:
        actions.merge(s, ids["al"], into=ids["sam"], editor="ana")


def test_an_alias_is_recorded_in_the_registry(queued) -> None:  # type: ignore[no-untyped-def]
    db, ids = queued
    with db.transaction() as session:
        item = actions.edit(
            session, ids["jo"], {"organisation": "Unite the Union NW/522"}, editor="ana"
        )
        said = record_alias(session, item, "Unite North West 522 Branch", editor="ana")
    assert said == "recorded 'Unite North West 522 Branch' as an alias of 'Unite the Union NW/522'"
    with db.transaction() as session:
        alias = session.scalar(select(OrganisationAlias))
        assert (alias.alias, alias.organisation.name) == (
            "Unite North West 522 Branch",
            "Unite the Union NW/522",
        )


def test_bad_input_is_refused_whole(queued) -> None:  # type: ignore[no-untyped-def]
    db, ids = queued
    with pytest.raises(NotFoundError, match="no review item 999"), db.transaction() as s:
        actions.approve(s, [ids["jo"], 999], editor="ana")
    with pytest.raises(ValidationError, match="unknown reason 'boring'"), db.transaction() as s:
        actions.reject(s, [ids["jo"]], reason="boring", editor="ana")
    with pytest.raises(ValidationError, match="unknown status 'done'"), db.transaction() as s:
        listing.list_items(s, status="done")
    assert _ids(db, status="pending") == sorted(ids.values())


def test_open_writes_the_document_to_a_temp_file(queued) -> None:  # type: ignore[no-untyped-def]
    db, ids = queued
    with db.transaction() as session:
        path = write_document(session, ids["al"])
        assert path.name == "body.txt" and "Sheffield" in path.read_text()
        with pytest.raises(NotFoundError, match="has no document '7': it has 1. body"):
            write_document(session, ids["al"], "7")


def test_an_edit_keeps_what_was_typed_and_says_what_changed(queued) -> None:  # type: ignore[no-untyped-def]
    from intake.cli.render import history_lines

    db, ids = queued
    with db.transaction() as session:
        extracted = actions.get_item(session, ids["al"]).place_as_written
        actions.edit(session, ids["al"], {"place": "leeds"}, editor="ana")
    with db.transaction() as session:
        item = actions.get_item(session, ids["al"])
        assert (item.place, item.place_as_written) == ("Leeds, United Kingdom", "leeds")
        entry = detail.history(session, ids["al"])[-1]
        shown = detail.show_item(session, ids["al"]).place
    assert entry["details"]["before"]["place_as_written"] == extracted
    assert history_lines([entry])[0].endswith(
        "ana: edit place: Sheffield, United Kingdom → Leeds, United Kingdom (typed 'leeds')"
    )
    assert (shown["as_written"], shown["extracted_as_written"]) == ("leeds", extracted)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        pytest.param({"country": "ZZ"}, "unknown country 'ZZ': not an ISO 3166 code", id="zz"),
        pytest.param({"country": "Atlantis"}, "unknown country 'Atlantis'", id="no-country"),
        pytest.param(
            {"place": "Atlantis"},
            r"no Atlantis in United Kingdom, the item's country; the gazetteer has "
            r"Atlantis, South Africa",
            id="only-elsewhere",
        ),
        pytest.param({"place": "Paris"}, "no Paris in United Kingdom", id="away"),
        pytest.param({"place": ""}, "no town given", id="empty"),
        pytest.param({"place": "Leeds", "country": "ZZ"}, "unknown country 'ZZ'", id="both"),
    ],
)
def test_impossible_places_and_countries_are_refused(queued, changes, message) -> None:  # type: ignore[no-untyped-def]
    db, ids = queued
    with pytest.raises(ValidationError, match=message), db.transaction() as session:
        actions.edit(session, ids["al"], changes, editor="ana")  # a GB item


def test_a_town_typed_alone_is_read_in_the_items_country_or_its_only_one(queued) -> None:  # type: ignore[no-untyped-def]
    db, ids = queued
    with db.transaction() as session:
        assert actions.get_item(session, ids["lee"]).country_code is None
        with pytest.raises(ValidationError, match="a Manchester in more than one country"):
            actions.edit(session, ids["lee"], {"place": "Manchester"}, editor="ana")
        assert (
            actions.edit(session, ids["lee"], {"place": "Lyon"}, editor="ana").country_code == "FR"
        )
        edited = actions.edit(session, ids["al"], {"place": "Manchester"}, editor="ana")  # in GB
        assert edited.place == "Manchester, United Kingdom"
        edited = actions.edit(
            session, ids["al"], {"place": "Paris", "country": "France"}, editor="ana"
        )
        assert edited.place == "Paris, France"


def test_a_version_that_never_existed_is_a_mistake_not_a_conflict(queued) -> None:  # type: ignore[no-untyped-def]
    db, ids = queued
    for version in (99, 0):
        with pytest.raises(ValidationError) as err, db.transaction() as session:
            actions.approve(session, [ids["al"]], editor="ana", expected_version=version)
        assert str(err.value) == (
            f"item {ids['al']} has no version {version}: it is at version 1 "
            f"(`intake queue show {ids['al']}` says which)"
        )


def test_approving_an_item_without_text_is_told(queued) -> None:  # type: ignore[no-untyped-def]
    from intake.queue.actions import empty_text_warning, without_text

    db, ids = queued
    with db.transaction() as session:
        actions.get_item(session, ids["kim"]).text = "  "
    with db.transaction() as session:
        done = actions.approve(session, [ids["kim"], ids["al"]], editor="ana")
        assert without_text(session, done) == [ids["kim"]]
        assert detail.show_item(session, ids["kim"], model=MODEL).diff == []
    assert empty_text_warning([ids["kim"]]) == (
        f"item {ids['kim']} has no resolution text: its published page will be empty "
        "(reject it before publishing if that is wrong)"
    )


def test_a_translation_is_not_diffed_against_the_english_model(queued) -> None:  # type: ignore[no-untyped-def]
    db, ids = queued
    note = "translation (de): not compared with the model sentence by sentence"
    with db.transaction() as session:
        item = actions.get_item(session, ids["al"])
        item.extraction = item.extraction | {"comparison": note}
    with db.transaction() as session:
        shown = detail.show_item(session, ids["al"], model=MODEL)
    assert (shown.comparison, shown.diff, shown.text_similarity) == (note, [], None)


def test_similarity_is_over_the_whole_text(queued) -> None:  # type: ignore[no-untyped-def]
    db, ids = queued
    with db.transaction() as session:
        shown = detail.show_item(session, ids["al"], model=MODEL)
    assert shown.similarity == 1.0  # every model sentence found ...
    assert 0.8 < shown.text_similarity < 1.0  # ... but the slots were filled in
