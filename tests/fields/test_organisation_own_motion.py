"""The body that voted, named in a motion of its own: quoted after the framing, ended by its
verb in any language, never the venue, the meeting or the signer's role."""

from __future__ import annotations

import pytest

from tests.fields.helpers import extract, extract_documents

MOTION = (
    "condemns the imprisonment of Julian Assange and calls for the release of Chelsea Manning."
    " We call on all affiliated branches to raise the demand for their freedom."
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "At last night's meeting, held at the Miners Club in Eastvale, delegates carried "
            f'the following motion without opposition.\n\n"Northbridge Trades Council {MOTION}"'
            "\n\nBest wishes,\nAna Lind\n",
            "Northbridge Trades Council",
            id="quoted-motion-names-its-body-not-the-venue",
        ),
        pytest.param(
            "We discussed it at our monthly meeting on Wednesday in the Corn Exchange Library, "
            "Lindenfeld, and agreed the following resolution with one against.\n\n"
            f'"Lindenfeld Pensioners\' Forum {MOTION}"\n',
            "Lindenfeld Pensioners' Forum",
            id="venue-with-town-and-conjunction-is-no-body",
        ),
        pytest.param(
            "It was carried at our AGM on Tuesday evening, with 40 members present.\n\n"
            f'"Harwick Bus Drivers Branch {MOTION}"\n',
            "Harwick Bus Drivers Branch",
            id="the-agm-is-a-meeting-not-a-body",
        ),
        pytest.param(
            "La Asamblea de Trabajadores del Puerto de Lindenfeld exige la libertad inmediata "
            "de Julian Assange y Chelsea Manning. Aprobada por unanimidad.\n",
            "Asamblea de Trabajadores del Puerto de Lindenfeld",
            id="es-assembly-named-with-a-capital-is-the-body",
        ),
        pytest.param(
            "La asamblea de la Sección Sindical del SITRA en Huesca aprobó ayer por "
            "unanimidad, en su sede, la siguiente resolución: exigimos la libertad de "
            "Julian Assange y de Chelsea Manning.\n",
            "Sección Sindical del SITRA en Huesca",
            id="es-name-ends-at-its-verb",
        ),
        pytest.param(
            "Nell'assemblea del Comitato di quartiere Borgo-Lindenfeld esprime piena solidarietà "
            "a Julian Assange, il Comitato chiede la libertà di Assange e di Chelsea Manning. "
            "Approvato all'unanimità.\n",
            "Comitato di quartiere Borgo-Lindenfeld",
            id="it-name-ends-at-its-verb",
        ),
    ],
)
def test_own_motion_names_the_body(body: str, expected: str) -> None:
    got = extract(body, "Assange motion").organisation
    assert got is not None and got.value == expected


def test_plural_possessive_kept_in_a_full_name() -> None:
    body = (
        "LINDENFELD RETIRED TEACHERS' GUILD\nFounded 1950\n\nDear Sirs,\nAt the ordinary "
        "meeting of the Guild held on the 3rd inst., the following resolution was carried:\n"
        '"That this Guild deplores the imprisonment of Mr Julian Assange and Ms Chelsea '
        'Manning and calls for their release."\n'
    )
    got = extract(body, "Resolution of the Guild").organisation
    assert got is not None and got.value == "LINDENFELD RETIRED TEACHERS' GUILD"


def test_signer_role_is_not_part_of_the_name() -> None:
    letter = (
        "Northbridge Tenants' Association\nSecretary, Northbridge Tenants' Association\n\n"
        "Resolution\nThis meeting of [name of organisation / group] condemns the "
        "imprisonment of Julian Assange and calls for the release of Chelsea Manning.\n"
    )
    closing = (
        "The motion on Julian Assange and Chelsea Manning below was lost. We call for their "
        "release.\n\nIn solidarity,\nRuth Amsel\nHarwick North Branch Labour Party "
        "(Political Education Officer)\n"
    )
    for documents, expected in (
        ([("Please find our resolution attached.", "body"), (letter, "attachment")], None),
        ([(closing, "body")], "Harwick North Branch Labour Party"),
    ):
        got = extract_documents(documents, "Assange resolution").organisation
        values = {got.value, *got.candidates} if got is not None else set()
        assert not any(v.startswith("Secretary") or "Officer" in v for v in values)
        if expected is not None:
            assert got is not None and got.value == expected
