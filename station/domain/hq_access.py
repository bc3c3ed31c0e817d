"""Who may do what at headquarters: the operators' roles, the actions and the one table between.

Every HQ command runs as a named operator who proved a password or a key file
(ADR 0039). An operator holds one or more roles; :data:`RULES` says which roles
may do each action. The HQ services ask :func:`allowed` before they act, so a
command line that forgets a check still cannot do more than the operator's
roles allow; ``docs/hq-operators.md`` prints the same table for people (a test
holds the two together).

Source of the policy: issue 20 item 4 (least privilege per duty, UU 27/2022 on
personal data: who may open, export or print whose data).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from station.domain.text import QT_TR_NOOP

RULES_VERSION = "hq-access/1"
"""The version of :data:`RULES`; a change of who may do what is a new version (ADR 0039)."""


class HqRole(StrEnum):
    """The duties an HQ operator may hold."""

    INTAKE = "intake"
    """Takes bundles in: ingest, the ingest worker, enrolling stations."""
    SCORING = "scoring"
    """Scores and rescores, records human reviews, loads performance ratings."""
    READER = "reader"
    """Reads about people: profiles, attempts, anomalies, receipt lookups."""
    HR_EXPORT = "hr_export"
    """Gives results out: summaries, the CSV and SIASN exports."""
    ADMIN = "admin"
    """Runs HQ itself: operators, keys, packages, revocations, housekeeping, the access log."""


class HqAction(StrEnum):
    """Everything an HQ command does that needs an operator."""

    MANAGE_OPERATORS = "manage_operators"
    KEY_SLOTS = "key_slots"
    EXPORT_TRUST = "export_trust"
    BUILD_PACKAGE = "build_package"
    BUILD_UPDATE = "build_update"
    ISSUE_UPLOAD_SERVICE = "issue_upload_service"
    REVOKE_STATION = "revoke_station"
    ISSUE_CRL = "issue_crl"
    REVOKE_CREDENTIAL = "revoke_credential"
    HOUSEKEEPING = "housekeeping"
    ACCESS_LOG = "access_log"
    DATABASE_ROLES = "database_roles"
    ENROLL_STATION = "enroll_station"
    LIST_STATIONS = "list_stations"
    INGEST = "ingest"
    OPEN_BUNDLE = "open_bundle"
    SCORE = "score"
    RESCORE = "rescore"
    REVIEW = "review"
    IMPORT_RATINGS = "import_ratings"
    PRINT_PROFILE = "print_profile"
    LIST_ATTEMPTS = "list_attempts"
    VIEW_ANOMALIES = "view_anomalies"
    LOOKUP_RECEIPT = "lookup_receipt"
    PRINT_SUMMARY = "print_summary"
    EXPORT_HR = "export_hr"


@dataclass(frozen=True, slots=True)
class Rule:
    action: HqAction
    roles: frozenset[HqRole]
    what: str
    """What the action is, in words (Indonesian; translated where shown)."""


def _rule(action: HqAction, what: str, *roles: HqRole) -> Rule:
    return Rule(action, frozenset(roles), what)


_A, _I, _S, _R, _H = (
    HqRole.ADMIN,
    HqRole.INTAKE,
    HqRole.SCORING,
    HqRole.READER,
    HqRole.HR_EXPORT,
)

RULES: dict[HqAction, Rule] = {
    rule.action: rule
    for rule in (
        _rule(HqAction.MANAGE_OPERATORS, QT_TR_NOOP("mengelola akun petugas HQ"), _A),
        _rule(HqAction.KEY_SLOTS, QT_TR_NOOP("mengubah slot kata sandi kunci HQ"), _A),
        _rule(HqAction.EXPORT_TRUST, QT_TR_NOOP("menulis berkas kepercayaan"), _A),
        _rule(HqAction.BUILD_PACKAGE, QT_TR_NOOP("membuat paket ujian"), _A),
        _rule(HqAction.BUILD_UPDATE, QT_TR_NOOP("membuat paket pembaruan program"), _A),
        _rule(
            HqAction.ISSUE_UPLOAD_SERVICE, QT_TR_NOOP("menerbitkan identitas layanan unggah"), _A
        ),
        _rule(HqAction.REVOKE_STATION, QT_TR_NOOP("mencabut stasiun"), _A),
        _rule(HqAction.ISSUE_CRL, QT_TR_NOOP("menerbitkan CRL"), _A),
        _rule(HqAction.REVOKE_CREDENTIAL, QT_TR_NOOP("mencabut kredensial pengawas"), _A),
        _rule(
            HqAction.HOUSEKEEPING, QT_TR_NOOP("merapikan data HQ (hapus, selesaikan konflik)"), _A
        ),
        _rule(HqAction.ACCESS_LOG, QT_TR_NOOP("membaca dan memeriksa log akses"), _A),
        _rule(HqAction.DATABASE_ROLES, QT_TR_NOOP("menyiapkan peran basis data layanan"), _A),
        _rule(HqAction.ENROLL_STATION, QT_TR_NOOP("mendaftarkan stasiun"), _I),
        _rule(HqAction.LIST_STATIONS, QT_TR_NOOP("melihat daftar stasiun"), _I, _A),
        _rule(HqAction.INGEST, QT_TR_NOOP("menerima bundel hasil"), _I),
        _rule(HqAction.OPEN_BUNDLE, QT_TR_NOOP("membuka isi bundel"), _I),
        _rule(HqAction.SCORE, QT_TR_NOOP("menilai ujian"), _S),
        _rule(HqAction.RESCORE, QT_TR_NOOP("menilai ulang ujian"), _S),
        _rule(HqAction.REVIEW, QT_TR_NOOP("mencatat tinjauan manusia"), _S),
        _rule(HqAction.IMPORT_RATINGS, QT_TR_NOOP("memuat nilai kinerja"), _S),
        _rule(HqAction.PRINT_PROFILE, QT_TR_NOOP("mencetak profil pegawai"), _R),
        _rule(HqAction.LIST_ATTEMPTS, QT_TR_NOOP("melihat ujian yang diterima"), _R),
        _rule(HqAction.VIEW_ANOMALIES, QT_TR_NOOP("melihat anomali"), _R),
        _rule(HqAction.LOOKUP_RECEIPT, QT_TR_NOOP("memeriksa kode tanda terima"), _R),
        _rule(HqAction.PRINT_SUMMARY, QT_TR_NOOP("mencetak ringkasan instansi"), _H),
        _rule(HqAction.EXPORT_HR, QT_TR_NOOP("mengekspor hasil ke sistem kepegawaian"), _H),
    )
}


def allowed(roles: frozenset[HqRole] | set[HqRole], action: HqAction) -> bool:
    """Whether an operator holding ``roles`` may do ``action``."""
    return bool(RULES[action].roles & frozenset(roles))


def parse_roles(names: list[str] | tuple[str, ...]) -> frozenset[HqRole]:
    """Role names as given on a command line; an unknown name raises ``ValueError``."""
    return frozenset(HqRole(name.strip()) for name in names if name.strip())


FREE_LOGIN_TRIES = 3
"""Wrong passwords allowed in a row for one operator before the next try must wait."""
FIRST_LOGIN_DELAY_MS = 30_000
MAX_LOGIN_DELAY_MS = 15 * 60_000


def login_delay_ms(failures: int) -> int:
    """How long an operator's next try must wait after ``failures`` wrong secrets in a row:
    none for the first three, then 30 s doubling to 15 minutes (the station's unlock rule,
    ADR 0026, applied per operator)."""
    if failures < FREE_LOGIN_TRIES:
        return 0
    doublings = min(failures - FREE_LOGIN_TRIES, 16)
    return min(FIRST_LOGIN_DELAY_MS << doublings, MAX_LOGIN_DELAY_MS)


MIN_PASSWORD_CHARS = 12
"""An operator's password: at least this long (NIST SP 800-63B allows 8; HQ asks more)."""
