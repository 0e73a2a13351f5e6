"""Rapport's benchmarks: `python -m bench` (see README, "Speed")."""
