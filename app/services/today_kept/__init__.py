"""Today's list kept up to date on every write, instead of computed again on every read.

seam.py sees every write to the store (ORM flushes and Core statements alike) and tells, at each
commit, which contacts it touched or that it touched everything; book.py keeps each asked-for
day's list and, at the next read, recomputes only the touched contacts' entries.

Nothing is imported here: the writers import the seam, and the seam must not pull in the call list.
"""
