"""The headless walk: the terminal UI, walked by the autopilot, a screenshot of every screen.

``python -m demo.walkthrough --config FILE --screenshots DIR [--walk callback,documents,video]``
builds the same UI as ``kiosk run`` (same settings, same data folder) and lets
:class:`demo.autopilot.Autopilot` tap through it; it exits 0 when the walk succeeded. The
inactivity timeout is short, so the walk meets the warning without standing still for it.
``kiosk demo`` starts it; the end-to-end tests do too and wait for its ``receipt shown:`` line.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from config import ConfigError
from config.logs import configure_logging
from demo.walks import Walk, walks_argument

# The walk shows the inactivity warning once; it should not stand still for 90 s for that.
WALKTHROUGH_INACTIVITY_MS = 2500


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m demo.walkthrough",
        description="walk the terminal UI by itself and save a screenshot of every screen",
    )
    parser.add_argument("--config", type=Path, help="terminal settings (TOML)")
    parser.add_argument(
        "--data", type=Path, help="data folder (outbox, device file); overrides the config"
    )
    parser.add_argument(
        "--screenshots", type=Path, required=True, metavar="DIR", help="where the pictures go"
    )
    parser.add_argument(
        "--walk",
        type=walks_argument,
        default=frozenset({Walk.CALLBACK, Walk.DOCUMENTS}),
        metavar="WALKS",
        help="which journeys, comma-separated, of callback, documents, video, tour"
        " (default: callback,documents; video needs a staff side, see kiosk demo; tour"
        " photographs every screen in three shapes into DIR/kiosk/)",
    )
    return parser


def walk(args: argparse.Namespace) -> int:
    # Qt and the UI only now: --help stays quick.
    from demo.autopilot import Autopilot
    from kiosk.app import build_application, create_gui_application
    from kiosk.viewmodels.session import SessionTiming
    from sync.remote_config import effective_settings

    settings = effective_settings(args.config, args.data)
    data_dir: Path = args.data or settings.device.data_dir
    app = create_gui_application()
    walks: frozenset[Walk] = args.walk
    timing = SessionTiming(
        # The tour photographs each screen in nine views: the warning must not come between.
        inactivity_ms=(
            settings.timeouts.inactivity_seconds * 1000
            if Walk.TOUR in walks
            else WALKTHROUGH_INACTIVITY_MS
        ),
        warning_ms=settings.timeouts.warning_seconds * 1000,
        receipt_ms=settings.timeouts.receipt_seconds * 1000,
    )
    kiosk = build_application(settings, data_dir, timing=timing)
    pilot = Autopilot(
        kiosk,
        args.screenshots,
        callback=Walk.CALLBACK in walks,
        documents=Walk.DOCUMENTS in walks,
        video=Walk.VIDEO in walks,
        tour=Walk.TOUR in walks,
    )
    kiosk.window.show()
    pilot.start()
    app.exec()
    kiosk.close()
    return 0 if pilot.succeeded else 1


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    configure_logging(verbose=False)
    try:
        return walk(args)
    except ConfigError as exc:
        print(f"walkthrough: configuration error:\n{exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
