"""The staff call page: availability switch, ringing, and the call itself in the browser."""
