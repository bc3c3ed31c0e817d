"""The hostile-file corpus: one case per mutation class, made from good files by this generator.

Every case is a file (bytes) and the error class(es) a reader must refuse it
with. Low-level cases (names with ``..``, links, duplicates, lying sizes,
non-UTF-8 names, zip bombs) are written with the small raw zip writer below,
which sets every header field itself; signed cases are re-signed with the
real keys when the point is to reach a later check.
"""

from __future__ import annotations

import json
import stat
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from io import BytesIO

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from station.crypto.errors import SignatureError
from station.crypto.signing import sign
from station.crypto.x509 import (
    CrlError,
    ExpiredCertificateError,
    RevokedCertificateError,
    UntrustedCertificateError,
    fingerprint,
    to_pem,
)
from station.formats.errors import (
    ArchiveError,
    ArchiveTooLargeError,
    CompressionBombError,
    DuplicateMemberError,
    FormatVersionError,
    ManifestError,
    MemberIntegrityError,
    MissingMemberError,
    MissingSignatureError,
    StrayBytesError,
    UnexpectedMemberError,
    UnsafeMemberError,
)

UTF8 = 0x800


@dataclass
class Entry:
    name: bytes
    data: bytes
    deflate: bool = False
    flags: int = 0
    external: int = (stat.S_IFREG | 0o644) << 16
    declared_size: int | None = None


@dataclass
class Case:
    name: str
    data: bytes
    expected: tuple[type[Exception], ...]
    now_ms: int | None = None
    note: str = ""
    extra: dict = field(default_factory=dict)


def raw_zip(entries: list[Entry]) -> bytes:
    """A zip written field by field, so any field can lie."""
    out, central = BytesIO(), BytesIO()
    for entry in entries:
        body = zlib.compress(entry.data, 9)[2:-4] if entry.deflate else entry.data
        size = len(entry.data) if entry.declared_size is None else entry.declared_size
        crc = zlib.crc32(entry.data)
        method = 8 if entry.deflate else 0
        offset = out.tell()
        out.write(
            struct.pack(
                "<IHHHHHIIIHH",
                0x04034B50,
                20,
                entry.flags,
                method,
                0,
                0x21,
                crc,
                len(body),
                size,
                len(entry.name),
                0,
            )
        )
        out.write(entry.name)
        out.write(body)
        central.write(
            struct.pack(
                "<IHHHHHHIIIHHHHHII",
                0x02014B50,
                0x0314,
                20,
                entry.flags,
                method,
                0,
                0x21,
                crc,
                len(body),
                size,
                len(entry.name),
                0,
                0,
                0,
                0,
                entry.external,
                offset,
            )
        )
        central.write(entry.name)
    start = out.tell()
    directory = central.getvalue()
    out.write(directory)
    out.write(
        struct.pack(
            "<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(directory), start, 0
        )
    )
    return out.getvalue()


def entries_of(data: bytes) -> list[Entry]:
    with zipfile.ZipFile(BytesIO(data)) as archive:
        return [
            Entry(
                info.filename.encode(),
                archive.read(info),
                deflate=info.compress_type == zipfile.ZIP_DEFLATED,
            )
            for info in archive.infolist()
        ]


def rebuilt(entries: list[Entry]) -> bytes:
    return raw_zip(entries)


def replace(entries: list[Entry], name: str, data: bytes) -> list[Entry]:
    return [Entry(e.name, data, e.deflate) if e.name == name.encode() else e for e in entries]


def resigned(entries: list[Entry], manifest: dict, key: Ed25519PrivateKey) -> list[Entry]:
    """Entries with a new manifest signed by ``key`` (the real key, to reach later checks)."""
    body = json.dumps(manifest, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    return replace(replace(entries, "manifest.json", body), "manifest.sig", sign(key, body))


def resigned_as(data: bytes, *, station_id: str, certificate, key: Ed25519PrivateKey) -> bytes:
    """Another station's bundle with the manifest naming ``station_id`` and ``certificate``,
    that certificate as ``station.pem``, signed with ``key``: what an enrolled station can do
    with any bundle it gets hold of."""
    entries = entries_of(data)
    manifest = manifest_of(entries)
    manifest["station_id"] = station_id
    manifest["station_certificate_sha256"] = fingerprint(certificate)
    entries = replace(entries, "station.pem", to_pem(certificate))
    return rebuilt(resigned(entries, manifest, key))


def manifest_of(entries: list[Entry]) -> dict:
    return json.loads(next(e.data for e in entries if e.name == b"manifest.json"))


def flip(data: bytes, position: int | None = None) -> bytes:
    index = len(data) // 2 if position is None else position
    return data[:index] + bytes([data[index] ^ 0x01]) + data[index + 1 :]


def envelope_cases(
    good: bytes,
    *,
    signer_member: str,
    signer_key: Ed25519PrivateKey,
    attacker_key: Ed25519PrivateKey,
) -> list[Case]:
    """Mutations every signed file must survive: archive, names, signature, members."""
    entries = entries_of(good)
    names = [e.name.decode() for e in entries]
    content = [n for n in names if n not in ("manifest.json", "manifest.sig", signer_member)]
    cases: list[Case] = []
    for name in content:
        cases.append(
            Case(
                f"flipped bit in {name}",
                rebuilt(
                    replace(
                        entries,
                        name,
                        flip(next(e.data for e in entries if e.name == name.encode())),
                    )
                ),
                (MemberIntegrityError, CrlError) if name == "crl.pem" else (MemberIntegrityError,),
            )
        )
    manifest = next(e.data for e in entries if e.name == b"manifest.json")
    cases.append(
        Case(
            "flipped bit in manifest.json",
            rebuilt(replace(entries, "manifest.json", flip(manifest, 20))),
            (SignatureError,),
        )
    )
    signature = next(e.data for e in entries if e.name == b"manifest.sig")
    cases.append(
        Case(
            "flipped bit in manifest.sig",
            rebuilt(replace(entries, "manifest.sig", flip(signature))),
            (SignatureError,),
        )
    )
    certificate = next(e.data for e in entries if e.name == signer_member.encode())
    cases.append(
        Case(
            f"flipped bit in {signer_member}",
            rebuilt(replace(entries, signer_member, flip(certificate, len(certificate) - 80))),
            (SignatureError, UntrustedCertificateError),
        )
    )
    for offset in (10, len(good) // 3, len(good) // 2, len(good) - 30, len(good) - 1):
        cases.append(Case(f"truncated at {offset} bytes", good[:offset], (ArchiveError,)))
    cases.append(Case("empty file", b"", (ArchiveError,)))
    cases.append(Case("not a zip at all", b"%PDF-1.7\n" + bytes(500), (ArchiveError,)))
    for name in [*content[:2], "manifest.sig", signer_member]:
        kept = [e for e in entries if e.name != name.encode()]
        expected = {"manifest.sig": (MissingSignatureError,), signer_member: (ManifestError,)}.get(
            name, (MissingMemberError,)
        )
        cases.append(Case(f"{name} removed", rebuilt(kept), expected))
    cases.append(
        Case(
            "member added",
            rebuilt([*entries, Entry(b"extra.bin", b"surprise")]),
            (UnexpectedMemberError,),
        )
    )
    last = content[-1] if content else signer_member
    if content:
        renamed = [Entry(b"renamed.bin", e.data) if e.name == last.encode() else e for e in entries]
        cases.append(Case(f"{last} renamed", rebuilt(renamed), (MissingMemberError,)))
    duplicate = next(e for e in entries if e.name == last.encode())
    cases.append(
        Case(f"{last} duplicated", rebuilt([*entries, duplicate]), (DuplicateMemberError,))
    )
    edited = manifest_of(entries)
    edited["created_wall_ms"] = edited.get("created_wall_ms", edited.get("issued_wall_ms", 0)) + 1
    body = json.dumps(edited, sort_keys=True, separators=(",", ":")).encode()
    cases.append(
        Case(
            "manifest edited, old signature",
            rebuilt(replace(entries, "manifest.json", body)),
            (SignatureError,),
        )
    )
    cases.append(
        Case(
            "manifest edited and signed with another key",
            rebuilt(
                replace(
                    replace(entries, "manifest.json", body),
                    "manifest.sig",
                    sign(attacker_key, body),
                )
            ),
            (SignatureError,),
        )
    )
    cases.append(
        Case(
            "manifest.sig emptied",
            rebuilt(replace(entries, "manifest.sig", b"")),
            (MissingSignatureError,),
        )
    )
    wrong_version = manifest_of(entries)
    wrong_version["format"] = wrong_version["format"].rsplit("/", 1)[0] + "/9"
    cases.append(
        Case(
            "wrong format version (validly signed)",
            rebuilt(resigned(entries, wrong_version, signer_key)),
            (FormatVersionError,),
        )
    )
    not_a_manifest = rebuilt(resigned(entries, ["not", "an", "object"], signer_key))
    cases.append(
        Case(
            "manifest is not an object (validly signed)",
            not_a_manifest,
            (FormatVersionError, ManifestError),
        )
    )
    for label, bad_name in (
        ("path with ..", b"../../etc/passwd"),
        ("absolute path", b"/etc/passwd"),
        ("backslash path", b"..\\evil.bin"),
    ):
        cases.append(
            Case(
                f"member with {label}",
                rebuilt([*entries, Entry(bad_name, b"x")]),
                (UnsafeMemberError,),
            )
        )
    cases.append(
        Case(
            "member that is a symbolic link",
            rebuilt(
                [
                    *entries,
                    Entry(b"link.bin", b"/etc/passwd", external=(stat.S_IFLNK | 0o777) << 16),
                ]
            ),
            (UnsafeMemberError,),
        )
    )
    cases.append(
        Case(
            "non-UTF-8 member name",
            rebuilt([*entries, Entry(b"nama-\xff\xfe.bin", b"x")]),
            (UnsafeMemberError,),
        )
    )
    cases.append(
        Case(
            "zip bomb: declared expansion",
            rebuilt([*entries, Entry(b"bomb.bin", bytes(4 << 20), deflate=True)]),
            (CompressionBombError, ArchiveTooLargeError),
        )
    )
    lying = list(entries)
    target = next(i for i, e in enumerate(lying) if e.name == last.encode())
    big = bytes(2 << 20)
    lying[target] = Entry(lying[target].name, big, deflate=True, declared_size=1000)
    cases.append(
        Case(
            "zip bomb: actual expansion beyond the declared size",
            rebuilt(lying),
            (CompressionBombError,),
        )
    )
    cases += layout_cases(good)
    absurd = list(entries)
    absurd[target] = Entry(absurd[target].name, absurd[target].data, declared_size=0xFFFFFFF0)
    cases.append(Case("absurd declared size", rebuilt(absurd), (ArchiveTooLargeError,)))
    return cases


def layout_cases(good: bytes) -> list[Case]:
    """Bytes outside the zip's declared structure, which zip readers skip and no signature
    covers: the file must be exactly its bytes (ADR 0021)."""
    end = struct.Struct("<IHHHHIIH")
    fields = list(end.unpack(good[-end.size :]))
    directory = fields[6]
    gap = [*fields[:6], directory + 8, fields[7]]
    with zipfile.ZipFile(BytesIO(good)) as archive:
        infos = archive.infolist()
        contents = [archive.read(info) for info in infos]
    extra = BytesIO()
    with zipfile.ZipFile(extra, "w") as out:
        for number, (info, content) in enumerate(zip(infos, contents, strict=True)):
            if number == 0:
                info.extra = struct.pack("<HH", 0xCAFE, 2) + b"!!"
            out.writestr(info, content)
    comment = b"carried"
    return [
        Case("bytes appended", good + b"\x00" * 16, (StrayBytesError,)),
        Case("bytes prepended", b"MZ" * 8 + good, (StrayBytesError,)),
        Case(
            "archive comment",
            good[:-2] + struct.pack("<H", len(comment)) + comment,
            (StrayBytesError,),
        ),
        Case(
            "gap before the central directory",
            good[:directory] + b"\xff" * 8 + good[directory : -end.size] + end.pack(*gap),
            (StrayBytesError,),
        ),
        Case("extra field on a member", extra.getvalue(), (StrayBytesError,)),
    ]


def foreign_cases(foreign: bytes) -> list[Case]:
    return [Case("signed by a certificate from another CA", foreign, (UntrustedCertificateError,))]


def expired_case(good: bytes, *, later_ms: int) -> Case:
    return Case("signer's certificate expired", good, (ExpiredCertificateError,), now_ms=later_ms)


def revoked_case(revoked: bytes) -> Case:
    return Case("signer's certificate revoked", revoked, (RevokedCertificateError,))
