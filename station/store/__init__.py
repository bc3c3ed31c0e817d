"""SQLite storage: schema and migrations, repositories, the encrypted event log, audit.

Every file is written with WAL and ``synchronous=FULL``: a commit returns only
after the write-ahead log has been fsynced. Personal data, exam content and
answers are stored encrypted; NIPs are found by a keyed hash.
"""
