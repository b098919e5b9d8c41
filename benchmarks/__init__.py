"""Benchmarks: what our additions cost next to stock Rasa, and how directory search scales.

Shared machines drift from run to run, so every timing is paired with a
reference measured in the same invocation (stock Rasa, or a naive scan) and
the report leads with the ratio. Run `python -m benchmarks --help`.
"""
