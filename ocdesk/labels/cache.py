"""Failed single prints kept across restarts: label PDFs on disk by content hash, rows in the db.

A failed print waits for Retry or Discard. Its row (failed_prints) says what the label is and
where it was going; its bytes sit in the label cache, so Retry prints exactly what failed
without asking OC again. The cache holds nothing but label PDFs, named by their sha256.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ocdesk.labels.document import LabelDocument, LabelIdentity
from ocdesk.store.paths import AppPaths
from ocdesk.store.sql import Store, Transaction

_HASH = re.compile(r"[0-9a-f]{64}")


def cache_folder(paths: AppPaths) -> Path:
    """Where label PDFs are cached: `labels/` in the user's cache folder."""
    return paths.cache_dir / "labels"


class LabelCache:
    """Label PDFs in one folder, each named `<sha256>.pdf`; files written atomically."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, content_hash: str) -> Path:
        # The hash comes from the database; a damaged row must not point outside the folder.
        if not _HASH.fullmatch(content_hash):
            raise ValueError(f"not a label content hash: {content_hash!r}")
        return self.folder / f"{content_hash}.pdf"

    def put(self, pdf: bytes) -> str:
        """Keep `pdf`; returns its content hash. A file already there is left as it is."""
        content_hash = hashlib.sha256(pdf).hexdigest()
        target = self.path(content_hash)
        if self.get(content_hash) is None:
            self._write(target, pdf)
        return content_hash

    def get(self, content_hash: str) -> bytes | None:
        """The cached bytes, or None when the file is gone or no longer matches its hash."""
        try:
            pdf = self.path(content_hash).read_bytes()
        except FileNotFoundError:
            return None
        return pdf if hashlib.sha256(pdf).hexdigest() == content_hash else None

    def remove(self, content_hash: str) -> None:
        self.path(content_hash).unlink(missing_ok=True)

    def _write(self, target: Path, pdf: bytes) -> None:
        """Temp file + fsync + rename: a crash leaves the old file or the new one, never half."""
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle, temp = tempfile.mkstemp(dir=self.folder, prefix=".", suffix=".part")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(pdf)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp, target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise


@dataclass(frozen=True)
class FailedPrint:
    """A single print that failed and waits for Retry or Discard (a row of failed_prints)."""

    id: int
    at: float
    label_type: str
    number: str
    name: str
    content_hash: str
    source_endpoint: str | None
    printer: str | None
    copies: int
    reason: str
    reprint_of: int | None
    reprint_reason: str

    @property
    def identity(self) -> LabelIdentity:
        return LabelIdentity(self.label_type, self.number, self.content_hash)


@dataclass(frozen=True)
class Failure:
    """What to keep about a failed print besides its label: where it went, why it failed."""

    printer: str | None
    copies: int
    reason: str
    reprint_of: int | None = None
    reprint_reason: str = ""


class FailedPrints:
    """The failed_prints table plus the label cache its rows point into.

    A cached file is removed with the last row that refers to it. Rows and files change
    inside one database transaction, so a Discard never deletes the file of a failure being
    saved at the same moment. `latest` is the list as last read, for the GUI thread, which
    must not wait on the database.
    """

    def __init__(self, db: Store, cache: LabelCache) -> None:
        self._db = db
        self.cache = cache
        self._latest: list[FailedPrint] = []
        # Read and publish together: an older read must never replace a newer one.
        self._latest_lock = threading.Lock()

    @property
    def latest(self) -> list[FailedPrint]:
        """Every failed print as of the last `jobs()`, `save()` or `remove()`, oldest first."""
        return list(self._latest)

    def jobs(self) -> list[FailedPrint]:
        """Every failed print, oldest first, read now (and kept as `latest`)."""
        with self._latest_lock:
            rows = self._db.query("SELECT * FROM failed_prints ORDER BY id")
            self._latest = [_failed(row) for row in rows]
            return list(self._latest)

    def job(self, failed_id: int) -> FailedPrint | None:
        rows = self._db.query("SELECT * FROM failed_prints WHERE id = ?", [failed_id])
        return _failed(rows[0]) if rows else None

    def save(self, doc: LabelDocument, failure: Failure, failed_id: int | None = None) -> int:
        """Keep a failed print of `doc`: a new row, or (a failed Retry) row `failed_id` updated.

        Returns the row's id. A retried row that was discarded meanwhile comes back as a new one:
        the print did fail, and the user should see it.
        """
        fields = {
            "at": time.time(),
            "label_type": doc.label_type,
            "number": doc.number or "",
            "name": doc.name,
            "content_hash": doc.content_hash,
            "source_endpoint": doc.source_endpoint,
            "printer": failure.printer,
            "copies": failure.copies,
            "reason": failure.reason,
            "reprint_of": failure.reprint_of,
            "reprint_reason": failure.reprint_reason,
        }
        with self._db.transaction() as conn:
            self.cache.put(doc.pdf)
            saved = _update(conn, failed_id, fields) if failed_id is not None else None
            saved = saved or _insert(conn, fields)
        self.jobs()
        return saved

    def remove(self, failed_id: int) -> None:
        """Forget a failed print (printed at last, or discarded), and its file if now unused."""
        with self._db.transaction() as conn:
            rows = conn.execute(
                "SELECT content_hash FROM failed_prints WHERE id = ?", [failed_id]
            ).fetchall()
            if not rows:
                return
            conn.execute("DELETE FROM failed_prints WHERE id = ?", [failed_id])
            content_hash = rows[0]["content_hash"]
            if not _still_used(conn, content_hash):
                self.cache.remove(content_hash)
        self.jobs()

    def document(self, job: FailedPrint) -> LabelDocument | None:
        """The label as it failed, rebuilt from the cache; None when the cached copy is gone."""
        pdf = self.cache.get(job.content_hash)
        if pdf is None:
            return None
        return LabelDocument(
            pdf,
            label_type=job.label_type,
            number=job.number or None,
            source_endpoint=job.source_endpoint,
            name=job.name,
        )


def _update(conn: Transaction, failed_id: int, fields: dict[str, Any]) -> int | None:
    sets = ", ".join(f"{name} = :{name}" for name in fields)
    updated = conn.execute(
        f"UPDATE failed_prints SET {sets} WHERE id = :id", {**fields, "id": failed_id}
    )
    return failed_id if updated.rowcount == 1 else None


def _insert(conn: Transaction, fields: dict[str, Any]) -> int:
    names, marks = ", ".join(fields), ", ".join(f":{name}" for name in fields)
    inserted = conn.execute(
        f"INSERT INTO failed_prints ({names}) VALUES ({marks}) RETURNING id", fields
    )
    return int(inserted.fetchone()[0])


def _still_used(conn: Transaction, content_hash: str) -> bool:
    found = conn.execute(
        "SELECT 1 FROM failed_prints WHERE content_hash = ? LIMIT 1", [content_hash]
    ).fetchone()
    return found is not None


def _failed(row: Any) -> FailedPrint:
    return FailedPrint(
        id=row["id"],
        at=row["at"],
        label_type=row["label_type"],
        number=row["number"],
        name=row["name"],
        content_hash=row["content_hash"],
        source_endpoint=row["source_endpoint"],
        printer=row["printer"],
        copies=row["copies"],
        reason=row["reason"],
        reprint_of=row["reprint_of"],
        reprint_reason=row["reprint_reason"],
    )
