"""The vocabularies: every code has its own Dutch label, and labels parse back."""

from __future__ import annotations

import pytest

from db.vocabulary import ContactSetting, DossierActionKind, Labelled

VOCABULARIES = Labelled.__subclasses__()


@pytest.mark.parametrize("vocabulary", VOCABULARIES, ids=lambda v: v.__name__)
def test_every_code_has_a_label_that_parses_back(vocabulary):
    labels = [member.label for member in vocabulary]
    assert all(labels) and len(set(labels)) == len(labels)
    for member in vocabulary:
        assert vocabulary.parse(member.label.upper()) is member
        assert vocabulary.parse(member.value) is member


def test_codes_shared_by_two_vocabularies_keep_their_own_labels():
    # "meeting" is a contact setting and a dossier action; StrEnum members equal their codes
    assert ContactSetting.MEETING.label == "Bijeenkomst"
    assert DossierActionKind.MEETING.label == "Overleg"
