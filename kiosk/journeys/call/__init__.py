"""The video call with a member of staff: the camera and microphone check, waiting, the call
and showing pages during it; the view-model, its wiring, and the Qt glue for video frames,
sound and devices beside it (the call itself runs in ``video``)."""
