"""Bijlagen: copied into the data folder under their content hash, stored once, and refused
with a Dutch message when huge, unreadable or gone — the dossier unharmed."""

from __future__ import annotations

import pytest

from db.models import Attachment
from db.services import attachments as attachments_module
from db.services.errors import ValidationError


@pytest.fixture
def dossier(services):
    return services.dossiers.create("Schimmel in de portiekflats")


@pytest.fixture
def letter(tmp_path):
    path = tmp_path / "brief aan de corporatie.pdf"
    path.write_bytes(b"%PDF-1.4 brief" * 1000)
    return path


def stored(services):
    return [p for p in services.attachments.folder.iterdir() if not p.name.startswith(".")]


def test_the_same_file_attached_twice_is_stored_once(services, dossier, letter, tmp_path):
    first = services.attachments.add(dossier, letter)
    copy = tmp_path / "kopie.pdf"
    copy.write_bytes(letter.read_bytes())
    second = services.attachments.add(dossier, copy)
    other = services.dossiers.create("Ander dossier")
    services.attachments.add(other, letter)
    assert len(stored(services)) == 1
    assert services.attachments.folder == tmp_path / "bijlagen"  # beside the database
    rows = services.dossiers.detail(dossier).attachments
    assert [r.filename for r in rows] == ["brief aan de corporatie.pdf", "kopie.pdf"]
    assert rows[0].size_bytes == letter.stat().st_size
    assert rows[0].media_type == "application/pdf"
    path = services.attachments.path(first)
    assert path.read_bytes() == letter.read_bytes()
    letter.unlink()  # the original may go: the copy stays
    assert services.attachments.path(first).is_file()
    services.attachments.remove(first, keep_file=False)
    assert len(stored(services)) == 1  # still used twice
    services.attachments.remove(second, keep_file=False)
    services.dossiers.delete(other)
    assert services.attachments.prune() == 1
    assert stored(services) == []


def test_remove_keeps_the_file_so_undo_works(services, dossier, letter):
    row = services.attachments.remove(services.attachments.add(dossier, letter))
    assert services.dossiers.detail(dossier).attachments == ()
    services.attachments.restore(row)
    assert services.attachments.path(row.id).read_bytes() == letter.read_bytes()


def _unchanged(services, dossier):
    detail = services.dossiers.detail(dossier)
    assert detail is not None and detail.attachments == ()
    assert stored(services) == []
    assert not any(services.attachments.folder.iterdir())  # no temporary leftovers


def test_a_file_that_is_gone_is_refused(services, dossier, tmp_path):
    with pytest.raises(ValidationError, match="bestaat niet \\(meer\\)"):
        services.attachments.add(dossier, tmp_path / "weg.docx")
    _unchanged(services, dossier)


def test_a_huge_file_is_refused(services, dossier, tmp_path, monkeypatch):
    huge = tmp_path / "video.mp4"
    with open(huge, "wb") as handle:  # sparse: 201 MB without writing them
        handle.truncate(201 * 1024 * 1024)
    with pytest.raises(ValidationError, match="te groot .*hoogstens 200 MB"):
        services.attachments.add(dossier, huge)
    _unchanged(services, dossier)
    # a file that grows while it is copied is stopped too, and leaves nothing behind
    monkeypatch.setattr(attachments_module, "MAX_BYTES", 10)
    monkeypatch.setattr(services.attachments, "_check_source", lambda source: 5)
    small = tmp_path / "groeit.txt"
    small.write_bytes(b"x" * 100)
    with pytest.raises(ValidationError, match="te groot"):
        services.attachments.add(dossier, small)
    _unchanged(services, dossier)


def test_an_unreadable_file_is_refused(services, dossier, tmp_path, monkeypatch):
    secret = tmp_path / "notulen.docx"
    secret.write_bytes(b"geheim")
    real_open = open

    def refuse(path, *args, **kwargs):  # as a file locked by Word, or without read rights
        if str(path) == str(secret):
            raise PermissionError(13, "Toegang geweigerd")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(attachments_module, "open", refuse, raising=False)
    with pytest.raises(ValidationError, match="Kan het bestand 'notulen.docx' niet lezen"):
        services.attachments.add(dossier, secret)
    _unchanged(services, dossier)


def test_a_folder_is_not_a_file(services, dossier, tmp_path):
    with pytest.raises(ValidationError, match="geen bestand"):
        services.attachments.add(dossier, tmp_path)
    _unchanged(services, dossier)


def test_a_record_pointing_outside_the_data_folder_is_refused(services, dossier, tmp_path):
    outside = tmp_path / "buiten.txt"
    outside.write_text("niet van ons")
    with services.db.session.begin() as s:
        s.add(Attachment(dossier_id=dossier, filename="buiten.txt",
                         content_hash="../buiten.txt", size_bytes=12))
    [row] = services.dossiers.detail(dossier).attachments
    with pytest.raises(ValidationError, match="buiten de gegevensmap"):
        services.attachments.path(row.id)


def test_a_missing_stored_file_says_so(services, dossier, letter):
    attachment = services.attachments.add(dossier, letter)
    services.attachments.path(attachment).unlink()
    with pytest.raises(ValidationError, match="ontbreekt in de gegevensmap"):
        services.attachments.path(attachment)
