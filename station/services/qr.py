"""QR code modules for a front to paint (fronts never import station.reports: docs/architecture.md §2)."""

from __future__ import annotations

from station.reports.qr import QrMatrix, qr_matrix

__all__ = ["QrMatrix", "qr_matrix"]
