"""tus 1.0 uploads (core, creation, checksum) of sealed attachment files from terminals.

``models``   the ``upload`` table: one row per upload, owned by one device
``store``    upload files under ``<data>/uploads/``: append + fsync per chunk, clean-up by age
``router``   ``/api/v1/uploads``: OPTIONS, POST, HEAD, PATCH
``mount``    wires the router into the app and runs the clean-up at start and daily
"""
