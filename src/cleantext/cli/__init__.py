"""The ``cleantext`` command: filter, in-place fixer, batch front end, ``--explain``."""

from cleantext.cli.command import main

__all__ = ["main"]
