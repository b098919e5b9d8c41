"""Summaries of timing samples, shared by every part so all figures mean the same thing."""
from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

PERCENTILES = (50, 95, 99)


def summarise(samples_ms: Sequence[float]) -> dict[str, float | int]:
    """p50/p95/p99 (linear interpolation), mean and count; the count matters because
    a p99 of twenty samples is little more than the maximum."""
    if not samples_ms:
        raise ValueError("no samples to summarise")
    values = np.asarray(samples_ms, dtype=float)
    summary: dict[str, float | int] = {f"p{p}": float(np.percentile(values, p)) for p in PERCENTILES}
    summary["mean"] = float(values.mean())
    summary["n"] = int(values.size)
    return summary


def ratio(ours: float, reference: float) -> float | None:
    """Ours divided by the reference; None when the reference is zero so a report never divides by it."""
    return ours / reference if reference else None


def growth_exponent(sizes: Sequence[float], times: Sequence[float]) -> float | None:
    """Slope of log(time) against log(size): 0 means flat, 1 means linear in directory size."""
    points = [(math.log(s), math.log(t)) for s, t in zip(sizes, times) if s > 0 and t > 0]
    if len(points) < 2:
        return None
    xs, ys = zip(*points)
    slope, _ = np.polyfit(xs, ys, 1)
    return float(slope)
