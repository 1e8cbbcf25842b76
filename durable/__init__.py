"""Writing files so that a power cut leaves the old content or the new, never half of either
(temporary file, fsync, rename, fsync of the folder): the one implementation that terminal and
office both use for outbox blobs, device credentials, attachments, the e-file hotfolder and
keys. It imports nothing of ours.
"""
