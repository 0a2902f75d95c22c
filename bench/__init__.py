"""Desk's benchmark suite: `python -m bench` (or `make bench`).

Each figure is measured next to a floor taken on the same machine in the same run (a bare
PySide6 window, a raw FTS5 query, a bare ReportLab page, ...), so the ratio means something on
any PC. Results go to bench/results.md and bench/results.json; the demo databases are kept in
bench/data/ and reused between runs.
"""
