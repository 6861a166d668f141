"""Messages that carry the resolution's text but are not a resolution sent to us: replies
quoting an earlier submission, questions about the model, list and newsletter posts."""

from __future__ import annotations

import pytest

from tests.fields.helpers import extract_documents, model_filled

FILLED = model_filled("Hove Unite Community", "12 March 2024, Brighton")
QUOTED = "\n".join("> " + line for line in FILLED.splitlines())
LIST_HEADERS = (("List-Id", "<members.lists.example.org>"), ("Precedence", "list"))


@pytest.mark.parametrize(
    ("documents", "subject", "headers", "kind", "category"),
    [
        pytest.param(
            [("Did this reach you? It is not on the site yet.", "body"), (QUOTED, "body/quoted")],
            "Re: our resolution",
            (),
            "other",
            "reply",
            id="reply-chasing-a-quoted-submission",
        ),
        pytest.param(
            [("Good, that is all correct.", "body"), (QUOTED, "body/quoted")],
            "AW: Ihre Resolution",
            (),
            "other",
            "reply",
            id="reply-prefix-in-another-language",
        ),
        pytest.param(
            [("What should go in the last bracket, please?", "body"), (QUOTED, "body/quoted")],
            "The model text",
            (),
            "other",
            "question",
            id="question-about-the-quoted-model",
        ),
        pytest.param(
            [("We passed it last night - see the text below.", "body"), (QUOTED, "body/quoted")],
            "Re: the model resolution",
            (),
            "resolution",
            None,
            id="reply-that-reports-a-vote-is-a-resolution",
        ),
        pytest.param(
            [(f"At last night's branch meeting we passed this.\n\n{FILLED}", "body")],
            "[members] Assange resolution passed",
            LIST_HEADERS,
            "resolution",
            None,
            id="list-copy-of-a-passed-resolution",
        ),
        pytest.param(
            [(f"Please move this at your branch once it is ready.\n\n{FILLED}", "body")],
            "[members] Bulletin",
            LIST_HEADERS,
            "other",
            "newsletter",
            id="list-bulletin-carrying-the-model",
        ),
        pytest.param(
            [
                (
                    "News: Leeds Trades Council passed the resolution for Julian Assange and "
                    "Chelsea Manning on 4 July, demanding the release of both, and condemns "
                    "the charges. Read the WikiLeaks story.\n\nUnsubscribe | Preferences",
                    "body",
                )
            ],
            "News #3",
            (),
            "other",
            "newsletter",
            id="newsletter-footer-without-the-model",
        ),
    ],
)
def test_kind(
    documents: list[tuple[str, str]],
    subject: str,
    headers: tuple[tuple[str, str], ...],
    kind: str,
    category: str | None,
) -> None:
    got = extract_documents(documents, subject, headers=headers)
    assert got.kind == kind
    if category is not None:
        assert got.reason.startswith(f"{category}:")
