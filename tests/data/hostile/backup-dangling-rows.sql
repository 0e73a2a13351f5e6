-- Run on a real Rapport backup: a note whose contact does not exist.
PRAGMA foreign_keys=OFF;
INSERT INTO notes (contact_id, body, format, pinned, created_at, updated_at)
VALUES (424242, 'orphan', 'plain', 0, '2026-01-01 00:00:00', '2026-01-01 00:00:00');
