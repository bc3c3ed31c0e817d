"""The proctor's and field IT's paperwork: berita acara, daftar hadir, bukti selesai, tanda terima.

Four documents, in Indonesian as such documents are, A4, the bundled fonts
embedded, every time shown in the centre's zone (WIB, WITA or WIT):

- ``render_session_report``: the official record of a sitting (berita acara
  pelaksanaan), signed by each proctor and by the field technician.
- ``render_attendance_list``: the signing sheet (daftar hadir), landscape so
  that the NIP, name, position and a wide signature column all fit on a row
  tall enough to sign in.
- ``render_candidate_receipt``: the candidate's proof of what was submitted
  (bukti selesai ujian). A4 rather than A5: every centre's printer has A4
  loaded, and an A5 page sent to an A4 tray gets scaled by the driver, which
  would shrink the QR code and the lookup code unpredictably; on A4 they print
  at exactly the drawn size (the QR code 38 mm across, 46 mm with its quiet zone).
- ``render_handover_slip``: the receipt for a result bundle handed over on a
  medium (tanda terima penyerahan berkas hasil), with its SHA-256 in groups of
  eight to read aloud and compare.

Pure layout: the callers prepare the plain dataclasses of
:mod:`station.reports.paper_data`; nothing here
reads a database or a clock. Multi-page documents repeat their table headers,
carry a running head after the first page and say "Halaman x dari y".

One module per paper (:mod:`.session_report`, :mod:`.attendance`,
:mod:`.candidate_receipt`, :mod:`.handover`) over the shared :mod:`.words` and
:mod:`.layout` (ADR 0036).
"""

from station.reports.session_papers.attendance import render_attendance_list
from station.reports.session_papers.candidate_receipt import render_candidate_receipt
from station.reports.session_papers.handover import render_handover_slip
from station.reports.session_papers.session_report import render_session_report
from station.reports.session_papers.words import (
    END_REASON_LABELS,
    INCIDENT_LABELS,
    OUTCOME_LABELS,
    STATUS_LABELS,
    kind_label,
)

__all__ = [
    "END_REASON_LABELS",
    "INCIDENT_LABELS",
    "OUTCOME_LABELS",
    "STATUS_LABELS",
    "kind_label",
    "render_attendance_list",
    "render_candidate_receipt",
    "render_handover_slip",
    "render_session_report",
]
