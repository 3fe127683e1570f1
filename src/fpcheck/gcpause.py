"""The cyclic garbage collector paused while fpcheck builds many objects at once (extracting a report, reading
and checking a large table), put back as it was found."""

from __future__ import annotations

import gc
import threading


class CollectorPause:
    """Pauses the cyclic garbage collector while any extraction, table reading or checking runs (in any
    thread), and puts it back as it found it when the last one ends.

    Extraction makes no reference cycles (everything it drops is freed by reference counting), but the
    values it keeps add up: the collector rescans the whole heap each time they grow it by a quarter, several
    times within one call on a large document (about 5% of the time on 4 MB). Paused, it has nothing to
    miss."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._running = 0  # extractions under way
        self._was_enabled = False  # the collector's state when the first of them started

    def __enter__(self) -> None:
        with self._lock:
            if self._running == 0:
                self._was_enabled = gc.isenabled()
                gc.disable()
            self._running += 1

    def __exit__(self, *exc: object) -> None:
        with self._lock:
            self._running -= 1
            if self._running == 0 and self._was_enabled:
                gc.enable()


COLLECTOR_PAUSE = CollectorPause()
