"""What the pool's first worker holds before it forks the others: spaCy and the model.

``LocalParser``'s first worker (``exec.worker``) imports this module before it forks the
other workers, so spaCy is imported and the model loaded once, not once per worker
(1.7-2.0 s of CPU each), and the workers share the model's pages until they write to them
(its objects are frozen out of the cyclic collector's sight when it is loaded, see
``spacy_model.load``). A model that cannot be loaded here is loaded (and its error raised)
in each worker, at its first block.

What a worker would otherwise make on its own is made here once, in pages all of them
share: a first parse (what the model, the BLAS limit and this project's caches set up on
first use). A worker forked after that parse (from a fork server that had made it) held
10.2 MiB of memory of its own after its first report, against 13.5 MiB before, and 15.5
against 19.0-34.5 MiB after 300 generated reports (its first blocks; the rest is the
model's working memory, see ``LocalParser``). The workers import nothing else: they are
fresh interpreters, which do not run the script of the process that started them.

spaCy's command line is not imported (``spacy_model.load``): a worker never runs it, and
it was about a fifth of the CPU time of starting the pool.
"""

from __future__ import annotations

import gc
from contextlib import suppress

from triangulate.claims.precheck import may_hold_claim
from triangulate.errors import TriangulateError
from triangulate.exec import pool as _pool  # what the workers run
from triangulate.nlp import spacy_model

# Two invented reports for the first parse: one read whole, one mostly skipped (lines the
# claim readers cannot use), so that both ways of parsing are set up.
WARM_UP = [
    (
        "warm-up-1",
        "Officials said on Monday that 12 people were hurt when the storm hit the coast, "
        'and the mayor told reporters: "We will rebuild."',
    ),
    (
        "warm-up-2",
        "A grey morning.\nThe harbour was quiet.\nGulls circled the old pier.\n"
        "Boats rocked at anchor.\nThe council said 40 homes lost power.",
    ),
]


# A model that cannot be loaded raises its error in each worker, when it loads it.
with suppress(TriangulateError):
    spacy_model.load()
# The pre-check's word lists (about 0.04 s of CPU) are built once here, not in each worker.
may_hold_claim("")
# The workers only parse: BLAS on one thread for good (``spacy_model.keep_one_blas_thread``).
spacy_model.keep_one_blas_thread()
# A first parse here: what the model and this project's caches set up on their first use
# is then set up once, in pages the workers share, not written again in each worker.
with suppress(TriangulateError):
    _pool._parse_block(WARM_UP, may_hold_claim)
# What loading freed goes back to the system rather than into every worker's pages, and
# the objects made since the model was loaded are frozen as its own are (a worker's full
# collections would otherwise write to their pages).
_pool.release_free_memory()
gc.freeze()
