"""What terminal and office share: wire models, sealing format, signaling messages, heartbeat."""
