"""Getting what a citizen handed in from the terminal to the office, safely.

``sync.wire``     the JSON shapes shared with the backoffice (the only part it imports)
``sync.sealing``  encryption to the backoffice's public key
"""
