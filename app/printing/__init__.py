"""Documents on paper: HTML from the services, laid out and printed by Qt (QtGui only, no widgets)."""
