"""Loading the shipped translations.

UI strings go through `self.tr()` / `QCoreApplication.translate`. The translations live as Qt
Linguist `.ts` sources in `resources/translations/` and are compiled to `.qm` with
`pyside6-lrelease` (shipped in PySide6-Essentials; run `python -m memorial_viewer.ui.i18n` after
editing a `.ts`). The compiled `.qm` files are committed so that a user needs no Qt tools.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

SHIPPED = ("az", "ru")
ENV_LANG = "MEMORIAL_VIEWER_LANG"


def translations_dir() -> Path:
    from memorial_viewer.paths import resources_dir

    return resources_dir() / "translations"


def choose_language(preferred: str = "") -> str:
    """The language to show: $MEMORIAL_VIEWER_LANG, the user's choice, else the system's."""
    for code in (os.environ.get(ENV_LANG, ""), preferred, QLocale.system().name()):
        code = code.split("_")[0].split(".")[0].lower()
        if code in SHIPPED or code == "en":
            return code
    return "en"


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Install the translator for `language`; English needs none. Returns it to keep alive."""
    if language == "en":
        return None
    translator = QTranslator(app)
    if translator.load(f"memorial_viewer_{language}", str(translations_dir())):
        app.installTranslator(translator)
        return translator
    return None


def compile_translations() -> None:
    """Developer helper: refresh the .ts from the sources, then compile them to .qm."""
    import subprocess

    ui_dir = Path(__file__).parent
    sources = sorted(str(p) for p in ui_dir.glob("*.py"))
    for code in SHIPPED:
        ts = translations_dir() / f"memorial_viewer_{code}.ts"
        subprocess.run(["pyside6-lupdate", *sources, "-ts", str(ts), "-no-obsolete"], check=True)
        subprocess.run(["pyside6-lrelease", str(ts)], check=True)


if __name__ == "__main__":
    compile_translations()
    sys.exit(0)
