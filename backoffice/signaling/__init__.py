"""Video call signaling: the hub that connects a terminal's call to staff in the console."""
