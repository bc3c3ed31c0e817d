"""AEAD, HPKE, Ed25519 and the small encodings around them."""

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from station.crypto.errors import DecryptionError, SignatureError
from station.crypto.hpke import open_sealed, seal_to
from station.crypto.primitives import (
    NONCE_BYTES,
    AeadKey,
    crockford_base32,
    derive_key,
    group,
    length_prefixed,
    normalize_crockford,
    random_key,
)
from station.crypto.signing import (
    generate_signing_key,
    load_private_pem,
    load_public_pem,
    private_pem,
    public_pem,
    sign,
    verify_signature,
)


def test_length_prefixing_keeps_field_boundaries():
    assert length_prefixed(b"ab", b"c") != length_prefixed(b"a", b"bc")
    assert length_prefixed(b"") == b"\x00\x00\x00\x00"


def test_subkeys_differ_by_purpose():
    master = random_key()
    assert derive_key(master, "a") != derive_key(master, "b")
    assert derive_key(master, "a") == derive_key(master, "a")


def test_aead_round_trip_and_fresh_nonces():
    key = AeadKey(random_key())
    first, second = key.seal(b"jawaban", aad=b"ctx"), key.seal(b"jawaban", aad=b"ctx")
    assert first[:NONCE_BYTES] != second[:NONCE_BYTES]
    assert key.open(first, aad=b"ctx") == b"jawaban"


@pytest.mark.parametrize("mutate", ["flip", "truncate", "aad", "key"])
def test_aead_detects_every_change(mutate):
    key = AeadKey(random_key())
    sealed = key.seal(b"jawaban", aad=b"ctx")
    aad = b"ctx"
    if mutate == "flip":
        sealed = sealed[:-1] + bytes([sealed[-1] ^ 1])
    elif mutate == "truncate":
        sealed = sealed[:10]
    elif mutate == "aad":
        aad = b"other"
    else:
        key = AeadKey(random_key())
    with pytest.raises(DecryptionError):
        key.open(sealed, aad=aad)


def test_hpke_round_trip_and_binding():
    private = X25519PrivateKey.generate()
    sealed = seal_to(private.public_key(), b"kunci ujian", info=b"attempt-1")
    assert open_sealed(private, sealed, info=b"attempt-1") == b"kunci ujian"
    with pytest.raises(DecryptionError):
        open_sealed(private, sealed, info=b"attempt-2")
    with pytest.raises(DecryptionError):
        open_sealed(X25519PrivateKey.generate(), sealed, info=b"attempt-1")


def test_signatures_and_pem_round_trip():
    key = generate_signing_key()
    signature = sign(key, b"pesan")
    public = load_public_pem(public_pem(key.public_key()))
    verify_signature(public, b"pesan", signature)
    with pytest.raises(SignatureError):
        verify_signature(public, b"pesan!", signature)
    reloaded = load_private_pem(
        private_pem(key, passphrase=b"rahasia-uji"), passphrase=b"rahasia-uji"
    )
    verify_signature(public, b"x", sign(reloaded, b"x"))


def test_crockford_is_readable_and_forgiving():
    text = crockford_base32(bytes(range(16)))
    assert len(text) == 26
    assert not set(text) & set("ILOU")
    assert normalize_crockford(group(text).lower().replace("1", "l").replace("0", "o")) == text
