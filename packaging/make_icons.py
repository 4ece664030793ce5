"""Render resources/icons/nngui.svg to the PNG, .ico and .icns files the app and the bundles use.

Qt writes one image per .ico/.icns file, so both are assembled here from PNG frames (no Pillow).

Run after editing the SVG and commit the results: .venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # Windows Explorer and the taskbar pick from these
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The SVG drawn on a transparent square of size × size pixels."""
    image = QImage(QSize(size, size), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit("could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG frames (Vista and later read PNG frames of any size)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in images.items():
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def icns_bytes(images: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG elements (readable since OS X 10.7)."""
    body = b"".join(ICNS_TYPES[size] + struct.pack(">I", 8 + len(png)) + png for size, png in images.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - image plugins need an application
    renderer = QSvgRenderer(str(ICONS / "nngui.svg"))
    if not renderer.isValid():
        raise SystemExit("resources/icons/nngui.svg is not a valid SVG")
    out = ICONS / "app"
    out.mkdir(exist_ok=True)
    pngs = {size: png_bytes(render(renderer, size)) for size in sorted({*PNG_SIZES, *ICO_SIZES})}
    for size in PNG_SIZES:
        (out / f"nngui-{size}.png").write_bytes(pngs[size])
    (out / "nngui.ico").write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    (out / "nngui.icns").write_bytes(icns_bytes({size: pngs[size] for size in ICNS_TYPES}))
    print(f"wrote {len(PNG_SIZES)} PNGs, nngui.ico and nngui.icns to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
