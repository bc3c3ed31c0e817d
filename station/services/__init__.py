"""Use cases of the station: what the fronts (UI, CLI) call.

Services talk to the store, the crypto layer and the formats; fronts never
do. Headquarters lives in ``station.hq`` and is never imported from here.
"""
