"""Every table of the office's database, for whoever needs the whole schema at once (Alembic's
environment, the check that the migrations build what the models declare).

The tables live beside what uses them (fleet, uploads, documents, the cluster's own); each
module imports ``Base`` from :mod:`backoffice.storage.models`, so importing them all here fills
its metadata without an import cycle.
"""

from __future__ import annotations

from sqlalchemy import MetaData

from backoffice.storage import (
    cluster_models,
    document_models,
    fleet_models,
    models,
    upload_models,
)

MODULES = (models, fleet_models, upload_models, document_models, cluster_models)
metadata: MetaData = models.Base.metadata
