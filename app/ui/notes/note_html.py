"""Rich notes as small, plain HTML, and pictures as data: URIs.

Qt's own `toHtml()` writes bold as `<span style="font-weight:700">`; the sanitiser
(rightly) drops style attributes, so the note would lose its formatting. This walks
the document and writes the tags the sanitiser keeps: b, i, u, a, ul/ol/li, img, br.
"""
from __future__ import annotations

import base64
import html
from typing import Optional

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QFont, QImage, QTextBlock, QTextCharFormat, QTextDocument, QTextListFormat

from app.services.images import image_format

MAX_PICTURE_WIDTH = 1600  # pixels; larger pictures are scaled down before embedding
MAX_PICTURE_BYTES = 5 * 1024 * 1024  # what app/services/sanitise.py accepts per picture


def image_to_data_uri(image: QImage) -> Optional[str]:
    """PNG (or JPEG when that is much smaller, as for photos) as a data: URI; None if too large."""
    if image.isNull():
        return None
    if image.width() > MAX_PICTURE_WIDTH:
        image = image.scaledToWidth(MAX_PICTURE_WIDTH, Qt.TransformationMode.SmoothTransformation)
    best: Optional[tuple[str, bytes]] = None
    for fmt, mime in (("PNG", "image/png"), ("JPEG", "image/jpeg")):
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, fmt, 85 if fmt == "JPEG" else -1)
        buffer.close()
        raw = bytes(data.data())
        if raw and (best is None or len(raw) < len(best[1]) // 2):
            best = (mime, raw)
    if best is None:
        return None
    encoded = base64.b64encode(best[1]).decode("ascii")
    if len(encoded) > MAX_PICTURE_BYTES * 4 // 3:
        return None
    return f"data:{best[0]};base64,{encoded}"


def image_from_data_uri(uri: str) -> Optional[QImage]:
    """The picture of a `data:image/…;base64,` URI; None for anything else. Decoded as the format its bytes
    are, named to Qt: left to guess, Qt would read an SVG, which opens the files it names."""
    head, _, payload = uri.partition(",")
    if not head.lower().startswith("data:image/") or not head.lower().endswith(";base64"):
        return None
    try:
        raw = base64.b64decode(payload, validate=False)
    except ValueError:
        return None
    fmt = image_format(raw)
    if fmt is None:
        return None
    image = QImage()
    return image if image.loadFromData(raw, fmt) else None


def _fragment_html(text: str, fmt: QTextCharFormat) -> str:
    if fmt.isImageFormat():
        src = fmt.toImageFormat().name()
        return f'<img src="{html.escape(src)}">' if src.startswith("data:image/") else ""
    out = html.escape(text).replace("\u2028", "<br>").replace("\ufffc", "")
    if not out:
        return ""
    if fmt.fontWeight() >= QFont.Weight.DemiBold.value:
        out = f"<b>{out}</b>"
    if fmt.fontItalic():
        out = f"<i>{out}</i>"
    if fmt.fontUnderline() and not fmt.isAnchor():
        out = f"<u>{out}</u>"
    if fmt.fontStrikeOut():
        out = f"<s>{out}</s>"
    if fmt.isAnchor() and fmt.anchorHref():
        out = f'<a href="{html.escape(fmt.anchorHref())}">{out}</a>'
    return out


def _block_html(block: QTextBlock) -> str:
    parts = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        if fragment.isValid():
            parts.append(_fragment_html(fragment.text(), fragment.charFormat()))
        it += 1
    return "".join(parts)


def document_to_html(document: QTextDocument) -> str:
    out: list[str] = []
    open_list: Optional[tuple[object, str]] = None  # (the QTextList, "ul"/"ol")
    block = document.begin()
    while block.isValid():
        text_list = block.textList()
        if open_list is not None and (text_list is None or text_list != open_list[0]):
            out.append(f"</{open_list[1]}>")
            open_list = None
        content = _block_html(block)
        if text_list is not None:
            if open_list is None:
                ordered = text_list.format().style() in (
                    QTextListFormat.Style.ListDecimal, QTextListFormat.Style.ListLowerAlpha,
                    QTextListFormat.Style.ListUpperAlpha, QTextListFormat.Style.ListLowerRoman,
                    QTextListFormat.Style.ListUpperRoman)
                open_list = (text_list, "ol" if ordered else "ul")
                out.append(f"<{open_list[1]}>")
            out.append(f"<li>{content}</li>")
        else:
            out.append(f"<p>{content}</p>" if content else "<p><br></p>")
        block = block.next()
    if open_list is not None:
        out.append(f"</{open_list[1]}>")
    while out and out[-1] == "<p><br></p>":  # trailing empty lines
        out.pop()
    return "".join(out)
