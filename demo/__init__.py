"""The demo and everything that drives the terminal UI by itself."""
