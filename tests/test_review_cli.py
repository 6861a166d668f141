"""The editors' commands wired through the CLI: output shapes, exact messages, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from intake.cli.lines import ITEM_COLUMNS
from intake.errors import ExitCode
from intake.store.db import open_database
from tests.review_queue import build_queue
from tests.test_cli import run


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    db = open_database(url)
    db.upgrade()
    build_queue(db, tmp_path / "inbox")
    db.dispose()
    return {"INTAKE_DATABASE_URL": url, "INTAKE_CONFIG": "", "INTAKE_EDITOR": "ana"}


def test_list_is_tab_separated_when_piped(env, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(
        ["queue", "list", "--organisation", "unite", "--sort", "oldest"], env, capsys
    )
    assert code == 0
    assert out.splitlines() == [
        "#id\tstatus\torganisation\tmeeting_date\tplace\toutcome\tconfidence\tduplicates",
        "1\tpending\tUnite North West 522 Branch\t2024-03-14\tManchester, United Kingdom"
        "\tpassed\t0.85\t2",
        "2\tpending\tUnite North West 522 Branch\t2024-03-14\tManchester, United Kingdom"
        "\tpassed\t0.85\t1",
    ]


def test_list_json_for_scripts(env, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(
        ["queue", "list", "--json", "--below", "0.6", "--sort", "unsure"], env, capsys
    )
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [r["id"] for r in rows] == [5, 4]
    assert set(rows[0]) >= set(ITEM_COLUMNS)  # the piped lines' columns, by name


def test_a_filter_that_matches_nothing(env, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(["queue", "list", "--country", "FR", "--status", "pending"], env, capsys)
    assert (code, out) == (ExitCode.NO_MATCH, "")
    assert err == "intake: nothing in the queue matches status=pending, country=FR\n"


def test_show_marks_evidence_and_the_diff_without_colour(env, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(["queue", "show", "3"], env, capsys)
    assert code == 0
    assert "«Sheffield Trades Union Council»" in out
    assert "[-[name of organisation / group]-] {+Sheffield Trades Union Council+}" in out
    assert "From (editors only, never published): Al <al@example.org>" in out
    assert "\x1b[" not in out


def test_list_can_force_the_table_when_piped(env, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(["queue", "list", "--organisation", "unite", "--table"], env, capsys)
    lines = out.splitlines()
    assert code == 0 and lines[0].split()[:3] == ["ID", "STATUS", "ORGANISATION"]
    assert lines[-1] == "2 shown of 2, page 1 of 1" and "\t" not in out and "\x1b[" not in out


def test_edit_then_conflicting_approve(env, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(
        ["queue", "edit", "3", "--date", "3 Feb 2024", "--place", "Leeds"], env, capsys
    )
    assert (code, out) == (
        0,
        "edited 3: meeting_date = 2024-02-03, place = Leeds, United Kingdom\n",
    )
    code, out, err = run(["queue", "approve", "3", "--expected-version", "1"], env, capsys)
    assert (code, out) == (ExitCode.CONFLICT, "")  # one line on stderr, nothing on stdout
    assert err.startswith("intake: item 3 was changed by ana since you saw it (ana at ")
    assert "edit meeting_date → 2024-02-03" in err and err.count("\n") == 1
    code, out, err = run(
        ["queue", "approve", "3", "--expected-version", "1", "--show"], env, capsys
    )
    assert code == ExitCode.CONFLICT and err.startswith("intake: item 3 was changed by ana")
    assert out.startswith("#3  pending") and "version 2" in out  # shown again, when asked
    assert run(["queue", "approve", "3", "--expected-version", "2"], env, capsys)[:2] == (
        0,
        "approved 3\n",
    )


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        pytest.param(
            ["queue", "approve", "42"],
            ExitCode.NOT_FOUND,
            "intake: no review item 42: see `intake queue list`\n",
            id="unknown-id",
        ),
        pytest.param(
            ["queue", "edit", "3", "--date", "31/02/2020"],
            ExitCode.USAGE,
            "intake: date refused: '31/02/2020' is not a date of the calendar\n",
            id="impossible-date",
        ),
        pytest.param(
            ["queue", "approve", "3", "--expected-version", "99"],
            ExitCode.USAGE,
            "intake: item 3 has no version 99: it is at version 1 "
            "(`intake queue show 3` says which)\n",
            id="version-that-never-was",
        ),
        pytest.param(
            ["queue", "edit", "3", "--country", "ZZ"],
            ExitCode.USAGE,
            "intake: unknown country 'ZZ': not an ISO 3166 code or a country's name "
            "(use a code like GB, or a name)\n",
            id="no-such-country",
        ),
        pytest.param(
            ["queue", "edit", "3", "--place", "Atlantis"],
            ExitCode.USAGE,
            "intake: place refused: no Atlantis in United Kingdom, the item's country; the "
            'gazetteer has Atlantis, South Africa: give its country ("Atlantis, ZA") if the '
            "meeting was there, or vouch for Atlantis, United Kingdom (--vouch) if it is right\n",
            id="place-elsewhere-than-the-item",
        ),
        pytest.param(
            ["queue", "edit", "3", "--place", "Nowhereville, Germany"],
            ExitCode.USAGE,
            "intake: place refused: Nowhereville is not in the gazetteer: if Nowhereville, "
            "Germany is right, vouch for it (--vouch): it is kept as written, with no position "
            "on the map\n",
            id="place-unknown-in-a-country",
        ),
        pytest.param(
            ["queue", "show", "x3"],
            ExitCode.USAGE,
            "Usage: intake queue show [OPTIONS] ID\nTry 'intake queue show --help' for help."
            "\n\nError: Invalid value for 'ID': 'x3' is neither an item id (3) nor a message "
            "id (m10)\n",
            id="neither-item-nor-message",
        ),
        pytest.param(
            ["queue", "show", "m42"],
            ExitCode.NOT_FOUND,
            "intake: no message m42: see `intake queue list --status failed` or `--status other`\n",
            id="unknown-message",
        ),
        pytest.param(
            ["queue", "reopen", "3"],
            ExitCode.USAGE,
            "intake: item 3 is pending: it is in the queue already\n",
            id="reopen-pending",
        ),
        pytest.param(
            ["queue", "merge", "3", "--into", "3"],
            ExitCode.USAGE,
            "intake: item 3 cannot be merged into itself\n",
            id="merge-self",
        ),
        pytest.param(
            ["queue", "approve", "--all-matching", "--organisation", "zzz"],
            ExitCode.NO_MATCH,
            "intake: nothing in the queue matches status=pending, organisation=zzz\n",
            id="bulk-nothing",
        ),
        pytest.param(
            ["queue", "open", "3", "9"],
            ExitCode.NOT_FOUND,
            "intake: item 3 has no document '9': it has 1. body\n",
            id="no-document",
        ),
    ],
)
def test_bad_input(args, code, message, env, capsys) -> None:  # type: ignore[no-untyped-def]
    got, _, err = run(args, env, capsys)
    assert (got, err) == (code, message)
    _, out, _ = run(["queue", "history", "3"], env, capsys)
    assert out.count("\n") == 1  # only "queued": nothing half-applied


def test_reject_with_an_unknown_reason_is_a_usage_error(env, capsys) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(["queue", "reject", "3", "--reason", "boring"], env, capsys)
    assert code == ExitCode.USAGE and "'boring' is not one of 'not-a-resolution'" in err


def test_bulk_approve_is_a_dry_run_until_yes(env, capsys) -> None:  # type: ignore[no-untyped-def]
    args = ["queue", "approve", "--all-matching", "--country", "GB"]
    assert run(args, env, capsys)[:2] == (
        0,
        "would approve 4 item(s): 1, 2, 3, 4 (add --yes to approve them)\n",
    )
    assert run([*args, "--yes"], env, capsys)[:2] == (0, "approved 1, 2, 3, 4\n")
    assert run(["queue", "list", "--status", "approved", "--json"], env, capsys)[1].count("\n") == 4


def test_reject_reopen_merge_history(env, capsys) -> None:  # type: ignore[no-untyped-def]
    assert run(
        ["queue", "reject", "4", "--reason", "not-passed", "--note", "a draft"], env, capsys
    )[:2] == (0, "rejected 4 (not-passed)\n")
    assert run(["queue", "reopen", "4"], env, capsys)[:2] == (0, "reopened 4: pending again\n")
    assert run(["queue", "merge", "2", "--into", "1"], env, capsys)[:2] == (0, "merged 2 into 1\n")
    _, out, _ = run(["queue", "history", "4"], env, capsys)
    assert [line.split("  ")[2] for line in out.splitlines()] == [
        "intake: queued",
        "ana: reject status=rejected, reject_reason=not-passed, reject_note=a draft",
        "ana: reopen status=pending, reject_reason=None, reject_note=None, merged_into=None",
    ]


def test_open_prints_the_path(env, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(["queue", "open", "1"], env, capsys)
    path = Path(out.strip())
    assert code == 0 and path.name == "body.txt" and "Unite North West" in path.read_text()


def test_edit_organisation_can_record_an_alias(env, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(
        ["queue", "edit", "3", "--organisation", "Sheffield TUC", "--alias"], env, capsys
    )
    assert (code, out) == (
        0,
        "edited 3: organisation = Sheffield TUC\n"
        "recorded 'Sheffield Trades Union Council' as an alias of "
        "'Sheffield TUC'\n",
    )


def test_review_refuses_without_a_terminal(env, capsys) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(["review"], env, capsys)
    assert (code, err) == (
        ExitCode.USAGE,
        "intake: intake review needs a terminal: use `intake queue ...` in scripts\n",
    )


def test_the_terminal_table_fits_80_columns() -> None:
    from rich.console import Console

    from intake.cli.render import queue_table
    from intake.queue.rows import QueueRow

    row = QueueRow(
        12,
        "pending",
        "A very long organisation name " * 3,
        "2024-03-14",
        "Newcastle upon Tyne, United Kingdom",
        "passed",
        0.5,
        "s",
        duplicates=[13],
    )
    out = Console(width=80, force_terminal=True, no_color=True, record=True)
    out.print(queue_table([row], total=1, page=1, size=50, width=80))
    lines = out.export_text().splitlines()
    assert lines[0].split() == [
        "ID",
        "STATUS",
        "ORGANISATION",
        "MEETING",
        "PLACE",
        "OUTCOME",
        "CONF",
        "DUP",
    ]
    assert all(len(line) <= 80 for line in lines) and lines[1].rstrip().endswith("0.50  13")
