"""Benchmarks: a synthetic news corpus generator and the speed benchmarks that use it.

Results are recorded in ``docs/performance.md``.
"""
