"""The customer's face in the file's header: their photo, or their initials on the tier's colour.

A picture chosen from disk is read and scaled on the worker (QImage works off the GUI
thread), saved as a JPEG of at most PHOTO_SIZE pixels, then stored by the service.
"""
from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QContextMenuEvent, QFont, QImage, QMouseEvent, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import QFileDialog, QLabel, QMenu, QWidget
from sqlalchemy.orm import Session, sessionmaker

from app.models import Contact
from app.services import photos
from app.services.errors import QT_TRANSLATE_NOOP, InvalidValue
from app.services.images import image_format

from ..errors import show_error
from ..worker import Worker

AVATAR = 64  # pixels on screen
PHOTO_SIZE = 512  # pixels kept: sharp on any screen, small in a vCard


def initials(name: str) -> str:
    """Two letters of a Latin name ("Ana García" → "AG"); the family name of a CJK one ("王芳" → "王")."""
    words = name.split()
    if not words:
        return "?"
    if not words[0][0].isascii() and len(words) == 1:
        return words[0][0]
    return (words[0][0] + (words[-1][0] if len(words) > 1 else "")).upper()


def picture_from_file(path: Path) -> bytes:
    """The picture at `path` as JPEG bytes at most PHOTO_SIZE on a side (runs on the worker)."""
    image = QImage(str(path))
    if image.isNull():
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{path}: not a picture Rapport can read (JPEG, PNG, GIF, "
                                                         "WebP, BMP)"), path=path)
    if max(image.width(), image.height()) > PHOTO_SIZE:
        image = image.scaled(PHOTO_SIZE, PHOTO_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_RGB32).save(buffer, "JPEG", 88)
    buffer.close()
    return bytes(data.data())


def set_photo_from_file(db: sessionmaker[Session], contact_id: int, path: Path) -> str:
    return photos.set_photo(db, contact_id, picture_from_file(path))


class PhotoLabel(QLabel):
    changed = Signal(int)  # contact id

    def __init__(self, db: sessionmaker[Session], worker: Worker, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.db = db
        self.worker = worker
        self.contact_id = 0
        self.has_photo = False
        self.setFixedSize(AVATAR, AVATAR)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Click to choose a photo; right-click to remove it"))

    def show_contact(self, contact: Contact) -> None:
        self.contact_id = contact.id
        pixmap = QPixmap()
        fmt = image_format(contact.photo.data) if contact.photo is not None else None
        self.has_photo = fmt is not None and pixmap.loadFromData(contact.photo.data, fmt)  # never a guessed SVG
        colour = QColor(contact.tier.colour) if contact.tier and contact.tier.colour else QColor("#95a5a6")
        self.setPixmap(_round(pixmap) if self.has_photo else _initials_picture(initials(contact.display_name), colour))
        self.setAccessibleName(self.tr("Photo of {name}").format(name=contact.display_name))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.choose()
        super().mouseReleaseEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Choose photo…"), self.choose)
        remove = menu.addAction(self.tr("Remove photo"), self.remove)
        remove.setEnabled(self.has_photo)
        menu.exec(event.globalPos())

    @Slot()
    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a photo"), str(Path.home()),
                                              self.tr("Pictures (*.jpg *.jpeg *.png *.gif *.webp *.bmp)"))
        if path:
            self.set_from_file(Path(path))

    def set_from_file(self, path: Path) -> None:
        if not self.contact_id:
            return
        self.worker.write(partial(set_photo_from_file, self.db, self.contact_id, path),
                          partial(self._saved, self.contact_id))

    @Slot()
    def remove(self) -> None:
        self.worker.write(partial(photos.remove_photo, self.db, self.contact_id), partial(self._saved, self.contact_id))

    def _saved(self, contact_id: int, _result, error: Optional[BaseException]) -> None:
        if error is not None:
            show_error(self.window(), error)
            return
        self.changed.emit(contact_id)


def _round(pixmap: QPixmap) -> QPixmap:
    """The photo cropped to a circle of AVATAR pixels (at the screen's pixel ratio)."""
    scaled = pixmap.scaled(QSize(AVATAR, AVATAR), Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                           Qt.TransformationMode.SmoothTransformation)
    out = QPixmap(AVATAR, AVATAR)
    out.fill(Qt.GlobalColor.transparent)
    painter = QPainter(out)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    clip = QPainterPath()
    clip.addEllipse(0, 0, AVATAR, AVATAR)
    painter.setClipPath(clip)
    painter.drawPixmap(QPoint((AVATAR - scaled.width()) // 2, (AVATAR - scaled.height()) // 2), scaled)
    painter.end()
    return out


def _initials_picture(text: str, colour: QColor) -> QPixmap:
    out = QPixmap(AVATAR, AVATAR)
    out.fill(Qt.GlobalColor.transparent)
    painter = QPainter(out)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(0, 0, AVATAR, AVATAR)
    font = QFont()
    font.setPixelSize(AVATAR * 2 // 5)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRect(0, 0, AVATAR, AVATAR), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return out
