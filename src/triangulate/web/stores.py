"""One store connection per thread: SQLite connections must not be shared between threads.

The web server answers requests on a pool of worker threads (FastAPI runs plain ``def``
endpoints in a thread pool). Each thread opens its own store the first time it needs one and
keeps it; ``close`` closes every connection when the app shuts down. In WAL mode readers in
these threads never block the one background writer.
"""

from __future__ import annotations

import threading

from triangulate.store import Store, open_store


class StorePool:
    """Per-thread stores over one database.

    Args:
        target: The database path or URL, as for ``open_store``.
    """

    def __init__(self, target: str) -> None:
        self.target = target
        self._local = threading.local()
        self._lock = threading.Lock()
        self._open: list[Store] = []

    def get(self) -> Store:
        """This thread's store, opened on first use."""
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            store = open_store(self.target)
            self._local.store = store
            with self._lock:
                self._open.append(store)
        return store

    def close(self) -> None:
        """Close every connection opened so far (at shutdown)."""
        with self._lock:
            opened, self._open = self._open, []
        for store in opened:
            store.close()
        self._local = threading.local()
