"""The review queue read through the DB-API driver itself (the standard library's sqlite3;
psycopg on PostgreSQL), without SQLAlchemy, for `intake queue list`.

Importing SQLAlchemy alone takes many times the start of Python, and editors list the queue
dozens of times a day. So this one read path is plain, parameterised SQL, kept beside the
models it reads (models.py). It must give what the ORM listing (intake/queue/listing.py)
gives: a test runs both on the same store, SQLite and PostgreSQL, for every filter and sort.
A change to the columns either reads is made in both.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from urllib.parse import parse_qsl, unquote

from intake.errors import DatabaseError
from intake.settings import mask_url
from intake.store.schema import require_revision, sqlite_file

_FROM = "FROM resolutions r JOIN messages m ON r.message_pk = m.id"
# Every review item has its message (a foreign key, not null): a count or an order that reads
# no message column leaves the join out, and reads no message row (a message row holds its raw
# bytes: scanning 10,000 of them is most of a listing's time).
_FROM_ITEMS = "FROM resolutions r"
_MESSAGE_SORTS = ("newest", "oldest")
_MESSAGE_FILTERS = ("received_from", "received_to", "text")  # the filters on message columns
_RECEIVED = "coalesce(m.received_at, m.stored_at)"
_ORDER = {
    "newest": f"{_RECEIVED} DESC, r.id DESC",
    "oldest": f"{_RECEIVED} ASC, r.id ASC",
    "unsure": "coalesce(r.min_confidence, 0.0) ASC, r.id ASC",
    "meeting": "r.meeting_date ASC NULLS LAST, r.id ASC",
    "organisation": "lower(r.organisation) ASC NULLS LAST, r.id ASC",
}
_SEARCHED = ("r.text", "r.organisation", "r.place", "m.subject", "m.sender")
_IGNORED_STATUS = "merged"  # a merged item is one resolution with its target: no duplicate


@dataclass
class PlainReader:
    """A DB-API connection and what its SQL needs to know: the driver's parameter style."""

    connection: Any
    postgres: bool
    safe_url: str

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        if self.postgres:
            sql = sql.replace("?", "%s")  # no literal ? in our SQL: every value is a parameter
        try:
            cursor = self.connection.cursor()
            cursor.execute(sql, [self._value(p) for p in params])
            return list(cursor.fetchall())
        except self._driver_errors() as err:
            raise DatabaseError(f"database error: {err}") from err

    def _value(self, param: Any) -> Any:
        """A datetime as SQLAlchemy writes it to SQLite (text, microseconds, no zone)."""
        if isinstance(param, datetime) and not self.postgres:
            return param.strftime("%Y-%m-%d %H:%M:%S.%f")
        return param

    def _driver_errors(self) -> tuple[type[Exception], ...]:
        if self.postgres:
            import psycopg

            return (psycopg.Error,)
        import sqlite3

        return (sqlite3.Error,)

    def require_current_schema(self) -> bool:
        """The schema check every command makes (SchemaBehindError if behind); False when
        alembic must decide (a version table holding branches)."""
        exists = (
            "SELECT 1 FROM information_schema.tables WHERE table_name = 'alembic_version'"
            " AND table_schema = current_schema()"
            if self.postgres
            else "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        )
        versions = (
            [v for (v,) in self.rows("SELECT version_num FROM alembic_version")]
            if self.rows(exists)
            else []
        )
        if len(versions) > 1:
            return False
        require_revision(versions[0] if versions else None, self.safe_url)
        return True

    def json(self, value: Any) -> Any:
        """A JSON column's value: SQLite hands its text, psycopg the decoded value."""
        if self.postgres or value is None:
            return value
        import json  # here: listing reads no JSON column

        return json.loads(value)

    def close(self) -> None:
        self.connection.close()


def open_reader(url: str) -> PlainReader | None:
    """A reader for a SQLite file or a PostgreSQL URL; None for any other URL (the ORM then
    reads). A missing SQLite file is an error, as for every command."""
    if url.startswith(("postgresql+psycopg://", "postgresql://")):
        import psycopg
        from psycopg.conninfo import make_conninfo

        try:
            connection = psycopg.connect(make_conninfo(**_libpq_params(url)))
        except psycopg.OperationalError as err:
            raise DatabaseError(f"cannot reach the database at {mask_url(url)}: {err}") from err
        return PlainReader(connection, True, mask_url(url))
    if "?" in url:
        return None
    path = sqlite_file(url, create=False)
    if path is None:
        return None
    import sqlite3

    sqlite_connection = sqlite3.connect(path, timeout=10)
    sqlite_functions(sqlite_connection)
    return PlainReader(sqlite_connection, False, mask_url(url))


def _libpq_params(url: str) -> dict[str, str]:
    """The URL's parts as psycopg takes them; the password split at the last @, as in mask_url."""
    main, _, query = url.partition("://")[2].partition("?")
    credentials, at, location = main.rpartition("@")
    host_port, _, dbname = location.partition("/")
    host, port = host_port, ""
    if ":" in host_port and not host_port.endswith("]"):  # [::1] is a host without a port
        host, _, port = host_port.rpartition(":")
    params = {"host": unquote(host).strip("[]"), "port": port, "dbname": unquote(dbname)}
    if at:
        user, has_password, password = credentials.partition(":")
        params["user"] = unquote(user)
        if has_password:
            params["password"] = unquote(password)
    params.update(parse_qsl(query))
    return {k: v for k, v in params.items() if v}


def _conditions(wanted: Mapping[str, Any]) -> tuple[list[str], list[Any]]:
    """WHERE clauses and their parameters for a QueueFilter's fields, as listing.py's."""
    sql: list[str] = []
    params: list[Any] = []

    def add(clause: str, *values: Any) -> None:
        sql.append(clause)
        params.extend(values)

    if wanted["status"]:
        add("r.status = ?", wanted["status"])
    if wanted["campaign"]:
        add("r.campaign = ?", wanted["campaign"])
    if wanted["below"] is not None:
        add("coalesce(r.min_confidence, 0.0) < ?", wanted["below"])
    if wanted["organisation"]:
        like = like_pattern(wanted["organisation"])
        add(
            f"(lower(r.organisation) {_LIKE} OR lower(r.organisation_as_written) {_LIKE})",
            like,
            like,
        )
    if wanted["country"]:
        add("r.country_code = ?", wanted["country"].upper())
    if wanted["met_from"]:
        add("r.meeting_date >= ?", wanted["met_from"].isoformat())
    if wanted["met_to"]:  # a range "start/end" sorts after its start: compare the start only
        add("substr(r.meeting_date, 1, 10) <= ?", wanted["met_to"].isoformat())
    if wanted["received_from"]:
        add(f"{_RECEIVED} >= ?", start_of(wanted["received_from"]))
    if wanted["received_to"]:
        add(f"{_RECEIVED} < ?", start_of(wanted["received_to"] + timedelta(days=1)))
    if wanted["text"]:
        like = like_pattern(wanted["text"])
        add("(" + " OR ".join(f"lower({c}) {_LIKE}" for c in _SEARCHED) + ")", *[like] * 5)
    return sql, params


def _where(wanted: Mapping[str, Any], *, sort: str | None = None) -> tuple[str, list[Any]]:
    """FROM and WHERE for the filter (and the sort, if any), and their parameters."""
    sql, params = _conditions(wanted)
    joined = sort in _MESSAGE_SORTS or any(wanted[name] for name in _MESSAGE_FILTERS)
    where = " WHERE " + " AND ".join(sql) if sql else ""
    return f"{_FROM if joined else _FROM_ITEMS}{where}", params


def start_of(day: date) -> datetime:
    """The first moment of a day, as received times are compared with it (both listings)."""
    return datetime.combine(day, time.min)


# How both listings match an editor's text, the same on SQLite and PostgreSQL: lowered by
# Python's str.lower on both sides (SQLite's own lower() folds ASCII only, so a connection
# gets Python's in its place: sqlite_functions), and matched literally, % and _ escaped.
LIKE_ESCAPE = "\\"
_LIKE = "LIKE ? ESCAPE '\\'"


def like_pattern(text: str) -> str:
    """`%text%` lowered, its own %, _ and backslash taken literally (escaped with LIKE_ESCAPE)."""
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def sqlite_functions(connection: Any) -> None:
    """Give a SQLite connection PostgreSQL's lower(): every letter, not ASCII only."""
    connection.create_function("lower", 1, _lower, deterministic=True)


def _lower(value: str | None) -> str | None:
    """lower() of a text column (SQLite hands a text column's values as str, or None): called
    once for each row a search reads, so no more than it must."""
    return None if value is None else value.lower()


def item_ids(
    reader: PlainReader, wanted: Mapping[str, Any], *, sort: str, limit: int, offset: int
) -> list[int]:
    """One page of matching review items' ids, in the sort's order."""
    where, params = _where(wanted, sort=sort)
    sql = f"SELECT r.id {where} ORDER BY {_ORDER[sort]} LIMIT ? OFFSET ?"
    return [pk for (pk,) in reader.rows(sql, [*params, limit, offset])]


def count_items(reader: PlainReader, wanted: Mapping[str, Any]) -> int:
    where, params = _where(wanted)
    return int(reader.rows(f"SELECT count(r.id) {where}", params)[0][0])


def item_rows(reader: PlainReader, ids: list[int]) -> dict[int, tuple[Any, ...]]:
    """id -> the values of a listed row, in QueueRow's order up to its received time (never
    the message's raw bytes)."""
    if not ids:
        return {}
    sql = (
        "SELECT r.id, r.status, r.organisation, r.meeting_date, r.place, r.outcome,"
        " r.min_confidence, m.subject, r.campaign, r.country_code, m.received_at, m.stored_at"
        f" {_FROM} WHERE r.id IN ({_marks(ids)})"
    )
    return {row[0]: (*row[:10], _iso(row[10] or row[11])) for row in reader.rows(sql, ids)}


def duplicate_ids(reader: PlainReader, ids: list[int]) -> dict[int, list[int]]:
    """Each item's stored suspected duplicates, merged items on neither side."""
    if not ids:
        return {}
    sql = (
        "SELECT d.resolution_id, d.other_id FROM suspected_duplicates d"
        " JOIN resolutions mine ON mine.id = d.resolution_id"
        " JOIN resolutions other ON other.id = d.other_id"
        f" WHERE d.resolution_id IN ({_marks(ids)}) AND mine.status <> ? AND other.status <> ?"
        " ORDER BY d.resolution_id, d.other_id"
    )
    found: dict[int, list[int]] = {}
    for item, other in reader.rows(sql, [*ids, _IGNORED_STATUS, _IGNORED_STATUS]):
        found.setdefault(item, []).append(other)
    return found


def message_rows(
    reader: PlainReader, status: str | None, text: str | None, *, limit: int, offset: int
) -> list[tuple[Any, ...]]:
    """Failed or "other" messages that no review item was made of, newest first, in
    QueueRow's order up to its received time; of the filters, only --search applies."""
    status = status or "failed"
    sql = "SELECT m.id, m.error, m.reason, m.subject, m.received_at, m.stored_at FROM messages m"
    sql += " WHERE m.status = ?" if status == "failed" else " WHERE m.kind = ?"
    params: list[Any] = [status]
    if text:
        sql += f" AND (lower(m.subject) {_LIKE} OR lower(m.sender) {_LIKE})"
        params += [like_pattern(text)] * 2
    sql += " AND m.id NOT IN (SELECT message_pk FROM resolutions) ORDER BY m.id DESC"
    rows = reader.rows(sql + " LIMIT ? OFFSET ?", [*params, limit, offset])
    return [
        (
            pk,
            status,
            None,
            None,
            None,
            error or reason or "",
            None,
            subject,
            None,
            None,
            _iso(received or stored),
        )
        for pk, error, reason, subject, received, stored in rows
    ]


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" * len(values))


def _iso(value: Any) -> str | None:
    """A stored time as the ORM hands it on: SQLite keeps text, PostgreSQL a datetime."""
    moment = _datetime(value)
    return moment.isoformat() if moment is not None else None


# --- one item, for `intake queue show` (intake/queue/item_view.py builds the view) ---------

_ITEM_COLUMNS = (
    "id, message_pk, version, status, campaign, outcome, organisation, organisation_as_written,"
    " organisation_confidence, meeting_date, meeting_date_as_written, meeting_date_confidence,"
    " place, place_as_written, place_confidence, country_code, min_confidence, similarity,"
    " text, extraction, merged_into, reject_reason, reject_note, updated_by"
)
_DOCUMENT_COLUMNS = "name, origin, type, method, pages, text, warnings, failed, ocr_confidence"


def item_record(reader: PlainReader, item_id: int) -> dict[str, Any] | None:
    """The review item's columns the desk shows, by name; None when there is no such item."""
    found = _records(reader, f"SELECT {_ITEM_COLUMNS} FROM resolutions WHERE id = ?", [item_id])
    if not found:
        return None
    (item,) = found
    item["extraction"] = reader.json(item["extraction"])
    return item


def message_record(reader: PlainReader, message_pk: int) -> dict[str, Any]:
    """The message's summary columns (never its raw bytes), its sending time a datetime."""
    sql = "SELECT id, subject, sender, sent_at, message_id FROM messages WHERE id = ?"
    (message,) = _records(reader, sql, [message_pk])
    message["sent_at"] = _datetime(message["sent_at"])
    return message


def document_records(reader: PlainReader, message_pk: int) -> list[dict[str, Any]]:
    """The message's documents in their order, each with its position."""
    sql = (
        f"SELECT position, {_DOCUMENT_COLUMNS} FROM documents WHERE message_pk = ?"
        " ORDER BY position"
    )
    documents = _records(reader, sql, [message_pk])
    for document in documents:
        document["warnings"] = reader.json(document["warnings"])
    return documents


def item_duplicates(reader: PlainReader, item_id: int) -> list[dict[str, Any]]:
    """The item's stored suspected duplicates, as Duplicate.as_dict gives them."""
    sql = (
        "SELECT d.other_id, other.status, d.why, d.other_sender FROM suspected_duplicates d"
        " JOIN resolutions mine ON mine.id = d.resolution_id"
        " JOIN resolutions other ON other.id = d.other_id"
        " WHERE d.resolution_id = ? AND mine.status <> ? AND other.status <> ?"
        " ORDER BY d.other_id"
    )
    rows = reader.rows(sql, [item_id, _IGNORED_STATUS, _IGNORED_STATUS])
    return [
        {"id": other, "status": status, "why": why, "other_sender": bool(other_sender)}
        for other, status, why, other_sender in rows
    ]


def merged_from(reader: PlainReader, item_id: int) -> list[dict[str, Any]]:
    """Items merged into this one, with their messages' senders."""
    sql = (
        "SELECT r.id, r.message_pk, m.sender FROM resolutions r JOIN messages m"
        " ON m.id = r.message_pk WHERE r.merged_into = ? ORDER BY r.id"
    )
    rows = reader.rows(sql, [item_id])
    return [{"id": pk, "message": message, "sender": sender} for pk, message, sender in rows]


def history(reader: PlainReader, item_id: int) -> list[dict[str, Any]]:
    """The item's audit trail, oldest first."""
    sql = "SELECT at, actor, action, details FROM audit WHERE resolution_id = ? ORDER BY id"
    return [
        {"at": _iso(at), "actor": actor, "action": action, "details": reader.json(details)}
        for at, actor, action, details in reader.rows(sql, [item_id])
    ]


def _records(reader: PlainReader, sql: str, params: Sequence[Any]) -> list[dict[str, Any]]:
    """Rows as dicts by column name (the names as written in the SELECT)."""
    head = sql.removeprefix("SELECT ").partition(" FROM ")[0]
    names = [column.strip().rpartition(".")[2] for column in head.split(",")]
    return [dict(zip(names, row, strict=True)) for row in reader.rows(sql, params)]


def _datetime(value: Any) -> datetime | None:
    """A stored time as the ORM reads it, from SQLite's text or PostgreSQL's datetime."""
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value)
