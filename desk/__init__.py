"""Desk: the front-desk application for Indonesian public-service counters."""

__version__ = "0.2.0"
