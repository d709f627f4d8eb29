"""Building a large structure at once (a programme read, its index) without the garbage
collector's passes.

Reading a programme of a thousand events and indexing it make hundreds of thousands of objects
that all live on; the cyclic collector, triggered by the count of new objects, scans them again
and again meanwhile (a sixth of a cold start of `ask --json` on FOSDEM 2020's programme) and finds
nothing to free. Reference counting still frees what the build throws away. The collector's state
is restored afterwards, so a build inside another changes nothing.
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
