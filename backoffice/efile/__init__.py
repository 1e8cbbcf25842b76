"""Handing received documents to the office's e-file (E-Akte).

``adapter.py`` is the interface every e-file system is reached through; ``hotfolder.py`` is the
first adapter (a ZIP per document with an xdomea ``Abgabe.Abgabe.0401`` message, in a watched
folder); ``xdomea.py`` writes the message; ``records.py`` turns a payload into rows;
``dispatch.py`` hands due documents over and records success or the error for a later retry;
``retention.py`` removes the backoffice's copy some days after the hand-over; ``mount.py`` runs
both in the backoffice process.
"""
