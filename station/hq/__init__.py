"""Headquarters: keys, package building, ingest, scoring and profiles.

Never imported by the station services; the frozen station build leaves it out.
"""
