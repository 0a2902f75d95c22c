"""Printed documents: plain records in, PDF bytes out (ReportLab; no Qt, no database).

Importing this package does no work: fonts are registered on the first document.
"""
