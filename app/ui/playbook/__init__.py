"""The playbook in the window: the entries that fit the customer whose file is open."""
