"""`python -m triangulate` runs the command line."""

from triangulate.cli.main import app

app()
