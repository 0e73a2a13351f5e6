"""When each customer will buy again: the forecast (forecast.py), read from the store (book.py),
and the call list's "due to reorder" entries (entries.py)."""
