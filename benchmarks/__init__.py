"""Benchmarks of ocdesk (not tests): `python -m benchmarks` runs them all and writes RESULTS.md."""
