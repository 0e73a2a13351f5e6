"""Open the today pane or the weekly plan alone on the demo store, for screenshots.

    python docs/tools/preview_today.py today        # the today pane, in sections
    python docs/tools/preview_today.py quadrants    # the today pane, four quadrants
    python docs/tools/preview_today.py plan         # the weekly plan (next week)
    python docs/tools/preview_today.py pdf OUT.pdf  # the plan of next week as a PDF, then quit

    /work/shared/tools/screenshot docs/screenshots/today.png 6 python docs/tools/preview_today.py today
"""
from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import app.ui  # noqa: E402,F401  (the PySide guard first)

STORE = Path("/tmp/preview-demo.db")


def main(argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    from app.services.demo import ensure_demo_data
    from app.services.plan import week_of
    from app.services.store import open_for_use
    from app.ui.plan import PlanView
    from app.ui.today import TodayPane
    from app.ui.worker import GuiThreadGarbageCollector

    what = argv[0] if argv else "today"
    qt = QApplication(sys.argv[:1])
    db = open_for_use(STORE)
    ensure_demo_data(db)
    GuiThreadGarbageCollector(qt)
    window = QMainWindow()
    window.setWindowTitle("Rapport — preview")
    if what == "pdf":
        view = PlanView(db)
        view.set_week(week_of(date.today() + timedelta(days=7)))
        view.loaded.connect(lambda _week: (view.save_pdf(Path(argv[1])), qt.quit()))
        return qt.exec()
    if what == "plan":
        view = PlanView(db)
        view.set_week(week_of(date.today() + timedelta(days=7)))
    else:
        view = TodayPane(db)
        view.quadrant_toggle.setChecked(what == "quadrants")
    window.setCentralWidget(view)
    window.setGeometry(qt.primaryScreen().availableGeometry())
    window.show()
    return qt.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
