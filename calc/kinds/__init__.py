"""
Table kinds: one module per kind (or per pair of kinds that share their rows) holds the frozen
value objects the core reads, the file grammar (msgspec Structs) and the rules that span rows.

``calc/kinds/registry.py`` lists the kinds (the only list) and builds a ``Reference`` from parsed
files; ``tables/loader.py`` only reads the files.  Nothing in this package reads a file.
"""
