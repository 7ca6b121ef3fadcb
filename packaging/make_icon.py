"""Draw Buurtboek's icon with Qt: a small network (three kinds of ties) on a book-coloured
tile. Writes packaging/buurtboek.png (256 px) and packaging/buurtboek.ico (16–256 px).

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icon.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen

HERE = Path(__file__).resolve().parent
SIZES = (16, 24, 32, 48, 64, 128, 256)
# the three strategies' colours, as in the network legend: bonding, bridging, linking
NODES = ((0.30, 0.34), (0.70, 0.30), (0.50, 0.70), (0.26, 0.72))
TIES = ((0, 1, "#f28e2b"), (0, 2, "#4e79a7"), (1, 2, "#59a14f"), (2, 3, "#4e79a7"))


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    margin = size * 0.04
    tile = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#2f4b7c"))
    p.drawRoundedRect(tile, size * 0.18, size * 0.18)
    points = [QPointF(tile.left() + x * tile.width(), tile.top() + y * tile.height())
              for x, y in NODES]
    for a, b, colour in TIES:
        p.setPen(QPen(QColor(colour), max(1.5, size * 0.07), Qt.PenStyle.SolidLine,
                      Qt.PenCapStyle.RoundCap))
        p.drawLine(points[a], points[b])
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#ffffff"))
    for i, point in enumerate(points):
        radius = size * (0.12 if i == 2 else 0.09)
        p.drawEllipse(point, radius, radius)
    p.end()
    return image


def write_ico(images: list[QImage], target: Path) -> None:
    """An .ico with PNG-compressed entries (Windows Vista and later read these)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    blobs = []
    for image in images:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        blobs.append(bytes(data.data()))
    header = (0).to_bytes(2, "little") + (1).to_bytes(2, "little")
    header += len(images).to_bytes(2, "little")
    offset = 6 + 16 * len(images)
    entries, payload = b"", b""
    for image, blob in zip(images, blobs, strict=True):
        side = image.width() % 256  # 0 means 256
        entries += bytes([side, side, 0, 0]) + (1).to_bytes(2, "little")
        entries += (32).to_bytes(2, "little") + len(blob).to_bytes(4, "little")
        entries += offset.to_bytes(4, "little")
        offset += len(blob)
        payload += blob
    target.write_bytes(header + entries + payload)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    images = [draw(size) for size in SIZES]
    images[-1].save(str(HERE / "buurtboek.png"), "PNG")
    write_ico(images, HERE / "buurtboek.ico")
    print(f"Geschreven: {HERE / 'buurtboek.png'} en {HERE / 'buurtboek.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
