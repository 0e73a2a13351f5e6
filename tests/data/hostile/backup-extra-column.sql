-- Run on a real Rapport backup: a generated column on `contacts` that Rapport never makes (evaluated on every read).
ALTER TABLE contacts ADD COLUMN shadow TEXT GENERATED ALWAYS AS (upper(display_name)) VIRTUAL;
