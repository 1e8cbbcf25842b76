"""Admin mode for IT staff: the PIN gate, the status report, the test scan, the daemon's fleet
reporting. Plain Python except ``viewmodel.py``, which is what QML binds to."""
