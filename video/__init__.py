"""The terminal's side of a video call: the aiortc client in its own asyncio thread, camera and
microphone through PyAV, the signaling client, media tuning for thin links, the media watchdog,
and pages shown over a data channel. Plain Python; it imports ``contract`` (the signaling
messages) and ``config``, never ``kiosk``, ``scanner``, ``sync``, ``backoffice`` or ``demo``, and
never Qt.
"""
