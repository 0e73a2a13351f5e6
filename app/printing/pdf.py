"""HTML to an A4 PDF through QTextDocument and QPdfWriter.

Fonts come from the system through fontconfig; for Chinese, Japanese and Korean
text Qt falls back to a CJK font such as Noto Sans CJK (Debian: fonts-noto-cjk),
which it embeds in the PDF.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

CJK_FAMILIES = ["Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei",
                "Microsoft YaHei", "PingFang SC"]


def _application():
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and sys.platform.startswith("linux"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a command line on a server has no screen
        app = QGuiApplication(sys.argv[:1])
    return app


def a4_writer(path: Path, *, title: str = "Rapport", margin_mm: float = 12):
    """A QPdfWriter on an A4 portrait page at 300 dpi, its file made the owner's only first."""
    from PySide6.QtGui import QPageSize

    return page_writer(path, QPageSize(QPageSize.PageSizeId.A4), title=title, margin_mm=margin_mm)


def page_writer(path: Path, page_size, *, title: str = "Rapport", margin_mm: float = 0, landscape: bool = False):
    """A QPdfWriter on pages of `page_size` (a QPageSize: A4, a C6 envelope, an A6 card) at 300 dpi,
    its file made the owner's only before Qt writes a name or an address into it."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPdfWriter

    from app.services.private_files import create_private

    _application()
    create_private(path)
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("Rapport")
    writer.setResolution(300)
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    writer.setPageLayout(QPageLayout(page_size, orientation, QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm),
                                     QPageLayout.Unit.Millimeter))
    return writer


def check_written(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        raise OSError(f"{path}: the PDF could not be written")


def html_to_pdf(html: str, path: Path, *, title: str = "Rapport") -> None:
    from PySide6.QtGui import QFont, QTextDocument

    writer = a4_writer(path, title=title)
    document = QTextDocument()
    font = QFont()
    font.setFamilies(["Noto Sans", "DejaVu Sans", "Arial", *CJK_FAMILIES])
    font.setPointSizeF(10)
    document.setDefaultFont(font)
    document.setHtml(html)
    # No page size of our own: print_() lays the document out on the writer's page,
    # scaling points to its resolution, so 10 pt text prints as 10 pt.
    document.print_(writer)
    del writer
    check_written(path)
