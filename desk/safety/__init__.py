"""The database file's safety: opening and checking it, backups and restore, audit witnesses.

Uses the store (the database, its migrations and operations) and the domain; the store never
uses this package.
"""
