"""Handing received documents to the office's e-file (E-Akte).

``adapter.py`` is the interface every e-file system is reached through; ``hotfolder.py`` is the
first adapter (a ZIP per document, shaped after xdomea, in a watched folder); ``xdomea.py``
writes the message; ``records.py`` turns a payload into rows; ``dispatch.py`` hands due
documents over and records success or the error for a later retry; ``worker.py`` runs it in
the backoffice process.
"""
