"""The HTTP side: the FastAPI app, ``/api/v1`` for terminals, and error bodies."""
