"""The HQ upload service: stations send result bundles over mutual TLS (ADR 0017)."""
