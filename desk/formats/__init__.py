"""Files in and out of Desk (CSV, Excel, JSON): rows with their line numbers, no database.

Every import reads its file here (`table.read_table`, `json_file.load_json`) and hands plain
rows to the store; every export writes its file here (`xlsx_writer`, `json_file`). Imports only
the standard library, openpyxl (loaded on first use) and desk.domain.
"""
