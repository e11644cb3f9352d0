"""`python -m audiodigest` runs the command-line interface."""

from .cli import cli

cli()
