"""The document type of pages handed in during a video call: configured, or the first type."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from config.documents import DocumentSettings


def test_without_a_setting_call_documents_get_the_first_type() -> None:
    settings = DocumentSettings()
    assert settings.call_type() == settings.types[0]


def test_the_office_can_name_the_type_for_call_documents() -> None:
    assert DocumentSettings(call_document_type="other").call_type().id == "other"


def test_a_type_that_is_not_listed_is_refused_by_name() -> None:
    with pytest.raises(ValidationError, match="call_document_type 'letters' is not one of"):
        DocumentSettings(call_document_type="letters")
