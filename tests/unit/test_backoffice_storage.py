"""The Alembic migrations build exactly the schema the models describe, on SQLite (tuned) and
on PostgreSQL; the database setting is checked, and its password never shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from backoffice.storage.engine import make_engine
from backoffice.storage.layout import DatabaseEngine, storage_layout
from backoffice.storage.migrate import upgrade
from backoffice.storage.tables import metadata
from config import BackofficeSettings, ConfigError, load_backoffice_settings
from tests.helpers.office_database import OfficeDatabases


def test_migrations_match_the_models(database: OfficeDatabases, tmp_path: Path) -> None:
    if database.is_postgresql:
        # From nothing, not from the test template: the migrations themselves are under test.
        url = database.server().fresh_database(migrated=False)
    else:
        url = f"sqlite:///{tmp_path / 'office.sqlite3'}"
    engine = make_engine(url)
    upgrade(engine)
    upgrade(engine)  # a second run (every start runs it) changes nothing
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), metadata)
    engine.dispose()
    assert differences == []


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'office.sqlite3'}")
    upgrade(engine)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()


@pytest.mark.parametrize(
    "url",
    ["mysql://office@db/bt", "postgresql://:geheim@/", "sqlite:///", "sqlite://relative.db"],
)
def test_a_wrong_database_url_is_one_line_naming_the_key(tmp_path: Path, url: str) -> None:
    path = tmp_path / "backoffice.toml"
    path.write_text(f'database_url = "{url}"\n')
    with pytest.raises(ConfigError) as refused:
        load_backoffice_settings(path)
    [line] = str(refused.value).splitlines()
    assert line.startswith(f"{path}: database_url: ")
    assert "postgresql://USER@HOST:PORT/DATABASE" in line
    assert "geheim" not in line


def test_postgresql_urls_use_psycopg_and_backups_get_the_password_aside(tmp_path: Path) -> None:
    settings = BackofficeSettings(database_url="postgres://bt:s%40cret@db.example:5433/region")
    assert settings.database_url == "postgresql+psycopg://bt:s%40cret@db.example:5433/region"
    layout = storage_layout(tmp_path, settings)
    assert layout.engine is DatabaseEngine.POSTGRESQL
    assert layout.shown_url == "postgresql+psycopg://bt:***@db.example:5433/region"
    assert layout.dump_command[-1] == "--dbname=postgresql://bt@db.example:5433/region"
    assert layout.dump_environment == {"PGPASSWORD": "s@cret"}
    sqlite = storage_layout(tmp_path, BackofficeSettings())
    assert sqlite.engine is DatabaseEngine.SQLITE
    assert sqlite.sqlite_file == tmp_path / "backoffice.sqlite3"
