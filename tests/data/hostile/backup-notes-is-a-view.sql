-- Run on a real Rapport backup: `notes` becomes a view, so `rapport note` and `show` would fail after a restore.
PRAGMA foreign_keys=OFF;
DROP TABLE notes;
CREATE VIEW notes AS SELECT id, id AS contact_id FROM contacts;
