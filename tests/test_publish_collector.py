"""The publisher keeps what a publish holds out of the collector's full passes, and leaves a
freeze made before it (a job queue worker's warmed-up extraction) as it found it."""

from __future__ import annotations

import gc

from publisher.collector import kept_out_of_full_passes


def test_alone_it_freezes_for_the_block_and_unfreezes_after() -> None:
    gc.unfreeze()
    held = [object() for _ in range(100)]
    with kept_out_of_full_passes():
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0
    del held


def test_a_freeze_made_before_stays_after_the_block() -> None:
    gc.unfreeze()
    warmed = [[n] for n in range(100)]
    gc.freeze()
    try:
        before = gc.get_freeze_count()
        with kept_out_of_full_passes():
            pass
        assert gc.get_freeze_count() >= before
    finally:
        gc.unfreeze()
    del warmed
