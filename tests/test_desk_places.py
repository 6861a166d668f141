"""A town the gazetteer lacks can be entered when the editor vouches for it: kept as typed,
in its country, with no coordinates, shown as vouched for; the refusals say why."""

from __future__ import annotations

import json
from pathlib import Path

import pexpect
import pytest

from intake.errors import ExitCode
from tests.test_cli import run
from tests.test_desk_terminal import hostile_free_queue, spawn


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    url = hostile_free_queue(tmp_path)
    return {"INTAKE_DATABASE_URL": url, "INTAKE_CONFIG": "", "INTAKE_EDITOR": "ana"}


def _place(env: dict[str, str], capsys: pytest.CaptureFixture[str], item: str) -> dict:  # type: ignore[type-arg]
    code, out, _ = run(["queue", "show", item, "--json"], env, capsys)
    assert code == 0
    return json.loads(out)["place"]  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("args", "place"),
    [
        pytest.param(["--place", "Hebden Bridge"], "Hebden Bridge, United Kingdom", id="near"),
        pytest.param(
            ["--place", "Tolpuddle", "--country", "GB"], "Tolpuddle, United Kingdom", id="country"
        ),
        pytest.param(
            ["--place", "Llanfairpwllgwyngyll, GB"],
            "Llanfairpwllgwyngyll, United Kingdom",
            id="comma",
        ),
    ],
)
def test_a_town_the_gazetteer_lacks_is_taken_when_vouched_for(env, capsys, args, place) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(["queue", "edit", "3", *args], env, capsys)  # a GB item
    assert (code, out) == (ExitCode.USAGE, "")
    assert "is not in the gazetteer" in err and "--vouch" in err
    code, out, _ = run(["queue", "edit", "3", *args, "--vouch"], env, capsys)
    assert (code, out) == (
        0,
        f"edited 3: place = {place}\n"
        f"{place}: not in the gazetteer, vouched for by you, not on the map\n",
    )
    shown = _place(env, capsys, "3")
    assert (shown["value"], shown["country_code"], shown["vouched_by"]) == (place, "GB", "ana")
    _, out, _ = run(["queue", "show", "3"], env, capsys)
    assert "vouched for by ana: not in the gazetteer, not on the map" in out
    run(["queue", "edit", "3", "--place", "Leeds"], env, capsys)
    assert _place(env, capsys, "3")["vouched_by"] is None  # the gazetteer's town again


def test_the_refusals_say_why(env, capsys) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(["queue", "edit", "3", "--place", "Köln"], env, capsys)
    assert code == ExitCode.USAGE
    assert err.startswith("intake: place refused: no Köln in United Kingdom, the item's country")
    code, out, _ = run(["queue", "edit", "3", "--place", "München, DE"], env, capsys)
    assert (code, out) == (0, "edited 3: place = Munich, Germany\n")
    code, _, err = run(["queue", "edit", "3", "--place", ""], env, capsys)
    assert (code, err) == (
        ExitCode.USAGE,
        "intake: place refused: no town given (type one, with its country)\n",
    )


def test_the_review_loop_asks_to_vouch(env) -> None:  # type: ignore[no-untyped-def]
    child = spawn(env["INTAKE_DATABASE_URL"], "review", size=(24, 200))
    child.expect_exact("Review 1 of 5")
    child.expect_exact("q quit")
    child.send("s")  # #5 has no country: to #4, in GB
    child.expect_exact("Review 2 of 5")
    child.expect_exact("q quit")
    child.send("e")
    child.expect_exact("Edit:")
    child.send("p")
    child.expect_exact("New place")
    child.sendline("Hebden Bridge")
    child.expect_exact("Vouch for it? y/n")
    child.send("y")
    child.expect_exact("vouched for by ana")  # the place line, redrawn
    child.expect_exact("place = Hebden Bridge, United Kingdom")  # the note below
    child.send("q")
    child.expect(pexpect.EOF)
