"""SQLite storage: the station database (:class:`~station.store.station_db.StationDb`) and its
repositories, the room hub's store, migrations, the encrypted event log, audit.

Every file is written with WAL and ``synchronous=FULL``: a commit returns only
after the write-ahead log has been fsynced. Personal data, exam content and
answers are stored encrypted; NIPs are found by a keyed hash.
"""
