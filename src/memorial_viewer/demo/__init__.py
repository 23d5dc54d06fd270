"""Demo archive content: the wheel ships texts and photo *specs*; photos are drawn on first run.

Drawing the photos instead of shipping them keeps the wheel small, needs no image rights, and gives
every machine and every test run byte-identical files, so the demo archive is reproducible.
"""
