"""Citizen journeys as plain Python (no Qt): what may be entered, checked and submitted."""
