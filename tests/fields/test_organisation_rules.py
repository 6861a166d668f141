"""Organisation rules that read the framing, the signature and the letterhead, and the
normalisation of what they find."""

from __future__ import annotations

import pytest

from parsers.fields.orgname import normalise_organisation
from tests.fields.helpers import extract, extract_documents, model_filled

BARE = model_filled("this meeting", "")


@pytest.mark.parametrize(
    ("body", "subject", "expected"),
    [
        pytest.param(
            "That this meeting of Derby Trades Union Council condemns the jailing of Julian "
            "Assange and Chelsea Manning. We call for their release.\n\n" + BARE,
            "",
            "Derby Trades Union Council",
            id="that-this-needs-a-motion-verb",
        ),
        pytest.param(
            "It was carried at the meeting of\nRotherham Trades Union Council on 3 May 2024.\n\n"
            + BARE,
            "",
            "Rotherham Trades Union Council",
            id="meeting-of-x-held-on",
        ),
        pytest.param(
            "Die Jahreshauptversammlung des Mietervereins Kassel hat am 3. Mai 2024 "
            "beschlossen:\n\n" + BARE,
            "",
            "Mieterverein Kassel",
            id="meeting-of-x-german-genitive",
        ),
        pytest.param(
            "Our union (Unite Cumbria Care Workers Branch) passed the text below.\n\n" + BARE,
            "",
            "Unite Cumbria Care Workers Branch",
            id="our-body-then-its-name-in-brackets",
        ),
        pytest.param(
            "On Friday the Ealing Tenants Union voted unanimously to back this.\n\n" + BARE,
            "",
            "Ealing Tenants Union",
            id="named-body-voted",
        ),
        pytest.param(
            "Le Comité Palestine Rennes exprime sa solidarité avec Julian Assange et "
            "Chelsea Manning et condamne leur persécution. Nous exigeons leur libération.\n\n"
            "Adoptée en réunion le 3 mai 2024.",
            "",
            "Comité Palestine Rennes",
            id="statement-opening-with-the-body",
        ),
        pytest.param(
            "Il Circolo Operaio di Prato, riunito ieri, ha approvato la mozione.\n\n"
            "Questa assemblea del Circolo condanna l'arresto di Julian Assange e Chelsea "
            "Manning. Chiediamo la loro liberazione.",
            "",
            "Circolo Operaio di Prato",
            id="one-word-slot-refers-back-to-the-full-name",
        ),
        pytest.param(
            "Cette assemblée de la section CGT Cheminots Nantes condamne l'arrestation de "
            "Julian Assange et de Chelsea Manning. Nous exigeons leur libération.",
            "",
            "Section CGT Cheminots Nantes",
            id="fr-lower-case-section-is-the-body",
        ),
        pytest.param(
            model_filled("this meeting", "3 May 2024")
            + "\n\nSaludos,\nAna\nSecretaria general, Sindicato Ferroviario Zaragoza\n",
            "",
            "Sindicato Ferroviario Zaragoza",
            id="signature-role-with-an-adjective",
        ),
        pytest.param(
            model_filled("this meeting", "3 May 2024")
            + "\n\nThanks,\nSam\nUnite Crewe Branch | Delegate to Cheshire TUC\n",
            "",
            "Unite Crewe Branch",
            id="signature-first-affiliation",
        ),
        pytest.param(
            model_filled("this meeting", "3 May 2024")
            + "\n\nBest wishes,\nSam\nWhitby Community Association, Scarborough\n",
            "",
            "Whitby Community Association",
            id="signature-town-after-the-name",
        ),
        pytest.param(
            model_filled("this meeting", "3 May 2024")
            + "\n\nSam Patel\nComitato Lavoratori Portuali Livorno\n",
            "",
            "Comitato Lavoratori Portuali Livorno",
            id="closing-line-without-a-sign-off",
        ),
        pytest.param(
            model_filled("this meeting", "3 May 2024"),
            "Mozione approvata dal Circolo Culturale La Fenice",
            "Circolo Culturale La Fenice",
            id="subject-approved-by-in-italian",
        ),
    ],
)
def test_organisation_from_the_framing(body: str, subject: str, expected: str) -> None:
    got = extract(body, subject).organisation
    assert got is not None and got.value == expected


@pytest.mark.parametrize(
    ("body",),
    [
        pytest.param("This Trades Council condemns the arrest.\n\n" + BARE, id="demonstrative"),
        pytest.param("Esta asamblea aprobó la resolución.\n\n" + BARE, id="es-demonstrative"),
    ],
)
def test_demonstrative_is_not_a_name(body: str) -> None:
    got = extract(body).organisation
    assert got is None or got.confidence < 0.5


@pytest.mark.parametrize(
    ("letterhead", "subject", "expected"),
    [
        pytest.param(
            "Centrale Syndicale Liège",
            "Motion - Centrale Syndicale Liege",
            "Centrale Syndicale Liège",
            id="letterhead-repeated-in-the-subject",
        ),
        pytest.param(
            "Kulturverein Ostend e.V.",
            "Resolution",
            "Kulturverein Ostend",
            id="letterhead-with-a-legal-form",
        ),
    ],
)
def test_letterhead(letterhead: str, subject: str, expected: str) -> None:
    attachment = f"{letterhead}\n{model_filled('this meeting', '3 May 2024')}"
    got = extract_documents([("See attached.", "body"), (attachment, "attachment")], subject)
    assert got.organisation is not None and got.organisation.value == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param(
            'Agrupación Docente "Rodolfo Walsh"',
            'Agrupación Docente "Rodolfo Walsh"',
            id="inner-quotes-kept",
        ),
        pytest.param('"Hove Unite Community"', "Hove Unite Community", id="outer-quotes-dropped"),
        pytest.param("l’Association Lyon Libre", "Association Lyon Libre", id="curly-elision"),
        pytest.param("Verein der Freunde (VdF)", "Verein der Freunde", id="acronym-in-brackets"),
        pytest.param("Freunde der Erde e.V.", "Freunde der Erde", id="legal-form"),
    ],
)
def test_normalisation(raw: str, expected: str) -> None:
    assert normalise_organisation(raw) == expected
