"""How the desk looks: rich tables and text on a terminal, plain lines when piped.

rich decides colour: only on a terminal, never with NO_COLOR. Without colour, evidence is
marked «like this» and the diff [-removed-] {+added+}, so nothing depends on colour alone.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from intake.review.visible import visible, visible_all

LOW = 0.6  # a confidence under this is shown as unsure
SUSPECT = "dup"


def plain(console: Console) -> bool:
    return not console.is_terminal or console.no_color or console.color_system is None


def confidence_text(value: float | None) -> Text:
    if value is None:
        return Text("-", style="dim")
    style = "bold red" if value < LOW else "yellow" if value < 0.85 else "green"
    return Text(f"{value:.2f}", style=style)


def queue_table(
    rows: list[Any], *, total: int, page: int, size: int, width: int = 120
) -> RenderableType:
    """The queue as a table that fits the terminal's width."""
    if rows and rows[0].kind == "message":
        return message_table(rows, width=width)
    table = Table(box=None, header_style="bold", pad_edge=False, expand=False)
    # fixed columns keep their width; organisation and place give way on a narrow terminal
    table.add_column("ID", justify="right", no_wrap=True, min_width=max(2, *_widths(rows, "id")))
    table.add_column("STATUS", no_wrap=True, min_width=7)
    room = max(20, width - 50)  # what the fixed columns and their padding leave
    org_width, place_width = min(36, room * 3 // 5), min(26, room * 2 // 5)
    table.add_column("ORGANISATION", overflow="ellipsis", no_wrap=True, max_width=org_width)
    table.add_column("MEETING", no_wrap=True, min_width=10)
    table.add_column("PLACE", overflow="ellipsis", no_wrap=True, max_width=place_width)
    table.add_column("OUTCOME", no_wrap=True, min_width=8)
    table.add_column("CONF", justify="right", no_wrap=True, min_width=4)
    table.add_column("DUP", no_wrap=True, min_width=3)
    for r in rows:
        table.add_row(
            str(r.id),
            r.status,
            _text(r.organisation),
            _text(r.meeting_date),
            _text(r.place),
            _text(r.outcome),
            confidence_text(r.confidence),
            Text(",".join(map(str, r.duplicates)), style="bold magenta") if r.duplicates else "",
        )
    pages = max(1, -(-total // size))
    footer = Text(f"{len(rows)} shown of {total}, page {page} of {pages}", style="dim")
    return Group(table, footer)


def message_table(rows: list[Any], *, width: int = 120) -> RenderableType:
    """Failed or "other" messages: not review items, so written m10 (`intake queue show m10`)."""
    table = Table(box=None, header_style="bold", pad_edge=False, expand=False)
    table.add_column("MESSAGE", justify="right", no_wrap=True, min_width=7)
    table.add_column("STATUS", no_wrap=True, min_width=6)
    table.add_column("RECEIVED", no_wrap=True, min_width=10)
    room = max(20, width - 30)
    table.add_column("SUBJECT", overflow="ellipsis", no_wrap=True, max_width=room * 2 // 5)
    table.add_column("WHY", overflow="ellipsis", no_wrap=True, max_width=room * 3 // 5)
    for r in rows:
        table.add_row(
            r.ref, r.status, (r.received_at or "?")[:10], _text(r.subject, ""), _text(r.outcome)
        )
    footer = Text(f"{len(rows)} shown: `intake queue show m<N>` for one", style="dim")
    return Group(table, footer)


def _text(value: str | None, missing: str = "?") -> Text:
    """A table cell of mail-derived text: one line, controls visible, never markup."""
    return Text(visible(value, newlines=False) if value else missing)


def _widths(rows: list[Any], name: str) -> list[int]:
    return [len(str(getattr(r, name))) for r in rows] or [0]


ITEM_COLUMNS: tuple[str, ...] = (
    "id",
    "status",
    "organisation",
    "meeting_date",
    "place",
    "outcome",
    "confidence",
    "duplicates",
)
MESSAGE_COLUMNS: tuple[str, ...] = ("message", "status", "received", "subject", "why")


def tsv_lines(rows: list[Any], *, header: bool = True) -> list[str]:
    """A `#` header line (scripts skip it), then one line per row: for review items id,
    status, organisation, date, place, outcome, confidence, duplicates; for messages m10,
    status, received, subject, why."""
    if rows and rows[0].kind == "message":
        head, lines = MESSAGE_COLUMNS, [_message_tsv(r) for r in rows]
    else:
        head, lines = ITEM_COLUMNS, [_item_tsv(r) for r in rows]
    return (["#" + "\t".join(head)] if header else []) + lines


def _item_tsv(r: Any) -> str:
    return "\t".join(
        [
            str(r.id),
            r.status,
            _cell(r.organisation),
            _cell(r.meeting_date),
            _cell(r.place),
            _cell(r.outcome),
            f"{r.confidence:.2f}" if r.confidence is not None else "",
            ",".join(map(str, r.duplicates)),
        ]
    )


def _message_tsv(r: Any) -> str:
    return "\t".join([r.ref, r.status, _cell(r.received_at), _cell(r.subject), _cell(r.outcome)])


def _cell(value: str | None) -> str:
    return " ".join(visible(value, newlines=False).split())  # a tab would break the columns


NO_TEXT = "(no resolution text found: approving would publish an empty page)"
FIELD_LABELS = {"organisation": "Organisation", "meeting_date": "Meeting date", "place": "Place"}


def field_lines(item: dict[str, Any], console: Console, *, width: int = 0) -> list[Text]:
    """Each field with its confidence, then its evidence highlighted in the source text.

    With a width, the evidence is cut to fit one line around the highlighted words.
    """
    lines = []
    for name, label in FIELD_LABELS.items():
        field = item[name]
        line = Text(f"{label:<13} ", style="bold")
        line.append(field["value"] or "?")
        line.append("  ")
        line.append_text(confidence_text(field["confidence"]))
        if field.get("vouched_by"):
            said = f"  vouched for by {field['vouched_by']}: not in the gazetteer, not on the map"
            line.append(said, style="yellow")
        lines.append(line)
        lines.append(evidence_text(field, console, width=width))
    return lines


def evidence_text(field: dict[str, Any], console: Console, *, width: int = 0) -> Text:
    evidence = field["evidence"]
    line = Text(" " * 14)
    if field["edited"]:
        extracted = field["extracted_as_written"]
        said = f"edited (typed {field['as_written']!r}; extracted as written: {extracted!r})"
        return line.append(said, style="dim")
    if evidence is None:
        return line.append("no evidence found", style="dim")
    before, match, after = evidence["before"], evidence["match"], evidence["after"]
    if width:
        room = max(8, (width - 18 - len(match)) // 2)
        before, after = before[-room:], after[:room]
    line.append(f"…{before}", style="dim")
    if plain(console):
        line.append(f"«{match}»")
    else:
        line.append(match, style="bold reverse")
    line.append(f"{after}…", style="dim")
    if not width:
        line.append(f"  ({evidence['document']}, {evidence['rule']})", style="dim")
    return line


def diff_text(diff: list[dict[str, str]], console: Console) -> Text:
    """[-removed-] {+added+} always: colour (where there is some) only adds to the markers, as
    a terminal may show no colour, or no strike-through, without saying so."""
    text = Text()
    for part in diff:
        words = part["text"]
        if part["op"] == "=":
            text.append(words + " ")
            continue
        marked = f"[-{words}-]" if part["op"] == "-" else f"{{+{words}+}}"
        style = "" if plain(console) else "red" if part["op"] == "-" else "bold green"
        text.append(marked, style=style).append(" ")
    return text


def similarity_label(item: dict[str, Any]) -> str:
    """How close the text is to the model, measured over the whole text (a rewritten slot
    counts), or why it was not compared."""
    if item["comparison"]:
        return str(item["comparison"]).split(":")[0]
    if item["text_similarity"] is None:
        return "no model to compare with"
    return f"similarity {item['text_similarity']:.2f}"


def comparison_lines(item: dict[str, Any], console: Console) -> list[Text]:
    """For `queue show`: the note when the text was not compared word by word, else the diff."""
    if item["comparison"]:
        return [Text("Compared with the model", style="bold"), Text(item["comparison"])]
    if not item["diff"]:
        return []
    head = (
        f"Compared with the model: similarity {item['text_similarity']:.2f} over the whole "
        f"text; {item['similarity']:.0%} of the model's sentences found"
    )
    return [Text(head, style="bold"), diff_text(item["diff"], console)]


def duplicates_text(item: dict[str, Any]) -> Text:
    if not item["duplicates"]:
        return Text("Duplicates    none suspected", style="dim")
    text = Text("Duplicates    ", style="bold")
    for d in item["duplicates"]:
        who = "another sender" if d["other_sender"] else "same sender"
        text.append(f"#{d['id']} ({d['status']}, {d['why']}, {who})  ", style="magenta")
    return text


def document_lines(item: dict[str, Any]) -> list[str]:
    lines = []
    for d in item["documents"]:
        ocr = f", OCR {d['ocr_confidence']:.0%}" if d["ocr_confidence"] is not None else ""
        pages = f", {d['pages']} p." if d["pages"] else ""
        failed = f" FAILED: {d['failed']}" if d["failed"] else ""
        lines.append(
            f"  {d['number']}. {d['name']} [{d['type']}, {d['method']}{pages}{ocr}, "
            f"{d['chars']} chars]{failed}"
        )
    return lines


def history_lines(entries: list[dict[str, Any]]) -> list[str]:
    out = []
    for h in visible_all(entries):
        after = h["details"].get("after") or {}
        said = (
            edit_said(h["details"])
            if h["action"] == "edit"
            else ", ".join(
                f"{k}={v}" for k, v in after.items() if not k.endswith(("_at", "_confidence"))
            )
        )
        out.append(
            f"  {h['at'][:16].replace('T', ' ')}  {h['actor']}: {h['action']} {said}".rstrip()
        )
    return out


EDIT_SAID = ("organisation", "meeting_date", "place", "country_code")


def edit_said(details: dict[str, Any]) -> str:
    """What an edit changed, from what to what, with what the editor typed."""
    before, after = details.get("before") or {}, details.get("after") or {}
    said = []
    for name in (n for n in EDIT_SAID if n in after):
        was, now = before.get(name), after[name]
        if name == "country_code" and "place" in after and was == now:
            continue  # the place's country, unchanged: the place line says it
        typed = after.get(f"{name}_as_written")
        line = f"{name}: {was or '-'} → {now}" if was != now else f"{name}: {now} (unchanged)"
        said.append(line + (f" (typed {typed!r})" if typed and typed != now else ""))
    return "; ".join(said)


def detail(item: dict[str, Any], console: Console) -> RenderableType:
    """The whole item, for `intake queue show`."""
    item = visible_all(item)
    message = item["message"]
    parts: list[RenderableType] = [
        Text(
            f"#{item['id']}  {item['status']}  outcome: {item['outcome']}  "
            f"campaign: {item['campaign']}  version {item['version']}",
            style="bold",
        ),
        *field_lines(item, console),
        duplicates_text(item),
        Text(""),
        Text(f"From (editors only, never published): {message['sender']}"),
        Text(f"Subject: {message['subject']}   sent {message['sent_at'] or '?'}"),
    ]
    if item["merged_into"]:
        parts.append(Text(f"Merged into #{item['merged_into']}", style="bold"))
    for m in item["merged_from"]:
        parts.append(
            Text(f"Also received as #{m['id']} (message {m['message']}) from {m['sender']}")
        )
    parts += [
        Text(""),
        Text("Resolution text", style="bold"),
        Text(item["text"].strip() or NO_TEXT),
    ]
    compared = comparison_lines(item, console)
    parts += [Text(""), *compared] if compared else []
    parts += [Text(""), Text("Documents", style="bold"), *map(Text, document_lines(item))]
    parts += [Text(""), Text("History", style="bold"), *map(Text, history_lines(item["history"]))]
    return Group(*parts)


def changes_text(item: dict[str, Any], console: Console) -> Text:
    """The text's differences from the model, unchanged runs squeezed: changes at a glance.
    A translation is not compared word by word: then the note and the submitted text."""
    if not item["text"].strip():
        return Text(NO_TEXT, style="bold red")
    if item["comparison"]:
        return Text(item["comparison"], style="dim").append("\n\n" + item["text"], style="")
    if not item["diff"]:
        return Text("(no model to compare with)\n\n", style="dim").append(item["text"], style="")
    if all(part["op"] == "=" for part in item["diff"]):
        return Text("The model, word for word.", style="dim")
    return diff_text(_squeeze(item["diff"]), console)


def _squeeze(diff: list[dict[str, str]], keep: int = 3) -> list[dict[str, str]]:
    out = []
    for part in diff:
        words = part["text"].split()
        if part["op"] == "=" and len(words) > 2 * keep + 1:
            part = {"op": "=", "text": " ".join(words[:keep] + ["…"] + words[-keep:])}
        out.append(part)
    return out


def _message_state(message: dict[str, Any]) -> str:
    if message["review_item"] is not None:
        return f"message of review item {message['review_item']}"
    if message["status"] == "failed":
        return "message that failed: not in the review queue"
    return f"message classed {message['kind']}: not in the review queue"


def _minute(iso: str | None) -> str:
    return iso[:16].replace("T", " ") if iso else "?"


def message_detail(message: dict[str, Any]) -> RenderableType:
    """A message that is not a review item, for `intake queue show m10`."""
    message = visible_all(message)
    why = "why it failed" if message["status"] == "failed" else "why it is not a resolution"
    parts: list[RenderableType] = [
        Text(f"{message['ref']}  {_message_state(message)}", style="bold"),
        Text(f"From (editors only, never published): {message['sender'] or '?'}"),
        Text(f"Subject: {message['subject'] or '?'}"),
        Text(
            f"Sent {_minute(message['sent_at'])}   received {_minute(message['received_at'])}"
            f"   {message['size']} bytes stored"
        ),
        Text(""),
        Text(why.capitalize(), style="bold"),
        Text(f"  {message['why'] or '-'}"),
        Text(""),
        Text("Documents", style="bold"),
        *map(Text, document_lines(message) or ["  none read"]),
        *(
            Text(f"     {d['number']}. warning: {w}", style="yellow")
            for d in message["documents"]
            for w in d["warnings"]
        ),
        Text(""),
        Text("What to do", style="bold"),
        *(Text(f"  {line}") for line in message["what_to_do"]),
    ]
    return Group(*parts)
