"""Speed-ups that must not change a byte: what a parsing process leaves out, the same records."""

from __future__ import annotations

import subprocess
import sys

from triangulate.exec import LocalParser
from triangulate.pipeline import parse_in_process

PAIRS = [
    ("a", "Firefighters in Dorvale said 12 people died in a warehouse fire on Monday."),
    ("b", "About 300 workers walked out at the Kesrin mill, the union told the Valley Times."),
    ("c", "A grey morning.\nThe harbour was quiet.\nThe council said 40 homes lost power."),
]


def test_model_loads_without_spacy_command_line_which_stays_importable() -> None:
    # Loading the model leaves spaCy's command line out; asked for later, it is spaCy's own.
    script = (
        "import sys\n"
        "from triangulate.nlp import spacy_model\n"
        "spacy_model.load()\n"
        "print('spacy.cli' in sys.modules, 'weasel' in sys.modules)\n"
        "import spacy, spacy.cli\n"
        "print(hasattr(spacy.cli, 'download'), 'weasel' in sys.modules)\n"
        "from spacy.cli.info import info\n"
        "print(spacy.info(markdown=True, silent=True) == info(markdown=True, silent=True))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=300
    )
    assert out.stdout.split() == ["False", "False", "True", "True", "True"]


def test_spacy_imported_already_is_left_as_it_is() -> None:
    import spacy
    import spacy.cli

    from triangulate.nlp import spacy_model

    assert spacy_model._import_spacy() is spacy
    assert sys.modules["spacy.cli"] is spacy.cli
    assert hasattr(spacy.cli, "download")


def test_workers_without_spacy_command_line_give_the_in_process_records() -> None:
    with LocalParser(2, batch_size=1, min_chars=1) as parser:
        pooled = list(parser(PAIRS))
        assert parser.started
    assert pooled == list(parse_in_process(PAIRS))
