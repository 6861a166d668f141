"""Names a body writes without a generic organisation word: a union's own name listed in the
word tables ("Equity") is a name, not a bare kind of body; a subject naming the body a text is
"of" by an acronym ("Beschluss der Jusos KLX: ..."); a council of a language that writes its
town after the noun ("il Consiglio comunale", then "la Città di Lucca") completed from the town
the text names so. Every name here is invented."""

from __future__ import annotations

import pytest

from tests.fields.helpers import extract

_OWN_NAME = (
    "Hi,\n\nAttached is the statement Equity issued on Julian Assange.\n\n"
    "Equity condemns the attempt to prosecute Julian Assange under the Espionage Act.\n"
    "Equity calls on the government to oppose his extradition.\n\nBev\n"
)


def test_a_unions_own_name_is_no_bare_kind() -> None:
    got = extract(_OWN_NAME, "Equity statement on Julian Assange").organisation
    assert got is not None and got.value == "Equity"
    assert got.confidence >= 0.5
    assert "no fuller name" not in (got.evidence.rule if got.evidence else "")


_TEXT = (
    "Hallo,\n\nanbei unser Beschluss zu Julian Assange. Ein Datum steht leider nicht drauf.\n\n"
    "Wir fordern die Freilassung von Julian Assange. Die Bundesregierung soll sich dafür "
    "einsetzen, dass Julian Assange nicht an die USA ausgeliefert wird.\n\nGrüße\nKim\n"
)


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        pytest.param(
            "Beschluss der Jusos KLX: Freiheit für Julian Assange!",
            "Jusos KLX",
            id="de-text-of-acronym-colon",
        ),
        pytest.param(
            "Resolution from the Fernvale YLC: Free Julian Assange",
            "Fernvale YLC",
            id="en-text-from-acronym-colon",
        ),
    ],
)
def test_subject_names_the_body_of_the_text(subject: str, expected: str) -> None:
    got = extract(_TEXT, subject).organisation
    assert got is not None and got.value == expected
    assert 0.5 <= got.confidence < 0.8  # the subject alone: shown, never trusted


@pytest.mark.parametrize(
    "subject",
    [
        pytest.param("Beschluss der Freunde von Julian Assange", id="no-acronym-no-org-word"),
        pytest.param("URGENT: Beschluss zu Julian Assange", id="capitals-not-after-of"),
    ],
)
def test_subject_without_a_body(subject: str) -> None:
    got = extract(_TEXT, subject).organisation
    assert got is None or got.confidence < 0.5


_IT = (
    "Care amiche, cari amici,\n\nla delibera è stata approvata dal Consiglio comunale il 18 "
    "settembre scorso. Questa la parte deliberativa:\n\nIL CONSIGLIO COMUNALE\n\nDELIBERA\n\n"
    "di conferire la cittadinanza onoraria {town_phrase} a Julian Assange.\n\nUn caro saluto,\n"
    "Paola\n"
)
_FR = (
    "Bonjour,\n\nHier soir, le Conseil municipal a adopté un vœu pour Julian Assange. La "
    "{town_phrase} demande sa libération immédiate.\n\nBien à vous,\nHélène\n"
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            _IT.format(town_phrase="della Città di Lucca"),
            "Consiglio comunale di Lucca",
            id="it-citta-di",
        ),
        pytest.param(
            _IT.format(town_phrase="del Comune di Cremona"),
            "Consiglio comunale di Cremona",
            id="it-comune-di",
        ),
        pytest.param(
            _FR.format(town_phrase="Ville de Dijon"), "Conseil municipal de Dijon", id="fr-ville-de"
        ),
    ],
)
def test_council_completed_from_the_town_after_the_noun(body: str, expected: str) -> None:
    got = extract(body, "Julian Assange").organisation
    assert got is not None and got.value == expected
    assert 0.5 <= got.confidence < 0.8


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            _IT.format(town_phrase="della Città di Lucca e del Comune di Cremona"),
            id="it-two-towns",
        ),
        pytest.param(_IT.format(town_phrase="della Città di Borgo Lasco"), id="it-unknown-town"),
        pytest.param(_IT.format(town_phrase="di Lucca"), id="it-town-not-named-as-a-town"),
    ],
)
def test_council_left_bare_without_one_known_town(body: str) -> None:
    got = extract(body, "Julian Assange").organisation
    assert got is None or got.value == "Consiglio comunale" or got.confidence < 0.5


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        pytest.param(
            "Nordmark Linke fordert Freilassung von Julian Assange", "Nordmark Linke", id="de"
        ),
        pytest.param("Fernvale Greens condemns the extradition", "Fernvale Greens", id="en"),
        pytest.param("Fwd: Gauche de Valdoro exige la libération", "Gauche de Valdoro", id="fr"),
    ],
)
def test_a_name_acting_in_the_subject(subject: str, expected: str) -> None:
    got = extract(_TEXT, subject).organisation
    assert got is not None and got.value == expected
    assert 0.5 <= got.confidence < 0.7  # no organisation word: shown, doubted


@pytest.mark.parametrize(
    "subject",
    [
        pytest.param("Motion Assange adoptée par le congrès", id="document-word-first"),
        pytest.param("Fernvale fordert Freilassung", id="one-word"),
        pytest.param("Resolution 11-04 adopted", id="a-number"),
    ],
)
def test_no_name_acting_in_the_subject(subject: str) -> None:
    got = extract(_TEXT, subject).organisation
    assert got is None or got.evidence is None or "subject-name-acts" not in got.evidence.rule


def test_the_texts_own_unnamed_body_is_no_rival_of_the_signature() -> None:
    body = (
        "Buonasera,\n\nquesta settimana il nostro direttivo ha approvato all'unanimità la "
        "mozione qui sotto.\n\nQuesta assemblea condanna l'arresto di Julian Assange.\n\n"
        "Chiediamo il suo immediato rilascio.\n\nElena\nComitato Inquilini Borgo Lasco\n"
    )
    got = extract(body, "Mozione Assange").organisation
    assert got is not None and got.value == "Comitato Inquilini Borgo Lasco"
    assert "signed beside framing" not in (got.evidence.rule if got.evidence else "")
