"""Distribution: the wheel carries the resources and starts, the icons and the desktop entry are sound."""

from __future__ import annotations

import configparser
import os
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from nngui.qt.icons import APP_ICON_SIZES, app_icon, icon
from nngui.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]
TOOLBAR_ICONS = ["train", "pause", "step", "reset", "open", "save", "explain", "code", "new", "undo", "redo"]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel `pip wheel . --no-deps` builds from this checkout."""
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(out)],
                   check=True, capture_output=True, timeout=300)
    (path,) = out.glob("nngui-*.whl")
    return path


@pytest.mark.slow
def test_wheel_holds_the_resources_and_names_the_gui_entry_point(wheel):
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        (entry_points,) = [n for n in names if n.endswith(".dist-info/entry_points.txt")]
        entries = configparser.ConfigParser()
        entries.read_string(archive.read(entry_points).decode())
    presets = {p.name for p in (ROOT / "resources" / "presets").glob("*.nngui.json")}
    assert {f"nngui/resources/presets/{name}" for name in presets} <= names
    assert "nngui/resources/presets/article.nngui.json" in names
    lessons = {p.name for p in (ROOT / "resources" / "lessons").glob("*.nngui-lesson.json")}
    assert lessons and {f"nngui/resources/lessons/{name}" for name in lessons} <= names
    assert {f"nngui/resources/icons/{name}.svg" for name in ["nngui", *TOOLBAR_ICONS]} <= names
    assert {f"nngui/resources/icons/app/nngui-{size}.png" for size in APP_ICON_SIZES} <= names
    assert not any(name.startswith(("tests/", "nngui/tests/")) for name in names)
    assert entries["gui_scripts"]["nngui"] == "nngui.qt.app:main"


@pytest.mark.slow
def test_unpacked_wheel_passes_its_self_test_without_the_checkout(wheel, tmp_path):
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(tmp_path)
    code = ("import sys; sys.path.insert(0, sys.argv[1]); import nngui.resources as r\n"
            "assert r.resources_dir().is_relative_to(sys.argv[1]), r.resources_dir()\n"
            "from nngui.qt.app import main; sys.exit(main(['--self-test']))")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONPATH", None)
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path)], cwd=tmp_path, env=env,
                            capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert result.returncode == 0, result.stderr
    assert "nngui self-test: OK" in result.stdout


@pytest.mark.parametrize("name", TOOLBAR_ICONS)
def test_toolbar_icons_draw_something_at_toolbar_size(qapp, name):
    image = icon(name).pixmap(24, 24).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    assert image.width() == 24
    opaque = sum(image.pixelColor(x, y).alpha() > 128 for x in range(24) for y in range(24))
    assert 20 < opaque < 24 * 24 * 0.6  # a drawn shape, not an empty or a filled square


def test_icon_is_cached_and_unknown_names_are_refused(qapp):
    assert icon("train") is icon("train")
    with pytest.raises(FileNotFoundError, match="no icon called 'trian'"):
        icon("trian")


def test_app_icon_has_every_rendered_size(qapp):
    sizes = {(s.width(), s.height()) for s in app_icon().availableSizes()}
    assert {(n, n) for n in APP_ICON_SIZES} <= sizes
    for n in APP_ICON_SIZES:
        image = QImage(str(resource_path("icons", "app", f"nngui-{n}.png")))
        assert (image.width(), image.height()) == (n, n)


def test_windows_and_macos_icon_files_hold_png_frames():
    ico = (ROOT / "resources" / "icons" / "app" / "nngui.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind) == (0, 1) and count >= 6
    widths = []
    for number in range(count):
        width, _, _, _, _, _, size, offset = struct.unpack_from("<BBBBHHII", ico, 6 + 16 * number)
        assert ico[offset:offset + 8] == b"\x89PNG\r\n\x1a\n"
        widths.append(width or 256)
    assert {16, 32, 48, 256} <= set(widths)
    icns = (ROOT / "resources" / "icons" / "app" / "nngui.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack_from(">I", icns, 4)[0] == len(icns)
    assert b"ic09" in icns  # the 512 px element


def test_desktop_entry_launches_nngui_in_education_and_science():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(ROOT / "packaging" / "nngui.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"].split()[0] == "nngui"
    assert desktop["Icon"] == "nngui"
    assert {"Education", "Science"} <= set(filter(None, desktop["Categories"].split(";")))
    assert desktop["Terminal"] == "false"

