"""The label cache and the failed-print queue: kept across restarts, removed with the last use."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ocdesk.labels.cache import FailedPrints, Failure, LabelCache, cache_folder
from ocdesk.labels.document import LabelDocument
from ocdesk.store.db import Database
from ocdesk.store.paths import app_paths

NO_PRINTER = Failure("no-such-printer", 1, "no printer called no-such-printer")


@pytest.fixture
def cache(tmp_path: Path) -> LabelCache:
    return LabelCache(tmp_path / "cache" / "labels")


def files_in(cache: LabelCache) -> list[str]:
    return sorted(p.name for p in cache.folder.iterdir()) if cache.folder.exists() else []


def test_the_cache_lives_in_the_users_cache_folder() -> None:
    paths = app_paths()
    assert cache_folder(paths) == paths.cache_dir / "labels"


def test_a_label_is_kept_once_under_its_content_hash(
    cache: LabelCache, return_doc: LabelDocument
) -> None:
    content_hash = cache.put(return_doc.pdf)
    cache.put(return_doc.pdf)
    assert content_hash == return_doc.content_hash
    assert files_in(cache) == [f"{content_hash}.pdf"]
    assert cache.get(content_hash) == return_doc.pdf


def test_a_damaged_or_missing_file_reads_as_gone(
    cache: LabelCache, return_doc: LabelDocument
) -> None:
    content_hash = cache.put(return_doc.pdf)
    cache.path(content_hash).write_bytes(return_doc.pdf[:-100])
    assert cache.get(content_hash) is None
    cache.remove(content_hash)
    assert cache.get(content_hash) is None


def test_a_write_that_fails_leaves_no_file_behind(
    cache: LabelCache, return_doc: LabelDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space left"):
        cache.put(return_doc.pdf)
    assert files_in(cache) == []


def test_a_name_that_is_not_a_hash_never_leaves_the_folder(cache: LabelCache) -> None:
    with pytest.raises(ValueError, match="not a label content hash"):
        cache.path("../../settings")


def test_a_failed_print_is_listed_after_a_restart_with_its_label(
    tmp_path: Path, cache: LabelCache, return_doc: LabelDocument
) -> None:
    path = tmp_path / "ocdesk.sqlite3"
    with Database(path) as db:
        failed_id = FailedPrints(db, cache).save(return_doc, NO_PRINTER)

    with Database(path) as db:
        (job,) = FailedPrints(db, cache).jobs()
        doc = FailedPrints(db, cache).document(job)
    assert (job.id, job.number, job.printer, job.reason) == (
        failed_id,
        return_doc.number,
        "no-such-printer",
        NO_PRINTER.reason,
    )
    assert doc is not None
    assert (doc.identity, doc.source_endpoint) == (return_doc.identity, "returns.label")
    assert doc.page_size_mm(0) == return_doc.page_size_mm(0)


def test_a_failed_retry_updates_its_row_and_a_discarded_one_comes_back(
    db: Database, cache: LabelCache, return_doc: LabelDocument
) -> None:
    failed = FailedPrints(db, cache)
    first = failed.save(return_doc, NO_PRINTER)
    again = failed.save(return_doc, Failure("Zebra-1", 1, "paper out"), failed_id=first)
    assert again == first
    assert [(j.printer, j.reason) for j in failed.latest] == [("Zebra-1", "paper out")]

    failed.remove(first)
    back = failed.save(return_doc, NO_PRINTER, failed_id=first)
    assert back != first  # a list still showing the discarded one cannot retry this one
    assert [(j.id, j.reason) for j in failed.jobs()] == [(back, NO_PRINTER.reason)]


def test_discard_removes_the_file_only_with_its_last_failed_print(
    db: Database, cache: LabelCache, return_doc: LabelDocument, sku_doc: LabelDocument
) -> None:
    failed = FailedPrints(db, cache)
    twice = [failed.save(return_doc, NO_PRINTER) for _ in range(2)]
    sku = failed.save(sku_doc, NO_PRINTER)
    return_file = f"{return_doc.content_hash}.pdf"

    failed.remove(twice[0])
    assert return_file in files_in(cache)
    failed.remove(twice[1])
    assert files_in(cache) == [f"{sku_doc.content_hash}.pdf"]
    assert [job.id for job in failed.jobs()] == [sku]


def test_a_label_whose_file_is_gone_says_so(
    db: Database, cache: LabelCache, return_doc: LabelDocument
) -> None:
    failed = FailedPrints(db, cache)
    failed.save(return_doc, NO_PRINTER)
    cache.remove(return_doc.content_hash)
    (job,) = failed.jobs()
    assert failed.document(job) is None
    assert (job.label_type, job.number) == ("return", return_doc.number)  # to fetch it again
