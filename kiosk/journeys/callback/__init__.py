"""The callback request: concern, contact, preferred times, privacy consent, submission."""
