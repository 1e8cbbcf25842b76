"""Admin mode for IT staff: the PIN gate, the status report, the scanner test. Plain Python
except ``viewmodel.py`` and ``overlay.py``, which put it on the screen."""
