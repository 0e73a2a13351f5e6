"""Two-way CardDAV sync (RFC 6352, RFC 6578) with the address book a phone keeps on a server.

books.py is the seam: link, unlink, list and sync address books. Inside: client.py and davxml.py
speak CardDAV, cards.py and fields.py turn cards and contacts into comparable fields, merge.py
merges them, engine.py brings the server's changes down, upload.py sends ours up, linking.py
matches new cards with the import's own matching, local.py reads and writes the store.
"""
from .books import (DELETE_POLICIES, BookStatus, add_book, book_status, discover, labels, password_needed,
                    remove_book, set_delete_policy, sync_book)
from .client import SyncFailed
from .engine import SyncCancelled
from .report import SyncReport

__all__ = ["DELETE_POLICIES", "BookStatus", "SyncCancelled", "SyncFailed", "SyncReport", "add_book", "book_status",
           "discover", "labels", "password_needed", "remove_book", "set_delete_policy", "sync_book"]
