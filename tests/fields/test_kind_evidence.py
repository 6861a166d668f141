"""A resolution told from other mail by what each kind of message is, and the kind's confidence
honest: 0.8 and over only when the evidence agrees. Invented bodies, names and places."""

from __future__ import annotations

import pytest

from parsers.fields.classify import find_outcome
from parsers.fields.confidence import TRUSTED, UNSURE_BELOW
from parsers.quoting import split_text
from tests.fields.helpers import extract, extract_documents

# A motion of its own on the subject, as a branch writes it.
OWN_MOTION = (
    "Brackenford Branch notes the continued imprisonment of Julian Assange.\n"
    "Brackenford Branch believes that those who expose war crimes must be protected.\n"
    "Brackenford Branch resolves to call for the release of Assange and Chelsea Manning."
)
# A motion on another subject.
OTHER_MOTION = (
    "This branch notes the closure of the Millbrook depot canteen.\n"
    "This branch believes the drivers were never consulted.\n"
    "This branch resolves to support the canteen workers and calls on the company to reopen it."
)


@pytest.mark.parametrize(
    ("body", "subject", "category"),
    [
        pytest.param(
            "Vigil for Julian Assange and Chelsea Manning on Saturday 14 June, 6pm, at the "
            "Market Cross in Ashby Wold. All welcome: come and bring a candle and a friend.",
            "Vigil on Saturday",
            "event",
            id="event-announcement-future-and-call-to-attend",
        ),
        pytest.param(
            "Can we change the model resolution for our branch? What should go in the "
            "brackets about Julian Assange, and who signs it?",
            "Model resolution",
            "question",
            id="question-interrogative-no-motion-text",
        ),
        pytest.param(
            "Our branch passed a motion in support of Julian Assange in the spring and members "
            "want to hear more. Could someone speak at our meeting on 3 October? We can cover "
            "a train fare.",
            "Speaker request",
            "speaker-request",
            id="speaker-request-mentioning-an-earlier-vote",
        ),
        pytest.param(
            "IN THIS ISSUE\n1. Pay talks resume at Millbrook\n2. Three branches passed "
            "resolutions for Julian Assange this month\n3. Quiz night\n\nYou are receiving "
            "this because you joined our list. Unsubscribe here.",
            "Members' bulletin, June",
            "newsletter",
            id="newsletter-list-of-items-and-unsubscribe-footer",
        ),
        pytest.param(
            "Thank you so much for the leaflets on Julian Assange; every one of them went at "
            "the market.",
            "Thanks",
            "thank-you",
            id="thank-you-note",
        ),
        pytest.param(
            f"{OTHER_MOTION}\n\nCarried unanimously.\n\nPS: best wishes to everyone working "
            "for Julian Assange.",
            "Motion passed",
            "unrelated",
            id="passed-motion-on-another-subject-campaign-in-a-ps",
        ),
    ],
)
def test_other_mail_is_told_by_what_it_is(body: str, subject: str, category: str) -> None:
    found = extract(body, subject)
    assert found.kind == "other"
    assert found.reason.startswith(f"{category}:")


def test_speaker_request_reporting_a_vote_is_other_but_unsure() -> None:
    """It reports a vote on the subject: an editor listing "other" mail should look."""
    found = extract(
        "Our branch passed a motion in support of Julian Assange in the spring. Could someone "
        "speak at our meeting on 3 October?",
        "Speaker request",
    )
    assert found.kind == "other"
    assert found.kind_confidence < TRUSTED
    assert "unsure" in found.reason


def test_machine_mail_is_other_and_sure() -> None:
    found = extract(
        "I am away until Monday with no access to mail. Julian Assange resolution queries to "
        "my colleague.",
        "Automatic reply: Assange resolution",
        headers=(("Auto-Submitted", "auto-replied"),),
    )
    assert (found.kind, found.kind_confidence >= TRUSTED) == ("other", True)


def test_own_motion_with_its_vote_is_a_resolution_and_sure() -> None:
    found = extract(
        f"Our branch meeting last night carried this motion unanimously:\n\n{OWN_MOTION}",
        "Brackenford Branch motion",
    )
    assert found.kind == "resolution"
    assert found.kind_confidence >= TRUSTED


def test_resolution_with_words_of_an_event_around_it_is_unsure() -> None:
    """A vote reported and a rally announced in the same cover: mixed evidence."""
    found = extract(
        f"We passed the motion below. There is a vigil on Saturday at the bus station.\n\n"
        f"{OWN_MOTION}",
        "Brackenford Branch motion",
    )
    assert found.kind == "resolution"
    assert found.kind_confidence < TRUSTED
    assert "unsure it is a resolution" in found.reason


def test_reply_quoting_a_voted_motion_without_a_question_is_unsure() -> None:
    """A reply that answers us and quotes the body's own voted motion may be its submission."""
    quoted = "\n".join(
        "> " + line for line in f"Our branch passed this last week:\n\n{OWN_MOTION}".splitlines()
    )
    found = extract_documents(
        [
            ("It was the 19th, at the Railway Hall. About thirty there.", "body"),
            (quoted, "body/quoted"),
        ],
        "Re: your resolution - date and place?",
    )
    assert found.kind == "other"
    assert found.kind_confidence < TRUSTED


def test_reply_chasing_with_a_question_is_other_and_sure() -> None:
    quoted = "\n".join(
        "> " + line for line in f"Our branch passed this last week:\n\n{OWN_MOTION}".splitlines()
    )
    found = extract_documents(
        [("Did this arrive? It is not on the website yet.", "body"), (quoted, "body/quoted")],
        "Re: Brackenford Branch motion",
    )
    assert (found.kind, found.kind_confidence >= TRUSTED) == ("other", True)


@pytest.mark.parametrize(
    "attribution",
    [
        "Op vr 18 okt. 2024 om 15:30 schreef Campagne Vrij Assange <info@example.org>:",
        "Am Fr., 18. Okt. 2024 um 15:30 schrieb Kampagne Assange <info@example.org>:",
    ],
)
def test_attribution_with_the_writer_after_the_verb_opens_the_quote(attribution: str) -> None:
    """Dutch and German mail programs write "Op ... schreef X:": the line is the quote's."""
    split = split_text(f"Bedankt, ik stuur het door.\n\n{attribution}\n> Beste Joost,\n> tekst")
    assert "schr" not in split.new
    assert attribution in split.quoted


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("I'll be moving the motion below at our branch meeting next Tuesday.", "proposed"),
        ("We're tabling a motion on Assange at the AGM.", "proposed"),
        ("Wir werden den folgenden Antrag auf der Mitgliederversammlung stellen.", "proposed"),
        ("Ecco la mozione che il nostro gruppo presenterà al consiglio comunale.", "proposed"),
        ("Esta es la moción que presentará nuestro grupo en el pleno.", "proposed"),
        ("La motion sera mise aux voix à la prochaine séance.", "proposed"),
        ("O projeto de voto ainda tem de ser votado no plenário.", "proposed"),
        ("Wij zullen de motie op de ledenvergadering indienen.", "proposed"),
        ("The council voted 7-1 to table it; the resolution was not adopted.", "proposed"),
        ("Der Antrag wurde vertagt und nicht angenommen.", "proposed"),
        ("Our motion was lost by 12 votes to 9.", "defeated"),
        ("The motion fell on a show of hands.", "defeated"),
        ("La moción fue rechazada por el pleno.", "defeated"),
        ("Der Antrag wurde abgelehnt.", "defeated"),
        ("La mozione è stata respinta dal consiglio.", "defeated"),
        ("La motion a été rejetée par l'assemblée.", "defeated"),
        ("The branch voted last Thursday, at the town hall, to support the motion.", "passed"),
    ],
)
def test_outcome_words_in_every_language(text: str, outcome: str) -> None:
    assert find_outcome(text).outcome == outcome


def test_minutes_next_meeting_line_does_not_make_a_draft() -> None:
    assert find_outcome("Motion on Assange carried.\nNext meeting: 11 April").outcome == "passed"
    assert find_outcome("Next meeting: Thursday 11 April 2024, 7pm.").outcome == "unknown"


def test_a_weak_agreed_does_not_hide_a_carried_on_another_row() -> None:
    rows = "1. Apologies | Agreed\n2. Motion on Assange | Carried: 17 for, 3 against"
    found = find_outcome(rows)
    assert (found.outcome, found.phrase) == ("passed", "Carried")


def test_motion_sent_with_no_word_of_a_vote_is_no_sure_pass() -> None:
    """ "Here is our branch's resolution": the motion's own verbs say nothing of a vote."""
    found = extract(
        f'Here is the resolution from our branch, as you asked.\n\n"{OWN_MOTION}"',
        "Resolution from Brackenford",
    )
    assert found.kind == "resolution"
    assert found.outcome_confidence < UNSURE_BELOW


def test_a_body_that_has_called_for_it_is_a_declared_pass() -> None:
    found = extract(
        "Please add Brackenford Town Council to your list: our council has called for Julian "
        "Assange to be freed and Chelsea Manning's case to be heard.",
        "Brackenford too",
    )
    assert found.kind == "resolution"
    assert (found.outcome, found.outcome_confidence >= UNSURE_BELOW) == ("passed", True)


@pytest.mark.parametrize(
    ("body", "subject", "category"),
    [
        pytest.param(
            "Mahnwache für Julian Assange am Samstag, 14. Juni, 18 Uhr, am Marktplatz in "
            "Kleinwaldheim. Alle sind willkommen, bringt Kerzen mit.",
            "Mahnwache am Samstag",
            "event",
            id="de-event",
        ),
        pytest.param(
            "Rassemblement pour Julian Assange samedi 14 juin à 18h devant la mairie de "
            "Villebrune. Venez nombreux !",
            "Rassemblement samedi",
            "event",
            id="fr-event",
        ),
        pytest.param(
            "Concentración por Julian Assange el sábado 14 de junio a las 18h en la plaza de "
            "Villaseca. ¡Os esperamos!",
            "Concentración el sábado",
            "event",
            id="es-event",
        ),
        pytest.param(
            "Presidio per Julian Assange sabato 14 giugno alle 18 in piazza a Borgofranco. "
            "Vi aspettiamo numerosi!",
            "Presidio sabato",
            "event",
            id="it-event",
        ),
        pytest.param(
            "Können wir die Musterresolution zu Julian Assange für unseren Ortsverein ändern? "
            "Was gehört in die Klammern?",
            "Musterresolution",
            "question",
            id="de-question",
        ),
        pytest.param(
            "Pouvez-vous nous envoyer le texte sur Julian Assange en français ?",
            "Texte Assange",
            "question",
            id="fr-question",
        ),
        pytest.param(
            "¿Podéis enviarnos el texto sobre Julian Assange en castellano?",
            "Texto Assange",
            "question",
            id="es-question",
        ),
        pytest.param(
            "Wir haben im Frühjahr einen Antrag für Julian Assange beschlossen. Könnt ihr uns "
            "für die Versammlung am 3. Oktober einen Referenten schicken?",
            "Referent gesucht",
            "speaker-request",
            id="de-speaker-request-after-a-vote",
        ),
        pytest.param(
            "Der Ortsverein Kleinwaldheim beschließt: Wir fordern die Wiedereröffnung des "
            "Schwimmbads und die Einstellung zusätzlicher Bademeister.\n\nEinstimmig "
            "angenommen.\n\nPS: Grüße an alle, die sich für Julian Assange einsetzen.",
            "Beschluss Schwimmbad",
            "unrelated",
            id="de-motion-on-another-subject-campaign-in-a-ps",
        ),
        pytest.param(
            "Il circolo di Borgofranco chiede la riapertura della piscina comunale e impegna il "
            "sindaco ad assumere nuovi bagnini.\n\nApprovata all'unanimità.\n\nPS: un saluto a "
            "chi si batte per Julian Assange.",
            "Mozione piscina",
            "unrelated",
            id="it-motion-on-another-subject-campaign-in-a-ps",
        ),
    ],
)
def test_other_mail_in_other_languages(body: str, subject: str, category: str) -> None:
    found = extract(body, subject)
    assert found.kind == "other"
    assert found.reason.startswith(f"{category}:")


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        pytest.param(
            "Der Ortsverein Kleinwaldheim hat gestern einstimmig beschlossen:\n\nDer Ortsverein "
            "fordert die Freilassung von Julian Assange und verurteilt die Verfolgung von "
            "Chelsea Manning. Wir fordern die Bundesregierung auf, sich für ihn einzusetzen.",
            "Beschluss zu Assange",
            id="de",
        ),
        pytest.param(
            "L'assemblea del circolo di Borgofranco ha approvato all'unanimità:\n\nIl circolo "
            "chiede la liberazione di Julian Assange e condanna la persecuzione di Chelsea "
            "Manning. Impegna i suoi iscritti a sostenere la campagna.",
            "Mozione Assange approvata",
            id="it",
        ),
        pytest.param(
            "La asamblea de Villaseca aprobó por unanimidad:\n\nLa asamblea exige la libertad "
            "de Julian Assange y condena la persecución de Chelsea Manning. Acuerda apoyar la "
            "campaña.",
            "Moción Assange",
            id="es",
        ),
        pytest.param(
            "L'assemblée générale de Villebrune a adopté à l'unanimité :\n\nL'assemblée exige "
            "la libération de Julian Assange et condamne la persécution de Chelsea Manning. "
            "Elle appelle à soutenir la campagne.",
            "Motion Assange",
            id="fr",
        ),
    ],
)
def test_a_body_adopting_its_text_is_a_sure_resolution(body: str, subject: str) -> None:
    found = extract(body, subject)
    assert (found.kind, found.outcome) == ("resolution", "passed")
    assert found.kind_confidence >= TRUSTED


@pytest.mark.parametrize(
    ("body", "subject", "why"),
    [
        pytest.param(
            "Thank you for publishing our resolution on Julian Assange, passed at our AGM in "
            "March. The members were delighted to see it on the website.",
            "Thanks!",
            "thank-you",
            id="thank-you-mentioning-a-vote-no-text",
        ),
        pytest.param(
            "BRANCH NEWS - JUNE\n\n1. Pay claim: talks resume on 12 June.\n2. Julian Assange: "
            "the Eastvale branch passed a resolution calling for his release.\n3. Summer "
            "social: tickets from the office.\n\nEastvale Trades Council bulletin",
            "June bulletin",
            "bulletin",
            id="bulletin-of-items-without-a-footer",
        ),
    ],
)
def test_a_vote_mentioned_by_mail_of_another_kind_is_never_a_sure_resolution(
    body: str, subject: str, why: str
) -> None:
    """Read as a resolution or not, never at 0.8: the evidence is mixed, and the reason says
    what speaks against it."""
    found = extract(body, subject)
    assert found.kind == "other" or found.kind_confidence < TRUSTED
    assert found.kind == "other" or why in found.reason


def test_a_coming_meetings_agenda_lists_a_proposed_motion() -> None:
    assert find_outcome("Agenda: 1. Minutes 2. Motion: Free Julian Assange").outcome == "proposed"
