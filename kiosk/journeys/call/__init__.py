"""The video call with a member of staff: device check, waiting, the call, showing pages."""
