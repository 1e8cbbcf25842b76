"""Writing files so that a power cut leaves the old content or the new, never half of either."""
