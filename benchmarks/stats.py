"""Small helpers shared by the benchmark steps: percentiles, memory, machine load."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np


def percentiles(samples_s: list[float]) -> dict[str, float]:
    """p50 and p95 of durations in seconds, as milliseconds."""
    if not samples_s:
        return {"p50": float("nan"), "p95": float("nan")}
    ms = np.asarray(samples_s) * 1000
    return {"p50": float(np.percentile(ms, 50)), "p95": float(np.percentile(ms, 95))}


def memory_mb() -> dict[str, float]:
    """Resident memory now and at its peak, from /proc (Linux)."""
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = int(value.split()[0]) / 1024
    return {"rss_mb": fields.get("VmRSS", 0.0), "peak_mb": fields.get("VmHWM", 0.0)}


def load_average() -> float:
    """The one-minute load average: other jobs share these cores, so every figure carries it."""
    return os.getloadavg()[0]
