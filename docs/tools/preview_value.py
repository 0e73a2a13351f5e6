"""Open the customer-value view alone on the demo store, for screenshots.

    python docs/tools/preview_value.py pareto      # the 80/20 chart and suggested tiers
    python docs/tools/preview_value.py scores      # the RFM dashboard and table
    python docs/tools/preview_value.py stages      # the stage board (a few demo moves are made first)
    python docs/tools/preview_value.py referrals   # the referral trees
    python docs/tools/preview_value.py lost        # lost customers

    /work/shared/tools/screenshot docs/screenshots/pareto.png 8 python docs/tools/preview_value.py pareto
"""
from __future__ import annotations

import random
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import app.ui  # noqa: E402,F401  (the PySide guard first)

STORE = Path("/tmp/preview-value.db")
TABS = ("pareto", "scores", "stages", "referrals", "lost")


def seed_stages(db, today: date) -> None:
    """The demo has no sales stages: walk some of its contacts along the pipeline, once."""
    from app.services import directory
    from app.services.value import stages

    if any(stages.board(db, today).values()):
        return
    rng = random.Random(7)
    for cid in directory.contact_ids(db, directory.ContactFilter(lost=False))[:60]:
        day = datetime.combine(today - timedelta(days=rng.randint(60, 200)), datetime.min.time()).replace(hour=10)
        for stage in stages.STAGES[:rng.randint(1, len(stages.STAGES))]:
            stages.move_stage(db, cid, stage, day)
            day += timedelta(days=rng.randint(3, 30))
            if day.date() > today:
                break


def main(argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    from app.services.demo import ensure_demo_data
    from app.services.store import open_for_use
    from app.ui.value import ValueView
    from app.ui.worker import GuiThreadGarbageCollector

    what = argv[0] if argv else "pareto"
    qt = QApplication(sys.argv[:1])
    db = open_for_use(STORE)
    ensure_demo_data(db)
    if what == "stages":
        seed_stages(db, date.today())
    GuiThreadGarbageCollector(qt)
    window = QMainWindow()
    window.setWindowTitle("Rapport — customer value (preview)")
    view = ValueView(db)
    view.setCurrentIndex(TABS.index(what) if what in TABS else 0)
    window.setCentralWidget(view)
    window.setGeometry(qt.primaryScreen().availableGeometry())
    window.show()
    return qt.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
