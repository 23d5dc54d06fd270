"""Keyword search: query parsing, the index, and the backend behind one interface."""
