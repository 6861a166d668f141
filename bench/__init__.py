"""Benchmarks: run by hand or by CI as a report (`make bench`), never as timed assertions."""
