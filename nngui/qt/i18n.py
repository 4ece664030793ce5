"""Translations: English (the source language) and Russian, switched at run time."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from nngui.resources import resource_path

# The languages nngui speaks, by code, each named in its own language.
LANGUAGES: dict[str, str] = {"en": "English", "ru": "Русский"}

_installed: list[QTranslator] = []
_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")
_current = "en"


def system_language() -> str:
    """The system locale's language if nngui speaks it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def initial_language(settings_value: str | None) -> str:
    """The language to start in: the one stored in the settings if nngui speaks it, else the system's."""
    if isinstance(settings_value, str) and settings_value in LANGUAGES:
        return settings_value
    return system_language()


def current_language() -> str:
    return _current


def translation_file(language: str) -> str:
    """The path of nngui's compiled translation (.qm) for `language`."""
    return str(resource_path("translations", f"nngui_{language}.qm"))


def set_language(app: QCoreApplication, language: str) -> None:
    """Switch every window to `language` ("en" or "ru"); widgets retranslate on LanguageChange.

    Numbers follow the language too: QLocale's default becomes that language's locale
    (Russian writes 0,5 and 10 000), so a count written as %Ln in a plural text reads as whole() writes it.
    """
    global _current
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; nngui speaks {', '.join(LANGUAGES)}")
    translators: list[QTranslator] = []
    ours = QTranslator(app)  # English, the source language, has one too: its plural forms ("1 row")
    if ours.load(translation_file(language)):
        translators.append(ours)
    else:
        ours.deleteLater()
        if language != "en":
            raise FileNotFoundError(f"the {LANGUAGES[language]} translation is missing")
    if language != "en":
        qt = QTranslator(app)  # Qt's own dialogs and buttons (OK, Cancel, …)
        for folder in (str(resource_path("translations")),
                       QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            if qt.load(f"qtbase_{language}", folder):
                translators.append(qt)
                break
    QLocale.setDefault(QLocale(language))  # before the LanguageChange events are handled
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed[:] = translators
    for translator in translators:
        app.installTranslator(translator)
    _current = language


def decimal(text: str) -> str:
    """`text` with the decimal points of its numbers written the locale's way ("0.5" → "0,5" in Russian).

    For numbers Python formatted (f"{x:.4f}", repr); the locale's default is the interface language's.
    """
    point = QLocale().decimalPoint()
    return text if point == "." else _DECIMAL_POINT.sub(point, text)


def whole(number: int) -> str:
    """A whole number with the locale's group separator: 10,000 (English), 10 000 (Russian)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:  # no language chosen yet (tests): write it the English way
        locale = QLocale(QLocale.Language.English)
    return locale.toString(int(number))
