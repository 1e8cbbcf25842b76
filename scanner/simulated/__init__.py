"""A simulated scanner for the demo and the tests: SANE's ``test`` backend (one A4 device with
a feeder, faults on request) and its ``pnm`` backend (real images), configured here.

Point ``SANE_CONFIG_DIR`` (or the terminal's ``scanner.sane_config_dir``) at
:data:`SANE_CONFIG_DIR` to use it; it ships with the package, so ``kiosk demo`` runs from an
installed terminal as well as from a checkout.
"""

from pathlib import Path

SANE_CONFIG_DIR = Path(__file__).resolve().parent
