"""Real pictures for tests, made by Pillow: a photo is decoded before it is kept, so a few
magic bytes followed by zeros no longer pass for one."""
from __future__ import annotations

import io

from PIL import Image


def picture(fmt: str = "PNG", size: tuple[int, int] = (8, 8), colour: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, fmt)
    return out.getvalue()


PNG = picture("PNG")
JPEG = picture("JPEG")
GIF = picture("GIF")
WEBP = picture("WEBP")
