"""The benchmarks stay runnable: every one of them imports against today's code."""

from __future__ import annotations

import importlib


def test_every_benchmark_module_imports_and_is_listed() -> None:
    main = importlib.import_module("benchmarks.__main__")
    assert main.BENCHMARKS, "no benchmark is listed"
    for _title, run in main.BENCHMARKS.values():
        assert callable(run)
