"""Pictures from outside (photos, pasted or imported pictures in notes) taken by their bytes, not their label.

A picture labelled PNG may be an SVG, and Qt's SVG reader opens whatever files the SVG names
(and hangs on a FIFO). So a picture is kept only when its first bytes say PNG, JPEG, GIF or
WebP, and only after Pillow has decoded it whole and written it anew: what is stored is a
picture Pillow drew, never the bytes that came in (metadata such as a photo's GPS position
goes too). Pillow, not Qt, because this is below app/ui and must run without a window.
"""
from __future__ import annotations

import base64
import binascii
import io
import warnings
from typing import Optional

from .errors import QT_TRANSLATE_NOOP, InvalidValue, Term

MAX_PIXELS = 40_000_000  # a 40-megapixel photo; beyond, a few KB of file can unpack to gigabytes
# Format name (Pillow's) by what the first bytes say; the order of the checks does not matter.
_SIGNATURES = ((b"\xff\xd8\xff", "JPEG"), (b"\x89PNG\r\n\x1a\n", "PNG"), (b"GIF87a", "GIF"), (b"GIF89a", "GIF"))
MIME = {"JPEG": "image/jpeg", "PNG": "image/png", "GIF": "image/gif", "WEBP": "image/webp"}


def image_format(data: bytes) -> Optional[str]:
    """"PNG", "JPEG", "GIF" or "WEBP" by the first bytes; None for anything else (SVG, BMP, a PDF…)."""
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WEBP"
    return next((name for magic, name in _SIGNATURES if data.startswith(magic)), None)


def image_type(data: bytes) -> Optional[str]:
    """The MIME type the bytes are, among the four kept; None otherwise."""
    fmt = image_format(data)
    return MIME[fmt] if fmt else None


def clean_image(data: bytes, *, field: str = QT_TRANSLATE_NOOP("services", "photo")) -> tuple[str, bytes]:
    """(MIME type, the picture decoded and written anew). JPEG stays JPEG (a photo); the others become PNG
    (a GIF's first frame; WebP too, so every viewer reads it). InvalidValue naming `field` otherwise."""
    from PIL import Image, ImageOps

    fmt = image_format(data)
    if fmt is None:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{field}: not a JPEG, PNG, GIF or WebP picture"),
                           field=_term(field))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=[fmt]) as image:
                if image.width * image.height > MAX_PIXELS:
                    raise InvalidValue(QT_TRANSLATE_NOOP("services", "{field}: {width}×{height} pixels is too "
                                                                     "large a picture"),
                                       field=_term(field), width=image.width, height=image.height)
                image.load()
                picture = ImageOps.exif_transpose(image)  # upright, as the camera meant, before EXIF goes
    except InvalidValue:
        raise
    except Exception as exc:  # Pillow raises many kinds on a broken or hostile file
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{field}: the picture cannot be read ({reason})"),
                           field=_term(field), reason=str(exc).splitlines()[0][:100] if str(exc) else
                           type(exc).__name__) from None
    out = io.BytesIO()
    if fmt == "JPEG":
        picture.convert("RGB").save(out, "JPEG", quality=90)
        return MIME["JPEG"], out.getvalue()
    if picture.mode not in ("RGB", "RGBA", "L", "LA", "P"):
        picture = picture.convert("RGBA")
    picture.save(out, "PNG", optimize=False)
    return MIME["PNG"], out.getvalue()


def clean_data_uri(uri: str, *, field: str = QT_TRANSLATE_NOOP("services", "picture")) -> str:
    """A `data:image/…;base64,` picture decoded and written anew, with the label its bytes earn."""
    mime, data = clean_image(_data_uri_bytes(uri, field), field=field)
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def data_uri_format(uri: str) -> Optional[str]:
    """What the picture in a data: URI is by its first bytes (cheap: decodes only the start)."""
    head, _, payload = uri.partition(",")
    if not head.lower().startswith("data:image/") or not head.lower().endswith(";base64"):
        return None
    try:
        start = base64.b64decode(payload[:32].strip() + "=" * (-len(payload[:32].strip()) % 4))
    except (binascii.Error, ValueError):
        return None
    return image_format(start)


def _data_uri_bytes(uri: str, field: str) -> bytes:
    head, _, payload = uri.partition(",")
    try:
        if not head.lower().endswith(";base64"):
            raise ValueError
        return base64.b64decode(payload, validate=False)
    except (binascii.Error, ValueError):
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{field}: not a JPEG, PNG, GIF or WebP picture"),
                           field=_term(field)) from None


def _term(field: str) -> Term:
    return Term(field)
