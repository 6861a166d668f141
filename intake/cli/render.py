"""How the desk looks: rich tables and text on a terminal, plain lines when piped.

rich decides colour: only on a terminal, never with NO_COLOR. Without colour, evidence is
marked «like this» and the diff [-removed-] {+added+}, so nothing depends on colour alone.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console, Group, RenderableType
from rich.text import Text

from intake.cli.listing import LOW as LOW  # the listing, re-exported for callers
from intake.cli.listing import confidence_text
from intake.cli.listing import queue_table as queue_table
from intake.cli.visible import visible_all
from intake.queue.item_view import ItemView

SUSPECT = "dup"


def plain(console: Console) -> bool:
    return not console.is_terminal or console.no_color or console.color_system is None


NO_TEXT = "(no resolution text found: approving would publish an empty page)"
FIELD_LABELS = {"organisation": "Organisation", "meeting_date": "Meeting date", "place": "Place"}


def field_lines(item: ItemView, console: Console, *, width: int = 0) -> list[Text]:
    """Each field with its confidence, then its evidence highlighted in the source text.

    With a width, the evidence is cut to fit one line around the highlighted words.
    """
    lines = []
    for name, label in FIELD_LABELS.items():
        field = item.field(name)
        line = Text(f"{label:<13} ", style="bold")
        line.append(field["value"] or "?")
        line.append("  ")
        line.append_text(confidence_text(field["confidence"]))
        guard = _guard(field, compare=name != "meeting_date")  # a date is written many ways
        # on the review screen each line is cut to the width: the guard gets a line of its own
        if width and guard.plain:
            lines += [line, Text(" " * 12).append_text(guard)]
        else:
            lines.append(line.append_text(guard))
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


def _guard(field: dict[str, Any], *, compare: bool) -> Text:
    """What the value's line must not let pass unsaid: an editor vouched for a place the
    gazetteer lacks, its evidence is quoted from another message, or the words marked are not
    the value itself (a district read as its city)."""
    line, evidence = Text(), field["evidence"]
    if field.get("vouched_by"):
        said = f"  vouched for by {field['vouched_by']}: not in the gazetteer, not on the map"
        line.append(said, style="yellow")
    if evidence is None or field["edited"]:
        return line
    if evidence.get("quoted"):
        line.append("  QUOTED: from a message this one answers", style="bold yellow")
    written, value = evidence["match"], field["value"] or ""
    if compare and written and _folded(written) not in _folded(value):
        line.append(f"  written «{written}», read as {value}", style="bold")
    return line


def _folded(text: str) -> str:
    return " ".join(text.casefold().split())


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


def similarity_label(item: ItemView) -> str:
    """How close the text is to the model, measured over the whole text (a rewritten slot
    counts), or why it was not compared."""
    if item.comparison:
        return str(item.comparison).split(":")[0]
    if item.text_similarity is None:
        return "no model to compare with"
    return f"similarity {item.text_similarity:.2f}"


def comparison_lines(item: ItemView, console: Console) -> list[Text]:
    """For `queue show`: the note when the text was not compared word by word, else the diff."""
    if item.comparison:
        return [Text("Compared with the model", style="bold"), Text(item.comparison)]
    if not item.diff:
        return []
    head = (
        f"Compared with the model: similarity {item.text_similarity:.2f} over the whole "
        f"text; {item.similarity:.0%} of the model's sentences found"
    )
    return [Text(head, style="bold"), diff_text(item.diff, console)]


def duplicates_text(item: ItemView) -> Text:
    if not item.duplicates:
        return Text("Duplicates    none suspected", style="dim")
    text = Text("Duplicates    ", style="bold")
    for d in item.duplicates:
        who = "another sender" if d["other_sender"] else "same sender"
        text.append(f"#{d['id']} ({d['status']}, {d['why']}, {who})  ", style="magenta")
    return text


def document_lines(documents: list[dict[str, Any]]) -> list[str]:
    lines = []
    for d in documents:
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


def detail(item: ItemView, console: Console) -> RenderableType:
    """The whole item, for `intake queue show`."""
    item = visible_all(item)
    message = item.message
    parts: list[RenderableType] = [
        Text(
            f"#{item.id}  {item.status}  outcome: {item.outcome}  "
            f"campaign: {item.campaign}  version {item.version}",
            style="bold",
        ),
        *field_lines(item, console),
        duplicates_text(item),
        Text(""),
        Text(f"From (editors only, never published): {message.sender}"),
        Text(f"Subject: {message.subject}   sent {message.sent_at or '?'}"),
    ]
    if item.merged_into:
        parts.append(Text(f"Merged into #{item.merged_into}", style="bold"))
    for m in item.merged_from:
        parts.append(
            Text(f"Also received as #{m['id']} (message {m['message']}) from {m['sender']}")
        )
    parts += [
        Text(""),
        Text("Resolution text", style="bold"),
        Text(item.text.strip() or NO_TEXT),
    ]
    parts += left_out_lines(item.left_out)
    compared = comparison_lines(item, console)
    parts += [Text(""), *compared] if compared else []
    parts += [Text(""), Text("Documents", style="bold"), *map(Text, document_lines(item.documents))]
    parts += [Text(""), Text("History", style="bold"), *map(Text, history_lines(item.history))]
    return Group(*parts)


def left_out_lines(cut: dict[str, str] | None, *, most: int = 8) -> list[Text]:
    """What the resolution text was cut from, before and after it: the editor checks that
    no paragraph of the resolution was left out."""
    if not cut or not (cut["before"] or cut["after"]):
        return []
    lines = [Text(""), Text(f"Left out of the resolution text ({cut['document']})", style="bold")]
    for where in ("before", "after"):
        said = cut[where].splitlines()
        more = [f"… ({len(said) - most} more lines)"] if len(said) > most else []
        if said:
            shown = said[:most] + more
            lines.append(Text(f"  {where}:", style="dim"))
            lines += [Text(f"    {line}", style="dim") for line in shown]
    return lines


def changes_text(item: ItemView, console: Console) -> Text:
    """The text's differences from the model, unchanged runs squeezed: changes at a glance.
    A translation is not compared word by word: then the note and the submitted text."""
    if not item.text.strip():
        return Text(NO_TEXT, style="bold red")
    if item.comparison:
        return Text(item.comparison, style="dim").append("\n\n" + item.text, style="")
    if not item.diff:
        return Text("(no model to compare with)\n\n", style="dim").append(item.text, style="")
    if all(part["op"] == "=" for part in item.diff):
        return Text("The model, word for word.", style="dim")
    return diff_text(_squeeze(item.diff), console)


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
        *map(Text, document_lines(message["documents"]) or ["  none read"]),
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
