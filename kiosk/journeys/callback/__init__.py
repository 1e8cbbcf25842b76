"""The callback request: concern, contact, preferred times, privacy consent, submission; the
seam to the outbox and the citizen's sentences for its failures, which the other journeys
share."""
