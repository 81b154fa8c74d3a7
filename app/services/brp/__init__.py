"""Basisregistratie Personen (BRP): one person model and the sources that fill it.

Two real sources implement ``PersonSource``: the Haal Centraal BRP Personen API client
(production) and the RvIG GBA-V test set read from CSV (demo, tests, offline). The services
only see ``Person``; neither the API's JSON nor the LO GBA element codes leak past a source.
"""
