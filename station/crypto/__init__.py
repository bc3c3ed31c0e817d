"""Keys, the vault, AEAD, HPKE, signatures and the keyed event chain.

Everything here uses ``cryptography`` with standard encodings (PEM, raw
Ed25519/X25519, RFC 9180 HPKE) so that tools outside the project can check
what the station produces. Every error derives from :class:`CryptoError`.
"""
