"""Importers: turn files into archive items (pure parsing here, storage in importer.py)."""
