"""`rapport value scores|pareto|referrals|lost --pdf FILE`: the report on A4, in the user's language,
through the machinery that prints the week plan (app/printing); the file is the owner's only."""
from __future__ import annotations

import sys
from pathlib import Path

from app.services import settings
from app.services.errors import InvalidValue


def add_option(p) -> None:
    p.add_argument("--pdf", metavar="FILE", help="save the report as an A4 PDF (readable by you only)")


def save(db, args, render, *render_args, title: str, **render_kwargs) -> int:
    """Lay out `render(*render_args, **render_kwargs)` (a report_html function) as a PDF at args.pdf."""
    from app.printing.pdf import html_to_pdf
    from app.printing.plan_strings import use_language
    from app.printing.value_strings import translated, value_tr

    path = Path(args.pdf)
    if path.is_dir():
        raise InvalidValue(f"{path}: is a folder; give a file name")
    use_language(settings.get(db, "language"))  # the paper speaks the user's language, as the window does
    html = translated(render, *render_args, **render_kwargs)
    try:
        html_to_pdf(html, path, title=f"Rapport: {value_tr(title)}")
    except OSError as exc:
        raise InvalidValue(f"{path}: cannot write the PDF ({exc.strerror or exc})") from None
    print(f"saved the {title} report to {path}", file=sys.stderr)
    return 0
