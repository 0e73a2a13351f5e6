"""What version of the derived columns (search text, sort names, digits) a store must hold.

A constant of its own so that the read-only path (app/services/reading) can tell a store whose
derived columns are out of date (opening it for use recomputes them: derived.py) without the ORM.
"""

# Bump when what derived columns hold changes: stores are then recomputed on open.
DERIVED_VERSION = 3
