"""The office's FastAPI app put together: ``/api/v1`` for terminals, the protocol version
check, the gate as this office runs it, and every package's routes mounted. Of the product only
the ``serve`` command imports it; the packages it mounts never do."""
