"""aiortc's encoders, tuned for thin rural links (aiortc 1.16).

What is wrong with the defaults (``aiortc/codecs/vpx.py`` and ``aiortc/codecs/opus.py``):

* VP8: a frame that arrives with ``pict_type = I`` (every frame from an MJPEG camera, every
  keyframe of a decoded file) is encoded as a keyframe, at about twice the bitrate. The sender
  only sets ``I`` when a keyframe is wanted and never clears it (aiortc/aiortc#275). We reset it.
* VP8: the bitrate never goes below 250 kbps however thin the link (``MIN_BITRATE``), and a
  natural keyframe comes every 3000 frames (``gop_size = 3000``, aiortc/aiortc#1416), so a lost
  keyframe request freezes the picture for minutes. We allow 100 kbps and a keyframe every ~2 s.
* Opus: fixed at 96 kbps stereo (aiortc/aiortc#1393). Speech needs ~28 kbps mono.
* One uplink, several parties: with an interpreter the terminal sends its picture to two
  parties (a mesh, see the README); :class:`UplinkShare` splits the uplink between them.
* ICE consent checks give up on an answer after 0.5 s and cut a working call on a slow link
  after ~30 s: :mod:`video.consent` makes them patient.

aiortc has no hook for encoder settings, so :func:`install` swaps the ``get_encoder`` function
the RTP sender module looks up; :func:`uninstall` restores it (for comparisons in the bench).
"""

from __future__ import annotations

import fractions
import multiprocessing
from collections.abc import Callable
from dataclasses import dataclass

import aiortc.rtcrtpsender
import av
from aiortc.codecs import get_encoder as _stock_get_encoder
from aiortc.codecs.base import Encoder
from aiortc.codecs.opus import SAMPLE_RATE, SAMPLES_PER_FRAME
from aiortc.codecs.opus import OpusEncoder as _StockOpusEncoder
from aiortc.codecs.vpx import Vp8Encoder as _StockVp8Encoder
from aiortc.codecs.vpx import number_of_threads
from aiortc.mediastreams import VIDEO_TIME_BASE, convert_timebase
from aiortc.rtcrtpparameters import RTCRtpCodecParameters
from av.frame import Frame

from video import consent


@dataclass(frozen=True)
class LinkTuning:
    vp8_min_bitrate: int = 100_000
    vp8_start_bitrate: int = 400_000
    vp8_max_bitrate: int = 1_000_000
    keyframe_interval_frames: int = 30  # ~2 s at 15 fps
    opus_bitrate: int = 28_000
    # What the cabin's uplink may carry in all: with an interpreter the terminal sends its
    # picture twice (a mesh), and each copy gets its share (see UplinkShare).
    uplink_bitrate: int = 800_000


# Packet headers (RTP, UDP, IP, TURN channel) and RTCP on top of the encoders' bitrates.
HEADER_SHARE = 0.12


class UplinkShare:
    """How many parties the terminal sends its picture to right now. The session sets it as
    parties join and leave; the encoders read it whenever their bitrate is set (aiortc does
    so at every bandwidth estimate from the other side, about once a second)."""

    def __init__(self) -> None:
        self.video_parties = 1
        self.audio_parties = 1

    def video_ceiling(self, tuning: LinkTuning) -> int:
        payload = tuning.uplink_bitrate * (1 - HEADER_SHARE)
        per_party = (payload - self.audio_parties * tuning.opus_bitrate) / max(
            self.video_parties, 1
        )
        return max(tuning.vp8_min_bitrate, min(tuning.vp8_max_bitrate, int(per_party)))


class ThinLinkVp8Encoder(_StockVp8Encoder):
    """aiortc's VP8 encoder with our limits, and ``pict_type`` reset on every frame."""

    def __init__(self, tuning: LinkTuning, share: UplinkShare) -> None:
        super().__init__()
        self._tuning = tuning
        self._share = share
        self._bitrate = min(tuning.vp8_start_bitrate, share.video_ceiling(tuning))

    @property
    def target_bitrate(self) -> int:
        return self._bitrate

    @target_bitrate.setter
    def target_bitrate(self, bitrate: int) -> None:
        ceiling = self._share.video_ceiling(self._tuning)
        self._bitrate = max(self._tuning.vp8_min_bitrate, min(bitrate, ceiling))

    def encode(self, frame: Frame, force_keyframe: bool = False) -> tuple[list[bytes], int]:
        assert isinstance(frame, av.VideoFrame)
        if frame.format.name != "yuv420p":
            frame = frame.reformat(format="yuv420p")
        # The fix for aiortc#275: only a requested keyframe is a keyframe.
        frame.pict_type = (
            av.video.frame.PictureType.I if force_keyframe else av.video.frame.PictureType.NONE
        )
        if self.codec is not None and (
            frame.width != self.codec.width
            or frame.height != self.codec.height
            # Reopened (with a keyframe) only when the bitrate moved by over 10%, as aiortc does.
            or abs(self._bitrate - (self.codec.bit_rate or 1)) / (self.codec.bit_rate or 1) > 0.1
        ):
            self.codec = None
        if self.codec is None:
            self.codec = self._open_codec(frame.width, frame.height)
        data = b"".join(bytes(packet) for packet in self.codec.encode(frame))
        payloads = self._packetize(data, self.picture_id)
        timestamp = convert_timebase(frame.pts or 0, frame.time_base, VIDEO_TIME_BASE)
        self.picture_id = (self.picture_id + 1) % (1 << 15)
        return payloads, timestamp

    def _open_codec(self, width: int, height: int) -> av.video.codeccontext.VideoCodecContext:
        codec = av.CodecContext.create("libvpx", "w")
        assert isinstance(codec, av.video.codeccontext.VideoCodecContext)
        codec.width = width
        codec.height = height
        codec.bit_rate = self._bitrate
        codec.pix_fmt = "yuv420p"
        codec.gop_size = self._tuning.keyframe_interval_frames
        codec.qmin = 2
        codec.qmax = 56
        # As aiortc's own settings (CBR, realtime), only the bitrate differs.
        codec.options = {
            "bufsize": str(self._bitrate),
            "cpu-used": "-6",
            "deadline": "realtime",
            "lag-in-frames": "0",
            "minrate": str(self._bitrate),
            "maxrate": str(self._bitrate),
            "noise-sensitivity": "4",
            "overshoot-pct": "15",
            "partitions": "0",
            "static-thresh": "1",
            "undershoot-pct": "100",
        }
        codec.thread_count = number_of_threads(width * height, multiprocessing.cpu_count())
        return codec


class ThinLinkOpusEncoder(_StockOpusEncoder):
    """Opus mono at a speech bitrate (aiortc#1393); the SDP stays ``opus/48000/2`` as the
    RTP spec requires, a mono stream in it is valid."""

    def __init__(self, tuning: LinkTuning) -> None:
        # Not calling the stock constructor: it would open a stereo 96 kbps encoder.
        self.codec = av.CodecContext.create("libopus", "w")
        self.codec.bit_rate = tuning.opus_bitrate
        self.codec.format = "s16"
        self.codec.layout = "mono"
        self.codec.options = {"application": "voip"}
        self.codec.sample_rate = SAMPLE_RATE
        self.codec.time_base = fractions.Fraction(1, SAMPLE_RATE)
        self.resampler = av.AudioResampler(
            format="s16", layout="mono", rate=SAMPLE_RATE, frame_size=SAMPLES_PER_FRAME
        )
        self.first_packet_pts = None


EncoderFactory = Callable[[RTCRtpCodecParameters], Encoder]


def _tuned_factory(tuning: LinkTuning, share: UplinkShare) -> EncoderFactory:
    def get_encoder(codec: RTCRtpCodecParameters) -> Encoder:
        mime = codec.mimeType.lower()
        if mime == "video/vp8":
            return ThinLinkVp8Encoder(tuning, share)
        if mime == "audio/opus":
            return ThinLinkOpusEncoder(tuning)
        return _stock_get_encoder(codec)

    return get_encoder


def install(tuning: LinkTuning, share: UplinkShare | None = None) -> None:
    """From now on, new RTP senders in this process use the tuned encoders."""
    factory = _tuned_factory(tuning, share or UplinkShare())
    aiortc.rtcrtpsender.get_encoder = factory  # type: ignore[attr-defined,assignment]
    consent.install()


def uninstall() -> None:
    aiortc.rtcrtpsender.get_encoder = _stock_get_encoder  # type: ignore[attr-defined]
    consent.uninstall()
