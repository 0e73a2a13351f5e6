"""Several people on one store: who I am (identity), contact versions and the conflicts they refuse
(versions), whose customer each one is (owners), and the marker that tells a window someone else
wrote (revision)."""
