"""Desk's start behind the login: the first dialog on screen, and the work done while the officer types.

Kept light on purpose (PySide6 and Desk's plain modules only): `desk run` shows the login dialog
from here before SQLAlchemy, the store or the main window's modules are imported.
"""
