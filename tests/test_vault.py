"""The vault: key slots (add, remove, change), wrong secrets, parameters stored per slot."""

import pytest

from station.crypto.errors import SlotError, UnknownSlotError, VaultFormatError, WrongSecretError
from station.crypto.vault import (
    FAST_TEST_PARAMS,
    Argon2Params,
    SealedVault,
    SlotKind,
    create_vault,
    credential_verifier,
)

SECRETS = {"storage_master_key": b"k" * 32, "station_signing_key": b"s" * 32}


def make(passphrase="passphrase-field-it"):
    return create_vault(
        SECRETS, slot_id="field-it", label="Teknisi", passphrase=passphrase, params=FAST_TEST_PARAMS
    )


def reopen(vault, secret, slot_id=None):
    return SealedVault.from_json(vault.sealed.to_json()).open(secret, slot_id=slot_id)


def test_opens_with_the_passphrase_and_holds_the_secrets():
    assert reopen(make(), "passphrase-field-it").contents == SECRETS


def test_wrong_secret_has_its_own_error():
    with pytest.raises(WrongSecretError):
        reopen(make(), "not-the-passphrase")


def test_parameters_and_salt_are_stored_with_each_slot():
    vault = make().with_passphrase_slot(
        "backup",
        label="Cadangan",
        passphrase="backup-passphrase",
        params=Argon2Params(memory_kib=128, iterations=2, lanes=1),
    )
    stored = SealedVault.from_json(vault.sealed.to_json())
    assert stored.slot("field-it").kdf == FAST_TEST_PARAMS
    assert stored.slot("backup").kdf == Argon2Params(128, 2, 1)
    assert stored.slot("field-it").salt != stored.slot("backup").salt
    assert stored.open("backup-passphrase").contents == SECRETS


def test_change_passphrase_keeps_secrets_and_drops_the_old_one():
    vault = make().with_changed_passphrase("field-it", passphrase="a-new-passphrase")
    assert reopen(vault, "a-new-passphrase").contents == SECRETS
    with pytest.raises(WrongSecretError):
        reopen(vault, "passphrase-field-it")


def test_remove_slot_and_keep_the_last_passphrase():
    vault = make().with_passphrase_slot(
        "backup", label="Cadangan", passphrase="backup-passphrase", params=FAST_TEST_PARAMS
    )
    vault = vault.without_slot("field-it")
    with pytest.raises(WrongSecretError):
        reopen(vault, "passphrase-field-it")
    with pytest.raises(SlotError, match="terakhir"):
        vault.without_slot("backup")
    with pytest.raises(UnknownSlotError):
        vault.without_slot("nobody")


def test_duplicate_slot_and_short_passphrases_are_refused():
    with pytest.raises(SlotError, match="sudah ada"):
        make().with_passphrase_slot(
            "field-it", label="x", passphrase="another-passphrase", params=FAST_TEST_PARAMS
        )
    with pytest.raises(SlotError, match="minimal"):
        make(passphrase="short")


def test_credential_slot_opens_with_a_credential_the_station_never_saw():
    credential = "PGW-7K3M-Q9XT-2RVA"
    salt, public = credential_verifier(credential, params=FAST_TEST_PARAMS)
    vault = make().with_credential_slot(
        "proctor:S1:1", label="Pengawas", public_key=public, salt=salt, params=FAST_TEST_PARAMS
    )
    stored = SealedVault.from_json(vault.sealed.to_json())
    assert credential.encode() not in vault.sealed.to_json()
    assert stored.slot("proctor:S1:1").kind is SlotKind.CREDENTIAL
    assert stored.open(credential, slot_id="proctor:S1:1").contents == SECRETS
    with pytest.raises(WrongSecretError):
        stored.open("PGW-XXXX-XXXX-XXXX", slot_id="proctor:S1:1")
    # Typed at the station without knowing its slot (any letter case): the credential slots are tried.
    assert stored.open(credential.lower()).opened_with == "proctor:S1:1"
    with pytest.raises(WrongSecretError):
        stored.open("PGW-XXXX-XXXX-XXXX")


def test_slot_wraps_are_bound_to_their_slot():
    vault = make().with_passphrase_slot(
        "backup", label="Cadangan", passphrase="backup-passphrase", params=FAST_TEST_PARAMS
    )
    stored = SealedVault.from_json(vault.sealed.to_json())
    swapped = type(stored)(
        stored.vault_id,
        (
            type(stored.slots[0])(
                **{
                    **{f: getattr(stored.slots[0], f) for f in stored.slots[0].__slots__},
                    "wrapped_key": stored.slots[1].wrapped_key,
                }
            ),
            stored.slots[1],
        ),
        stored.payload,
    )
    with pytest.raises(WrongSecretError):
        swapped.open("passphrase-field-it", slot_id="field-it")


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"{}",
        b'{"format":"cact-vault/9"}',
        b"\x00\x01",
        b'{"format":"cact-vault/1","vault_id":"x"}',
    ],
)
def test_damaged_vault_files_are_reported_as_such(raw):
    with pytest.raises(VaultFormatError):
        SealedVault.from_json(raw)
