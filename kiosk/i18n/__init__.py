"""Translations: Qt ``.ts`` sources in this folder, compiled to ``.qm`` by ``build``."""
