"""A lock file: one holder at a time, free again when its holder lets go or ends."""

from __future__ import annotations

from ocdesk.store.locks import FileLock, holder_is_gone


def test_a_lock_is_free_again_when_its_holder_releases_it_or_ends(tmp_path) -> None:
    path = tmp_path / "batch.lock"
    held = FileLock(path)
    assert held.try_acquire()
    assert not holder_is_gone(path)
    held.release()
    assert holder_is_gone(path)
