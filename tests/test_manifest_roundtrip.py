"""One class reads and writes each signed manifest (issue 19, ADR 0036).

For generated manifests in the on-disk form of docs/formats.md (§9 package, §10 bundle,
§11 receipt, the credential revocation list of ADR 0026 and the backup of ADR 0015):
reading then writing gives back the same bytes (the canonical form: the format on disk is
unchanged), and writing then reading gives back the same object. A manifest the reader would
refuse (a required field left empty) is refused by the writer, before anything is signed.
"""

import base64
import dataclasses
import hashlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from station.crypto.canonical import canonical_json
from station.crypto.chain import AttemptSeal
from station.crypto.signing import generate_signing_key
from station.crypto.x509 import make_crl, make_root
from station.formats.backup import BackupManifest, utc_text, write_backup
from station.formats.bundle import BundleAttempt, BundleManifest, write_bundle
from station.formats.errors import ManifestError
from station.formats.package import PackageManifest, write_package
from station.formats.receipt import Receipt, ReceiptKind, Verdict, write_receipt
from station.formats.revocations import RevocationList, RevokedCredential, write_revocations
from station.formats.update import UpdateManifest, write_update

ROUND = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
NOW = 1_796_000_000_000

# ------------------------------------------------------------------ the on-disk pieces

idents = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._-]{0,15}", fullmatch=True)
texts = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12).filter(
    str.strip
)
wall_ms = st.integers(0, 2**53)
sha256s = st.binary(min_size=1, max_size=8).map(lambda b: hashlib.sha256(b).hexdigest())
member_names = st.from_regex(r"[a-z0-9]{1,8}(/[a-z0-9]{1,8}){0,2}\.bin", fullmatch=True)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64s(*, length: int | None = None) -> st.SearchStrategy[str]:
    size = {"min_size": length, "max_size": length} if length else {"min_size": 1, "max_size": 24}
    return st.binary(**size).map(b64)


kdfs = st.fixed_dictionaries(
    {
        "name": st.just("argon2id"),
        "memory_kib": st.integers(8, 4 * 1024 * 1024),
        "iterations": st.integers(1, 64),
        "lanes": st.integers(1, 64),
    }
)


def unique_by(key: str, elements, *, min_size: int = 1, max_size: int = 3):
    return st.lists(elements, min_size=min_size, max_size=max_size, unique_by=lambda e: e[key])


# ------------------------------------------------------------------ package (formats.md §9)


@st.composite
def package_documents(draw) -> dict:
    forms = draw(
        unique_by(
            "form",
            st.fixed_dictionaries(
                {
                    "form": idents,
                    "exam_id": idents,
                    "content": member_names,
                    "media": unique_by(
                        "id",
                        st.fixed_dictionaries({"id": idents, "member": member_names}),
                        min_size=0,
                    ),
                }
            ),
        )
    )
    form_names = st.sampled_from([f["form"] for f in forms])
    stations = unique_by(
        "station_id", st.fixed_dictionaries({"station_id": idents, "certificate_sha256": sha256s})
    )
    centres = draw(
        st.lists(
            st.fixed_dictionaries(
                {
                    "id": idents,
                    "name": texts,
                    "timezone": texts,
                    "form": form_names,
                    "stations": stations,
                }
            ),
            min_size=1,
            max_size=2,
        )
    )
    proctor = st.fixed_dictionaries(
        {
            "slot_id": texts,
            "kdf": kdfs,
            "salt": b64s(length=16),
            "public_key": b64s(length=32),
        }
    )
    session = st.fixed_dictionaries(
        {
            "session_id": idents,
            "title": texts,
            "centre": idents,
            "starts_wall_ms": wall_ms,
            "ends_wall_ms": wall_ms,
            "timezone": texts,
            "late_entry_minutes": st.integers(0, 24 * 60),
            "form": form_names,
            "release": st.fixed_dictionaries({"kdf": kdfs, "salt": b64s(length=16)}),
            "secrets": b64s(),
            "shares": unique_by(
                "station_id", st.fixed_dictionaries({"station_id": idents, "wrapped": b64s()})
            ),
            "roster": member_names,
            "proctors": st.lists(proctor, max_size=2),
        },
        # The letterhead is written only where the source sets it.
        optional={
            "agency": st.lists(texts, min_size=1, max_size=2),
            "city": texts,
            "berita_acara_number": texts,
        },
    )
    document = {
        "format": "cact-package/1",
        "package_id": draw(idents),
        "created_wall_ms": draw(wall_ms),
        "valid_from_ms": draw(wall_ms),
        "valid_until_ms": draw(wall_ms),
        "min_station_version": draw(texts),
        "exam": draw(st.fixed_dictionaries({"id": idents, "title": texts, "version": texts})),
        "crl_number": draw(st.integers(0, 2**53)),
        "hpke_suite": "DHKEM(X25519,HKDF-SHA256)/HKDF-SHA256/AES-256-GCM",
        "centres": centres,
        "forms": forms,
        "sessions": draw(st.lists(session, min_size=1, max_size=2)),
        "credential_margin_minutes": draw(st.integers(0, 24 * 60)),
    }
    if draw(st.booleans()):
        document["credential_revocations"] = {
            "number": draw(st.integers(1, 2**53)),
            "issued_wall_ms": draw(wall_ms),
            "revoked": draw(st.lists(sha256s, max_size=3)),
        }
    return document


# ------------------------------------------------------------------ bundle (formats.md §10)


@st.composite
def bundle_documents(draw) -> dict:
    ids = draw(st.lists(idents, max_size=3, unique=True))
    attempts = [
        {
            "attempt_id": attempt_id,
            "session_id": draw(idents),
            "member": f"attempts/{attempt_id}.hpke",
            "status": draw(texts),
            "end_reason": draw(st.none() | texts),
            "head_seq": draw(st.integers(-1, 2**40)),
            "seal": draw(
                st.none()
                | st.fixed_dictionaries({"statement": b64s(), "signature": b64s(length=64)})
            ),
        }
        for attempt_id in ids
    ]
    return {
        "format": "cact-bundle/1",
        "bundle_id": draw(idents),
        "station_id": draw(idents),
        "station_certificate_sha256": draw(sha256s),
        "sequence": draw(st.integers(1, 2**40)),
        "created_wall_ms": draw(wall_ms),
        "hq_results_key_sha256": draw(sha256s),
        "sessions": draw(
            st.lists(
                st.fixed_dictionaries({"session_id": texts, "package_id": texts, "exam_id": texts}),
                max_size=2,
            )
        ),
        "attempts": attempts,
        "counts": draw(
            st.fixed_dictionaries(
                {
                    "attempts": st.integers(0, 2**40),
                    "ended": st.integers(0, 2**40),
                    "events": st.integers(0, 2**40),
                }
            )
        ),
    }


# ------------------------------------------------------------------ receipt (formats.md §11)

receipt_documents = st.fixed_dictionaries(
    {
        "format": st.just("cact-receipt/1"),
        "kind": st.sampled_from([kind.value for kind in ReceiptKind]),
        "receipt_id": idents,
        "issued_wall_ms": wall_ms,
        "bundle": st.fixed_dictionaries(
            {
                "bundle_id": idents,
                "station_id": idents,
                "sequence": st.integers(1, 2**40),
                "sha256": sha256s,
            }
        ),
        "attempts": st.lists(
            st.fixed_dictionaries(
                {
                    "attempt_id": idents,
                    "verdict": st.sampled_from([verdict.value for verdict in Verdict]),
                    "head_seq": st.integers(-1, 2**40),
                    "seal_sha256": st.none() | sha256s,
                }
            ),
            max_size=3,
        ),
    }
)

# ------------------------------------------------ credential revocation list (ADR 0026)

revocation_documents = st.fixed_dictionaries(
    {
        "format": st.just("cact-credential-revocations/1"),
        "number": st.integers(1, 2**53),
        "issued_wall_ms": wall_ms,
        "revoked": st.lists(
            st.fixed_dictionaries(
                {
                    "credential_sha256": sha256s,
                    "package_id": idents,
                    "slot_id": texts,
                    "reason": texts,
                    "revoked_wall_ms": wall_ms,
                }
            ),
            max_size=3,
        ),
    }
)

# ------------------------------------------------------------------ backup (ADR 0015)


@st.composite
def backup_documents(draw) -> dict:
    created = draw(st.integers(0, 253_402_300_799_000))  # up to the year 9999
    return {
        "format": "cact-backup/1",
        "station_id": draw(st.from_regex(r"STN-[0-9A-Z]{1,32}", fullmatch=True)),
        "schema_version": draw(st.integers(1, 10_000)),
        "created_wall_ms": created,
        "created_utc": utc_text(created),
        "station_version": draw(texts),
        "database": {
            "name": "station.db",
            "size": draw(st.integers(1, 4 << 30)),
            "sha256": draw(sha256s),
        },
        "counts": draw(
            st.fixed_dictionaries(
                {
                    name: st.integers(0, 2**53)
                    for name in ("attempts", "live_attempts", "events", "audit_entries", "bundles")
                }
            )
        ),
    }


# ------------------------------------------------------------ station update (ADR 0019)

versions = st.from_regex(r"[0-9]{1,5}(\.[0-9]{1,5}){0,3}", fullmatch=True)
APP_FILES = frozenset({"station", "_internal/lib.so.1", "_internal/base.zip", "README"})
"""The build the generated update manifests describe (its executables and links name these)."""
LINKS = {"lib.so": "station", "station2": "README", "_internal/lib.so": "lib.so.1"}
"""Symbolic links that land on a file of that build (a link's target is relative to its folder)."""


@st.composite
def update_documents(draw) -> dict:
    document = {
        "format": "cact-station-update/1",
        "version": draw(versions),
        "min_version": draw(versions),
        "platform": draw(idents),
        "created_wall_ms": draw(wall_ms),
        "notes": draw(st.fixed_dictionaries({"id": texts}, optional={"en": texts})),
        "executables": sorted(draw(st.sets(st.sampled_from(sorted(APP_FILES))))),
        "links": {name: LINKS[name] for name in draw(st.sets(st.sampled_from(sorted(LINKS))))},
    }
    if draw(st.booleans()):
        document["crl_number"] = draw(st.integers(0, 2**53))
    return document


class Update:
    """The update manifest read and written against the build :data:`APP_FILES`."""

    @staticmethod
    def parse(data: bytes, *, label: str) -> "UpdateView":
        return UpdateView(UpdateManifest.parse(data, label=label, app_files=APP_FILES))


@dataclasses.dataclass(frozen=True)
class UpdateView:
    manifest: UpdateManifest

    def to_canonical(self) -> bytes:
        return self.manifest.to_canonical(app_files=APP_FILES)


KINDS = {
    "package": (PackageManifest, package_documents()),
    "bundle": (BundleManifest, bundle_documents()),
    "receipt": (Receipt, receipt_documents),
    "revocations": (RevocationList, revocation_documents),
    "backup": (BackupManifest, backup_documents()),
    "update": (Update, update_documents()),
}


@pytest.mark.parametrize("kind", sorted(KINDS))
@ROUND
@given(data=st.data())
def test_reading_then_writing_gives_back_the_same_bytes(kind, data):
    cls, documents = KINDS[kind]
    on_disk = canonical_json(data.draw(documents))
    assert cls.parse(on_disk, label=kind).to_canonical() == on_disk


@pytest.mark.parametrize("kind", sorted(KINDS))
@ROUND
@given(data=st.data())
def test_writing_then_reading_gives_back_the_same_manifest(kind, data):
    cls, documents = KINDS[kind]
    manifest = cls.parse(canonical_json(data.draw(documents)), label=kind)
    assert cls.parse(manifest.to_canonical(), label=kind) == manifest


@ROUND
@given(document=bundle_documents())
def test_the_envelopes_member_list_is_read_past_not_written_by_the_class(document):
    # formats/signed.py: the envelope adds "members" and checks it; the class leaves it alone.
    on_disk = canonical_json(document)
    with_members = canonical_json({**document, "members": []})
    assert BundleManifest.parse(with_members, label="b").to_canonical() == on_disk


# ------------------------------------------------------ the writers refuse what readers refuse


@pytest.fixture(scope="module")
def signer():
    key = generate_signing_key()
    root = make_root(key, name="Test HQ", now_ms=NOW)
    return key, root, make_crl(root, key, revoked=[], number=3, now_ms=NOW)


def parsed(kind: str, document: dict):
    cls, _ = KINDS[kind]
    return cls.parse(canonical_json(document), label=kind)


REFUSE = settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck))


@REFUSE
@given(document=package_documents())
def test_a_package_without_its_exam_title_is_not_written(signer, document):
    key, cert, crl = signer
    manifest = dataclasses.replace(parsed("package", document), exam_title=None)
    with pytest.raises(ManifestError, match=r"exam\.title"):
        write_package(manifest, [], signer_key=key, signer_cert=cert, crl=crl)


@REFUSE
@given(document=package_documents())
def test_a_package_session_without_its_roster_member_is_not_written(signer, document):
    key, cert, crl = signer
    manifest = parsed("package", document)
    session = dataclasses.replace(manifest.sessions[0], roster=None)
    manifest = dataclasses.replace(manifest, sessions=(session, *manifest.sessions[1:]))
    with pytest.raises(ManifestError, match=r"sessions\[0\]\.roster"):
        write_package(manifest, [], signer_key=key, signer_cert=cert, crl=crl)


@REFUSE
@given(document=bundle_documents())
def test_a_bundle_without_its_station_is_not_written(signer, document):
    key, cert, crl = signer
    manifest = dataclasses.replace(parsed("bundle", document), station_id=None)
    with pytest.raises(ManifestError, match="station_id"):
        write_bundle(manifest, [], signer_key=key, signer_cert=cert, crl=crl)


@REFUSE
@given(document=bundle_documents())
def test_a_bundle_attempt_without_its_status_is_not_written(signer, document):
    key, cert, crl = signer
    attempt = BundleAttempt("A1", "S1", "attempts/A1.hpke", None, None, 3, None)
    manifest = dataclasses.replace(
        parsed("bundle", document),
        attempts=(attempt,),
        sessions=({"session_id": "S1", "package_id": "P", "exam_id": "E"},),
    )
    with pytest.raises(ManifestError, match=r"attempts\[0\]\.status"):
        write_bundle(manifest, [], signer_key=key, signer_cert=cert, crl=crl)


def test_a_receipt_without_its_bundle_digest_is_not_written(signer):
    key, cert, _ = signer
    with pytest.raises(ManifestError, match=r"bundle\.sha256"):
        write_receipt(
            kind=ReceiptKind.INGEST,
            receipt_id="R1",
            issued_wall_ms=NOW,
            bundle_id="B1",
            station_id="STN-1",
            sequence=1,
            bundle_sha256=None,
            verdicts=[],
            signer_key=key,
            signer_cert=cert,
        )


def test_a_revocation_without_its_reason_is_not_written(signer):
    key, cert, _ = signer
    entry = RevokedCredential("a" * 64, "PKG-1", "proctor:S1:1", None, NOW)
    with pytest.raises(ManifestError, match=r"revoked\[0\]\.reason"):
        write_revocations(RevocationList(1, NOW, (entry,)), signer_key=key, signer_cert=cert)


@REFUSE
@given(document=backup_documents())
def test_a_backup_without_its_station_version_is_not_written(tmp_path: Path, document):
    database = tmp_path / "station.db"
    database.write_bytes(b"SQLite format 3\x00")
    manifest = dataclasses.replace(parsed("backup", document), station_version=None)
    target = tmp_path / "out.cactbak"
    with pytest.raises(ManifestError, match="station_version"):
        write_backup(target, manifest, database)
    assert not target.exists()


@REFUSE
@given(document=backup_documents())
def test_a_backup_the_reader_would_read_differently_is_not_written(tmp_path: Path, document):
    # formats/backup.py keeps 64 characters of the station version: a longer one would not
    # read back as written, so the writer refuses it rather than store a different manifest.
    database = tmp_path / "station.db"
    database.write_bytes(b"SQLite format 3\x00")
    manifest = dataclasses.replace(parsed("backup", document), station_version="9" * 65)
    target = tmp_path / "out.cactbak"
    with pytest.raises(ManifestError) as refused:
        write_backup(target, manifest, database)
    assert "tidak terbaca kembali sama" in refused.value.message.render()
    assert not target.exists()


@REFUSE
@given(document=update_documents())
def test_an_update_naming_an_executable_the_build_lacks_is_not_written(signer, document):
    key, cert, crl = signer
    manifest = dataclasses.replace(
        parsed("update", document).manifest, executables=frozenset({"missing"})
    )
    files = [(name, b"x") for name in sorted(APP_FILES)]
    with pytest.raises(ManifestError, match="executables"):
        write_update(manifest, files, signer_key=key, signer_cert=cert, crl=crl)


@REFUSE
@given(document=update_documents())
def test_an_update_without_its_platform_is_not_written(signer, document):
    key, cert, crl = signer
    manifest = dataclasses.replace(parsed("update", document).manifest, platform=None)
    files = [(name, b"x") for name in sorted(APP_FILES)]
    with pytest.raises(ManifestError, match="platform"):
        write_update(manifest, files, signer_key=key, signer_cert=cert, crl=crl)


def test_what_a_bundle_attempt_writes_is_what_export_wrote_before():
    # formats.md §10: a sealed attempt carries its seal as base64 statement and signature.
    seal = AttemptSeal(b'{"a":1}', b"\x01" * 64)
    attempt = BundleAttempt("A1", "S1", "attempts/A1.hpke", "ended", "submitted", 4, seal)
    assert attempt.to_dict() == {
        "attempt_id": "A1",
        "session_id": "S1",
        "member": "attempts/A1.hpke",
        "status": "ended",
        "end_reason": "submitted",
        "head_seq": 4,
        "seal": {"statement": b64(b'{"a":1}'), "signature": b64(b"\x01" * 64)},
    }
