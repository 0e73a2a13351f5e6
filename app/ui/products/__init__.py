"""The product catalogue in the window: a table to read and edit in place."""
