"""What the pool's fork server holds before it forks a worker: spaCy and the model.

``LocalParser`` starts its workers from a fork server that imports this module first, so
spaCy is imported and the model loaded once, not once per worker (1.7-2.0 s of CPU each),
and the workers share the model's pages until they write to them (its objects are frozen
out of the cyclic collector's sight when it is loaded, see ``spacy_model.load``). A model
that cannot be loaded here is loaded (and its error raised) in each worker, as without the
server.
"""

from __future__ import annotations

from contextlib import suppress

from triangulate.claims.precheck import may_hold_claim
from triangulate.errors import TriangulateError
from triangulate.exec import pool as _pool  # what the workers run
from triangulate.nlp import spacy_model

# A model that cannot be loaded raises its error in each worker, when it loads it.
with suppress(TriangulateError):
    spacy_model.load()
# The pre-check's word lists (about 0.04 s of CPU) are built once here, not in each worker.
may_hold_claim("")
# What loading freed goes back to the system rather than into every worker's pages.
_pool.release_free_memory()
