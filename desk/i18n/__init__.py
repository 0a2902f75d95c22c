"""Desk's translation catalogs: the .ts sources, the .qm files `make i18n` compiles, and their reader."""
