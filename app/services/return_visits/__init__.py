"""Return visits after a sale ("is it working?"): recording a purchase schedules follow-ups at
offsets set globally and per product category, and 30 days (say) before its warranty ends.

They are ordinary follow-up rows (app/models/calling.py), so today's list shows each on its day
with its reason, and a call logged on or after that day fulfils it; each knows its purchase, so
editing the purchase moves its pending visits and deleting it removes them.
"""
from .schedule import Schedule, Visit, all_schedules, parse_visit, schedule_for, set_schedule
from .visits import drop_pending, sync_purchase

__all__ = ["Schedule", "Visit", "all_schedules", "drop_pending", "parse_visit", "schedule_for", "set_schedule",
           "sync_purchase"]
