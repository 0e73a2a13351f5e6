"""The playbook: entries and their tags (entries.py), the ones that fit a customer, filled in with
their fields (fit.py), and a folder of Markdown files to share them (folder.py)."""
