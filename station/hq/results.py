"""What HQ gives out: profiles and summaries (PDF), the HR-system export, receipt lookups.

Every opening, export or print of personal data is written to the access log
with the operator's name (UU 27/2022, docs/architecture.md §8).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from station.crypto.chain import FINGERPRINT_BYTES
from station.crypto.primitives import crockford_base32, group, normalize_crockford
from station.domain.hq_access import HqAction
from station.domain.session import ZONE_OFFSETS, local_time, long_date
from station.domain.text import QT_TR_NOOP
from station.domain.timing import Clock
from station.durable import write_atomically
from station.formats.resources import resource_dir
from station.formats.tables import load_hr_export_table, load_scale_table
from station.hq.errors import HqError
from station.hq.listing import AttemptListing, list_attempts
from station.hq.storage import AccessEntry, Anomaly, HqStorage, Review, ScoreRow
from station.hq.storage.housekeeping import HousekeepingStore
from station.reports.profiles import ProfileData, SummaryData, render_profile, render_summary

if TYPE_CHECKING:
    from station.hq.access_log import Verification
    from station.hq.operators import HqAccess


class NotScoredError(HqError):
    """No score for that candidate yet (ingest and score first)."""


class ReviewError(HqError):
    """A review without a reviewer, a reason, or with a box outside K1–K9."""


def iso_time(wall_ms: int, zone: str = "Asia/Jakarta") -> str:
    """``2026-12-07T10:26:50+07:00``: an instant for a machine reader, in the zone."""
    offset = ZONE_OFFSETS.get(zone, 7)
    moment = datetime.fromtimestamp(wall_ms / 1000, tz=timezone(timedelta(hours=offset)))
    return moment.isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class LookupResult:
    """What HQ can say about a candidate's receipt code."""

    arrived: bool
    fingerprint_matches: bool | None
    attempt_id: str | None = None
    station_id: str | None = None
    end_reason: str | None = None
    ended_wall_ms: int | None = None
    verdict: str | None = None


class HqResults:
    def __init__(
        self,
        storage: HqStorage,
        clock: Clock,
        *,
        access: HqAccess,
        agency: Callable[[], str] = lambda: "",
    ) -> None:
        self._storage = storage
        self._clock = clock
        self._access = access
        self._agency_of = agency
        """The agency HQ serves, as its root certificate names it (the papers' header); read
        when a paper is made, since HQ's keys may be made after this service."""

    @property
    def _agency(self) -> str:
        return self._agency_of()

    def _log(self, action: HqAction, event: str, subject: str, detail: str = "") -> None:
        """A signed access-log line naming the signed-in operator (who must still hold ``action``)."""
        self._access.record(action, event, subject, detail)

    def _names(self) -> tuple[dict[str, str], dict[str, str], dict[str, str | None]]:
        scales = load_scale_table().scales
        competencies = {
            s.code: s.name for s in scales if s.group in ("manajerial", "sosial_kultural")
        }
        aspects = {s.code: s.name for s in scales if s.group == "potensi"}
        return competencies, aspects, {s.code: s.hr_field for s in scales}

    def profile(self, nip: str, out: Path) -> Path:
        """The individual competency profile PDF of ``nip`` (access logged)."""
        self._access.require(HqAction.PRINT_PROFILE)
        row = self._storage.score_of(nip)
        if row is None:
            raise NotScoredError(QT_TR_NOOP("Belum ada skor untuk NIP {nip}."), nip=nip)
        attempt = self._storage.attempt(row.attempt_id)
        candidate = self._storage.candidate(nip, attempt.session_id if attempt else None)
        session = self._storage.session_info(attempt.session_id) if attempt else None
        profile = json.loads(row.profile)
        competencies, aspects, _ = self._names()
        fingerprint = None
        if attempt and attempt.seal_sha256:
            fingerprint = group(
                crockford_base32(bytes.fromhex(attempt.seal_sha256)[:FINGERPRINT_BYTES])
            )
        pdf = render_profile(
            ProfileData(
                agency=self._agency or "-",
                name=candidate.name if candidate else "",
                nip=nip,
                rank=(candidate.rank or "-") if candidate else "-",
                position=candidate.position if candidate else "",
                unit=candidate.unit if candidate else "",
                exam_title=attempt.exam_id if attempt else "",
                session=(
                    f"{session['title']}, "
                    f"{local_time(session['starts_wall_ms'], session['timezone'], eyd=True)}"
                    if session
                    else ""
                ),
                profile=profile,
                competency_names=competencies,
                aspect_names=aspects,
                performance_label=profile.get("performance_label"),
                lookup_code=attempt.lookup_code if attempt else None,
                fingerprint=fingerprint,
                generated=local_time(self._clock.now().wall_ms, eyd=True),
                reviews=tuple(
                    (local_time(r.wall_ms), r.reviewer, r.reason, r.box_before, r.box)
                    for r in self._storage.reviews(nip)
                ),
            ),
            fonts=resource_dir() / "fonts",
        )
        _write(out, pdf)
        self._log(HqAction.PRINT_PROFILE, "profile_printed", nip, out.name)
        return out

    def review(self, nip: str, *, by: str, reason: str, box: int | None = None) -> Review:
        """Record a person's review of ``nip``'s automated profile (UU 27/2022 Pasal 10): who,
        why and, when they changed it, the box they set; the computed score is kept."""
        operator = self._access.require(HqAction.REVIEW).name
        row = self._storage.score_of(nip)
        if row is None:
            raise NotScoredError(QT_TR_NOOP("Belum ada skor untuk NIP {nip}."), nip=nip)
        if not by.strip():
            raise ReviewError(QT_TR_NOOP("Tinjauan perlu nama peninjau (--by)."))
        if not reason.strip():
            raise ReviewError(QT_TR_NOOP("Tinjauan perlu alasan (--reason)."))
        if box is not None and not 1 <= box <= 9:
            raise ReviewError(QT_TR_NOOP("Kotak talenta harus K1 sampai K9, bukan {box}."), box=box)
        review = Review(
            nip=nip,
            attempt_id=row.attempt_id,
            wall_ms=self._clock.now().wall_ms,
            reviewer=by.strip(),
            reason=reason.strip(),
            box_before=row.talent_box,
            box=box,
            operator=operator,
        )
        self._storage.add_review(review)
        before = "-" if row.talent_box is None else f"K{row.talent_box}"
        after = "tetap" if box is None else f"K{box}"
        self._log(
            HqAction.REVIEW, "profile_reviewed", nip, f"{review.reviewer}: {before} → {after}"
        )
        return review

    def summary(
        self,
        out: Path,
        *,
        unit: str | None = None,
        title: str = "Ringkasan Pemetaan Kompetensi",
    ) -> Path:
        """The agency (or one unit's) summary PDF: distributions, talent boxes, the list."""
        self._access.require(HqAction.PRINT_SUMMARY)
        competencies, _, _ = self._names()
        rows, boxes, axes, talent_version = [], {}, None, "-"
        exams: set[str] = set()
        sessions: dict[str, dict] = {}
        for score_row in self._storage.scores():
            attempt = self._storage.attempt(score_row.attempt_id)
            if attempt is not None:
                exams.add(attempt.exam_id)
                info = self._storage.session_info(attempt.session_id)
                if info is not None:
                    sessions[attempt.session_id] = info
            candidate = self._storage.candidate(
                score_row.nip, attempt.session_id if attempt else None
            )
            if unit is not None and (candidate is None or candidate.unit != unit):
                continue
            profile = json.loads(score_row.profile)
            boxes.update({int(box): tuple(key) for box, key in profile["boxes"].items()})
            axes = profile.get("axes")
            talent_version = profile["versions"].get("talent-matrix", "-")
            rows.append(
                {
                    "nip": score_row.nip,
                    "name": candidate.name if candidate else "",
                    "unit": candidate.unit if candidate else "",
                    "position": candidate.position if candidate else "",
                    "jpm": score_row.jpm,
                    "jpm_band": score_row.jpm_band,
                    "talent_box": score_row.talent_box,
                    "levels": profile["levels"],
                }
            )
        pdf = render_summary(
            SummaryData(
                title=title,
                agency=self._agency or "-",
                exam=", ".join(sorted(exams)) or "-",
                period=_period(list(sessions.values())),
                scope=unit or "Seluruh instansi",
                generated=local_time(self._clock.now().wall_ms, eyd=True),
                competency_names=competencies,
                rows=rows,
                boxes=boxes,
                axes=axes,
                talent_version=talent_version,
            ),
            fonts=resource_dir() / "fonts",
        )
        _write(out, pdf)
        self._log(
            HqAction.PRINT_SUMMARY,
            "summary_printed",
            unit or "*",
            f"{out.name}: {len(rows)} pegawai",
        )
        return out

    def hr_records(self) -> tuple[list[str], list[dict[str, object]]]:
        """Rows in the HR system's field names (docs/architecture.md §6), and the column order."""
        self._access.require(HqAction.EXPORT_HR)
        export = load_hr_export_table()
        _, _, hr_fields = self._names()
        scale_columns = [(code, field) for code, field in hr_fields.items() if field]
        columns = [
            export.fields["nip"],
            export.fields["name"],
            *[field for _, field in scale_columns],
            export.fields["potential_total"],
            export.fields["box"],
            export.fields["axis_x"],
            export.fields["axis_y"],
            export.fields["jpm"],
            export.fields["jpm_band"],
            export.fields["digital_literacy"],
            export.fields["digital_band"],
            export.fields["tables"],
            *[export.fields[key] for key in REVIEW_FIELDS if key in export.fields],
        ]
        latest = {review.nip: review for review in self._storage.reviews()}
        records = []
        for row in self._storage.scores():
            attempt = self._storage.attempt(row.attempt_id)
            candidate = self._storage.candidate(row.nip, attempt.session_id if attempt else None)
            profile = json.loads(row.profile)
            values: dict[str, object] = {
                export.fields["nip"]: row.nip,
                export.fields["name"]: candidate.name if candidate else "",
            }
            for code, field in scale_columns:
                values[field] = profile["levels"].get(code, profile["potential_aspects"].get(code))
            values.update(
                {
                    export.fields["potential_total"]: profile["potential_total"],
                    export.fields["box"]: profile["talent_box"],
                    export.fields["axis_x"]: profile["axis_x"],
                    export.fields["axis_y"]: profile["axis_y"],
                    export.fields["jpm"]: profile["jpm"],
                    export.fields["jpm_band"]: profile["jpm_band"],
                    export.fields["digital_literacy"]: profile["digital_score"],
                    export.fields["digital_band"]: profile["digital_band"],
                    export.fields["tables"]: ";".join(
                        f"{k}={v}" for k, v in profile["versions"].items()
                    ),
                }
            )
            values.update(_review_fields(export.fields, latest.get(row.nip)))
            records.append(values)
        return columns, records

    def siasn_records(self) -> dict[str, object]:
        """SIASN's three record kinds (kompetensi, potensi, talent mapping), one per person.

        Keyed by pnsId / pnsOrangId where the roster gave them and by NIP always;
        ``resources/schemas/siasn-<kind>.schema.json`` describes each record.
        """
        self._access.require(HqAction.EXPORT_HR)
        export = load_hr_export_table().siasn
        ids, kinds, talent = export["ids"], export["kinds"], export["talent"]
        competencies, aspects, hr_fields = self._names()
        found: dict[str, list[dict[str, object]]] = {kind: [] for kind in kinds.values()}
        versions: dict[str, str] = {}
        for row in self._storage.scores():
            profile = json.loads(row.profile)
            versions = profile["versions"]
            key: dict[str, object] = {ids["nip"]: row.nip}
            known = self._storage.siasn_ids(row.nip)
            if known and known[0]:
                key[ids["pns_id"]] = known[0]
            if known and known[1]:
                key[ids["pns_orang_id"]] = known[1]
            found[kinds["competencies"]].append(
                {**key, **{hr_fields[c]: profile["levels"][c] for c in competencies}}
            )
            if profile["potential_total"] is not None:
                found[kinds["potential"]].append(
                    {
                        **key,
                        **{hr_fields[c]: profile["potential_aspects"][c] for c in aspects},
                        export["potential_total"]: profile["potential_total"],
                    }
                )
            if profile["talent_box"] is not None:
                found[kinds["talent"]].append(
                    {
                        **key,
                        talent["box"]: profile["talent_box"],
                        talent["axis_x"]: profile["axis_x"],
                        talent["axis_y"]: profile["axis_y"],
                        talent["axis_total"]: profile["axis_x"] + profile["axis_y"],
                    }
                )
        reviews = export.get("reviews")
        if reviews:
            found[reviews["kind"]] = [
                _siasn_review(reviews, review, self._storage.siasn_ids(review.nip))
                for review in self._storage.reviews()
            ]
        return {"format": export["format"], "versiTabel": versions, **found}

    def export_hr(self, out: Path, *, file_format: str) -> int:
        """CSV for people (one row per person), JSON in SIASN's record kinds for the system."""
        self._access.require(HqAction.EXPORT_HR)
        columns, records = self.hr_records()
        if file_format == "json":
            data = json.dumps(self.siasn_records(), ensure_ascii=False, indent=1).encode("utf-8")
        else:
            buffer = io.StringIO()
            writer = csv.DictWriter(
                buffer, fieldnames=columns, extrasaction="ignore", lineterminator="\n"
            )
            writer.writeheader()
            writer.writerows(records)
            data = buffer.getvalue().encode("utf-8")
        _write(out, data)
        self._log(
            HqAction.EXPORT_HR,
            "hr_exported",
            "*",
            f"{out.name}: {len(records)} pegawai ({file_format})",
        )
        return len(records)

    def lookup(self, code: str, *, fingerprint: str | None = None) -> LookupResult:
        """Did the submission with this receipt code arrive, and does the receipt's fingerprint match it?

        ``code`` is the printed lookup code (any case, dash optional) or the
        receipt's whole QR payload ``CACT1:<code>:<fingerprint hex>``.
        """
        self._access.require(HqAction.LOOKUP_RECEIPT)
        if code.strip().upper().startswith("CACT1:") and fingerprint is None:
            fingerprint = code.strip()
            code = code.strip().split(":")[1]
        normal = normalize_crockford(code)
        lookup_code = f"{normal[:5]}-{normal[5:]}" if len(normal) == 10 else code.strip().upper()
        attempt = self._storage.attempt_by_lookup(lookup_code)
        self._log(HqAction.LOOKUP_RECEIPT, "receipt_looked_up", lookup_code)
        if attempt is None:
            erased = HousekeepingStore(self._storage.sql).erased_by_lookup(lookup_code)
            if erased is None:
                return LookupResult(arrived=False, fingerprint_matches=None)
            return LookupResult(  # deleted since; its proof of receipt was kept
                arrived=True,
                fingerprint_matches=_fingerprint_matches(fingerprint, erased.seal_sha256),
                attempt_id=erased.attempt_id,
                verdict="erased",
            )
        return LookupResult(
            arrived=True,
            fingerprint_matches=_fingerprint_matches(fingerprint, attempt.seal_sha256),
            attempt_id=attempt.attempt_id,
            station_id=attempt.last_station_id or attempt.origin_station_id,
            end_reason=attempt.end_reason,
            ended_wall_ms=attempt.ended_wall_ms,
            verdict=attempt.verdict,
        )

    def scores(self) -> list[ScoreRow]:
        self._access.require(HqAction.LIST_ATTEMPTS)
        return self._storage.scores()

    def attempts(
        self,
        *,
        nip: str | None = None,
        station_id: str | None = None,
        centre: str | None = None,
        session_id: str | None = None,
    ) -> list[AttemptListing]:
        """What arrived of a candidate, a station, a centre or a session (``station hq attempts``).

        It says where and when people sat and with what verdict, so it is logged like a lookup."""
        self._access.require(HqAction.LIST_ATTEMPTS)
        found = list_attempts(
            self._storage, nip=nip, station_id=station_id, centre=centre, session_id=session_id
        )
        kind, subject = next(
            (
                (kind, value)
                for kind, value in (
                    ("nip", nip),
                    ("station", station_id),
                    ("centre", centre),
                    ("session", session_id),
                )
                if value is not None
            ),
            ("*", "*"),
        )
        self._log(HqAction.LIST_ATTEMPTS, "attempts_listed", subject, f"{kind}: {len(found)}")
        return found

    def anomalies(self, *, station_id: str | None = None) -> list[Anomaly]:
        """Recorded anomalies, oldest first; they can name candidates, so reading them is logged."""
        self._access.require(HqAction.VIEW_ANOMALIES)
        found = self._storage.anomalies(station_id=station_id)
        self._log(HqAction.VIEW_ANOMALIES, "anomalies_viewed", station_id or "*", f"{len(found)}")
        return found

    def access_log(self) -> list[AccessEntry]:
        self._access.require(HqAction.ACCESS_LOG)
        return self._storage.access_log()

    def verify_access_log(self) -> Verification:
        """Recompute the access log's chain, signatures and signed head (``--verify``)."""
        self._access.require(HqAction.ACCESS_LOG)
        return self._access.log.verify()


def _fingerprint_matches(fingerprint: str | None, seal_sha256: str | None) -> bool | None:
    """Whether a receipt's fingerprint (printed, or the QR payload) is that of the seal."""
    if fingerprint is None or not seal_sha256:
        return None
    text = fingerprint.strip()
    if text.upper().startswith("CACT1:"):
        return text.rsplit(":", 1)[-1].lower() == seal_sha256
    printed = normalize_crockford(text)
    return printed == crockford_base32(bytes.fromhex(seal_sha256)[:FINGERPRINT_BYTES])


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, data)


REVIEW_FIELDS = ("review_by", "review_at", "review_reason", "review_box")
"""The CSV's review columns, named in the hr-export table (2026.3)."""


def _review_fields(fields: dict[str, str], review: Review | None) -> dict[str, object]:
    """A person's latest review in the CSV's columns (empty without one)."""
    values = {
        "review_by": review.reviewer if review else "",
        "review_at": iso_time(review.wall_ms) if review else "",
        "review_reason": review.reason if review else "",
        "review_box": review.box if review and review.box is not None else "",
    }
    return {fields[key]: value for key, value in values.items() if key in fields}


def _siasn_review(
    names: dict[str, str], review: Review, ids: tuple[str | None, str | None] | None
) -> dict[str, object]:
    """One review as a record of the export's ``tinjauan`` list."""
    record: dict[str, object] = {"nip": review.nip}
    if ids and ids[0]:
        record["pnsId"] = ids[0]
    if ids and ids[1]:
        record["pnsOrangId"] = ids[1]
    record[names["by"]] = review.reviewer
    record[names["at"]] = iso_time(review.wall_ms)
    record[names["reason"]] = review.reason
    if review.box_before is not None:
        record[names["box_before"]] = review.box_before
    if review.box is not None:
        record[names["box"]] = review.box
    return record


def _period(sessions: list[dict]) -> str:
    """The sittings' dates as officials write a period: ``1 Desember 2026`` or
    ``1 Desember 2026 – 3 Desember 2026`` (in each session's own zone)."""
    if not sessions:
        return "-"
    first = min(sessions, key=lambda s: s["starts_wall_ms"])
    last = max(sessions, key=lambda s: s["ends_wall_ms"])
    start = long_date(first["starts_wall_ms"], first.get("timezone") or "Asia/Jakarta")
    end = long_date(last["ends_wall_ms"], last.get("timezone") or "Asia/Jakarta")
    return start if start == end else f"{start} – {end}"
