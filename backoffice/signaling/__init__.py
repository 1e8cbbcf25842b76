"""Video call signaling: the hub that connects a terminal's call to staff in the console, and
(``staff_call/``) the pages in which staff and interpreters take part in the call."""
