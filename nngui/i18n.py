"""Translations: English (the source language) and Russian, switched at run time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from nngui.resources import resource_path

#: The languages nngui speaks, by code, each named in its own language.
LANGUAGES: dict[str, str] = {"en": "English", "ru": "Русский"}

_installed: list[QTranslator] = []
_current = "en"


def system_language() -> str:
    """The system locale's language if nngui speaks it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def current_language() -> str:
    return _current


def set_language(app: QCoreApplication, language: str) -> None:
    """Switch every window to `language` ("en" or "ru"); widgets retranslate on LanguageChange."""
    global _current
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; nngui speaks {', '.join(LANGUAGES)}")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language != "en":
        ours = QTranslator(app)
        if not ours.load(str(resource_path("translations", f"nngui_{language}.qm"))):
            raise FileNotFoundError(f"the {LANGUAGES[language]} translation is missing")
        _installed.append(ours)
        qt = QTranslator(app)  # Qt's own dialogs and buttons (OK, Cancel, …)
        for folder in (str(resource_path("translations")),
                       QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            if qt.load(f"qtbase_{language}", folder):
                _installed.append(qt)
                break
        for translator in _installed:
            app.installTranslator(translator)
    QLocale.setDefault(QLocale(language))
    _current = language
