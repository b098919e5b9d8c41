"""Rule-based risk detection: the layer that must not miss "they took my papers and lock me in".

    from bot.risk import detect
    detect("they took my passport and i cant leave")   # -> ("trafficking",)

`detect` returns the risk kinds found, most urgent first, and never raises.
`scan` returns the same with the evidence (which pattern matched which words,
which guard cancelled what) for the Rasa component and for debugging.
The patterns live in bot/risk/patterns/ (one module per kind); the Rasa
component that makes the finding decisive is bot.risk.component.RiskDetector.
"""
from __future__ import annotations

from bot.risk.detector import KINDS, Evidence, Finding, detect, normalise_text, scan

__all__ = ["KINDS", "Evidence", "Finding", "detect", "normalise_text", "scan"]
