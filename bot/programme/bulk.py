"""Building a large structure at once (a programme read, its index) without the garbage
collector's passes.

Reading a programme of a thousand events and indexing it make hundreds of thousands of objects
that all live on; the cyclic collector, triggered by the count of new objects, scans them again
and again meanwhile (a sixth of a cold start of `ask --json` on FOSDEM 2020's programme) and finds
nothing to free. Reference counting still frees what the build throws away. The collector's state
is restored afterwards, so a build inside another changes nothing.

A short-lived process (`ask`) keeps what it builds to the end: `built_for_good` also moves it out
of the collector's sight (gc.freeze), so the first pass after the build does not scan the hundred
thousand objects just made (40 ms of a cold start on a programme of 1,100 events). Not for the
bot's long run: everything alive at a freeze is never collected as a cycle again.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def without_collection() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextmanager
def built_for_good() -> Iterator[None]:
    """A build whose objects live until the process ends, none scanned by the collector again."""
    with without_collection():
        yield
        gc.freeze()
