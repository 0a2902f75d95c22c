"""What `desk check` and `desk run` exit with when the database cannot be used.

Apart from desk.safety.health (which loads SQLAlchemy) so that `desk run` can name them before
the heavy modules are imported: the login dialog is on screen first.
"""

from __future__ import annotations

from desk.store.errors import Problem

EXIT_UNUSABLE = 2  # the database cannot be used where it is (network share, read-only, locked, too new, ...)
EXIT_DAMAGED = 3  # the file is damaged or not Desk's


def exit_code(problem: Problem | None) -> int:
    """What `desk check` and `desk run` exit with when the database cannot be used."""
    return EXIT_DAMAGED if problem in (Problem.DAMAGED, Problem.FOREIGN) else EXIT_UNUSABLE
