#!/usr/bin/env bash
# Regenerate the translation sources (resources/translations/nngui_*.ts) from the nngui package with
# pyside6-lupdate, then compile them into the .qm files nngui loads (pyside6-lrelease).
# Translate new or changed texts in Qt Linguist (pyside6-linguist) or any editor, run this again,
# and commit both the .ts and the .qm (tests/qt/test_i18n.py fails while they disagree).
# English is the source language: nngui_en.ts holds only the texts with plural forms ("%Ln rows":
# "1 row", "2 rows"), as lupdate -pluralonly finds them. The Russian words follow docs/glossary-ru.md.
#   packaging/translations.sh            update the .ts and build the .qm
#   packaging/translations.sh --release  only build the .qm from the .ts as they are
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
ensure_venv test
cd "$NNGUI_ROOT"
LANGUAGES="ru"
FOLDER=resources/translations
SOURCES="nngui/*.py nngui/model/*.py nngui/qt/*.py nngui/qt/widgets/*.py"

if [ "${1:-}" != "--release" ]; then
    for language in $LANGUAGES; do
        # -no-obsolete: texts no longer in the code are dropped rather than kept as "vanished".
        # shellcheck disable=SC2086  # (the globs)
        "$VENV/bin/pyside6-lupdate" -no-obsolete -locations relative $SOURCES -ts "$FOLDER/nngui_$language.ts"
    done
    # shellcheck disable=SC2086
    "$VENV/bin/pyside6-lupdate" -no-obsolete -pluralonly -locations relative -source-language en \
        -target-language en $SOURCES -ts "$FOLDER/nngui_en.ts"
fi
"$VENV/bin/pyside6-lrelease" -fail-on-invalid "$FOLDER/nngui_en.ts" -qm "$FOLDER/nngui_en.qm"
for language in $LANGUAGES; do
    "$VENV/bin/pyside6-lrelease" -fail-on-invalid "$FOLDER/nngui_$language.ts" -qm "$FOLDER/nngui_$language.qm"
    # Qt's own texts (OK, Cancel, Save, Discard…) travel with ours, so a bundle that leaves out
    # PySide6's translations still shows them in the user's language.
    qt="$("$VENV/bin/python" -c 'from PySide6.QtCore import QLibraryInfo as L; print(L.path(L.LibraryPath.TranslationsPath))')"
    if [ -f "$qt/qtbase_$language.qm" ]; then
        cp "$qt/qtbase_$language.qm" "$FOLDER/qtbase_$language.qm"
    fi
done
say "translations: $(ls "$FOLDER")"
