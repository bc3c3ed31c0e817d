"""The plain data the session papers are made from (no reportlab: importing it is cheap).

The services fill these; :mod:`station.reports.session_papers` lays them out.
Kept apart so a window that never prints does not load the PDF library at start.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PersonLine:
    """A proctor (or anyone else who signs): name and NIP."""

    name: str
    nip: str  # 18 digits; printed spaced 8 6 1 3 when it parses as a NIP


@dataclass(frozen=True, slots=True)
class AttendanceLine:
    """One candidate's row on the daftar hadir."""

    number: int
    nip: str
    name: str
    position: str
    unit: str
    seat: str  # "" when not recorded
    status: str  # hadir | terlambat | tidak_hadir | belum (not yet recorded)
    arrived_wall_ms: int | None
    finished_wall_ms: int | None
    outcome: (
        str  # "" | selesai | waktu_habis | diakhiri_pengawas | dibatalkan | ditunda | berlangsung
    )
    note: str = ""  # e.g. "pengganti untuk …", "data dikoreksi", "identitas diperiksa"
    accommodations: str = ""  # e.g. "waktu +50 %, huruf 150 %": what is granted, never why


@dataclass(frozen=True, slots=True)
class IncidentLine:
    """One entry of the incident log, as the proctor recorded it."""

    wall_ms: int
    kind: str  # teknis, perilaku, kesehatan, listrik, lainnya, jeda, lanjut, gangguan, …
    text: str
    candidate: str  # "Name (NIP)", or "" for the whole room
    by: str  # "Name (NIP)" of the proctor who recorded it


FINISHED_OUTCOMES = frozenset({"selesai", "waktu_habis", "diakhiri_pengawas"})


@dataclass(frozen=True, slots=True)
class SessionPaper:
    """A sitting as the berita acara and the daftar hadir show it; times in UTC ms."""

    session_id: str
    title: str
    exam_id: str
    centre: str
    timezone: str  # Asia/Jakarta | Asia/Makassar | Asia/Jayapura | Asia/Pontianak
    starts_wall_ms: int
    ends_wall_ms: int
    station_id: str  # printed as "Stasiun/Ruang": a station id or a room name
    proctors: tuple[PersonLine, ...]
    attendance: tuple[AttendanceLine, ...]
    incidents: tuple[IncidentLine, ...]
    printed_wall_ms: int
    closed_wall_ms: int | None = None
    close_note: str = ""
    withheld: int = 0
    """Notes about a candidate not printed: the proctor did not choose to (UU 27/2022)."""
    agency: tuple[str, ...] = ()
    """Letterhead (kop) lines from the package, top line first; none: no kop."""
    city: str = ""
    """The centre's city, for the place and date above the signatures."""
    number: str = ""
    """The berita acara's number from the package's pattern; ``""``: a line to write it on."""

    @property
    def absentees(self) -> tuple[AttendanceLine, ...]:
        return tuple(line for line in self.attendance if line.status == "tidak_hadir")

    @property
    def registered(self) -> int:
        return len(self.attendance)

    @property
    def present(self) -> int:
        """Present in the room: on time or late."""
        return sum(1 for line in self.attendance if line.status in ("hadir", "terlambat"))

    @property
    def late(self) -> int:
        return sum(1 for line in self.attendance if line.status == "terlambat")

    @property
    def absent(self) -> int:
        return sum(1 for line in self.attendance if line.status == "tidak_hadir")

    @property
    def unrecorded(self) -> int:
        return sum(1 for line in self.attendance if line.status == "belum")

    @property
    def finished(self) -> int:
        return sum(1 for line in self.attendance if line.outcome in FINISHED_OUTCOMES)

    @property
    def voided(self) -> int:
        return sum(1 for line in self.attendance if line.outcome == "dibatalkan")

    @property
    def suspended(self) -> int:
        return sum(1 for line in self.attendance if line.outcome == "ditunda")


@dataclass(frozen=True, slots=True)
class CandidateReceiptPaper:
    """What the candidate takes home: the lookup code, fingerprint and QR of the sealed attempt."""

    name: str
    nip: str
    session_id: str
    session_title: str
    centre: str
    timezone: str
    submitted_wall_ms: int
    end_reason: str  # submitted | timed_out | force_submitted | voided | suspended
    lookup_code: str  # XXXXX-XXXXX
    fingerprint: str  # grouped Crockford base32 of 128 bits
    qr_payload: str  # CACT1:<lookup>:<64 hex>
    station_id: str
    practice: bool = False


@dataclass(frozen=True, slots=True)
class HandoverPaper:
    """A result bundle handed over on a medium, for the tanda terima."""

    bundle_id: str
    file_name: str
    sha256: str  # 64 hex, printed in groups of eight
    size: int  # bytes
    attempts: int
    sessions: tuple[str, ...]
    station_id: str
    centre: str
    timezone: str
    created_wall_ms: int
    printed_wall_ms: int
    outcomes: dict[str, int]  # end reason → number of attempts
    verified: bool  # the read-back after writing matched
