"""File formats: the exam authoring source, and (later) packages, bundles and receipts.

Readers treat every file as hostile: size limits, strict schemas, paths kept
inside their folder, and a specific error naming the file and field at fault.
"""
