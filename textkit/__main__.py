"""``python -m textkit`` runs the command line."""

from textkit.cli import run

run()
