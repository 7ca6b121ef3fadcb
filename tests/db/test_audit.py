"""The audit log: entries are appended with who did it and can be read back per object."""

from db.services.audit import AuditAction, file_sha256


def test_an_export_is_logged_with_worker_rows_and_file_hash(services, tmp_path):
    services.profile.save("Fatima de Vries", "Wijkwerk")
    report = tmp_path / "rapport.xlsx"
    report.write_bytes(b"inhoud")
    services.audit.record(AuditAction.EXPORT, object_kind="report", detail="anoniem",
                          rows=12, file_hash=file_sha256(report))
    services.audit.record(AuditAction.CONSENT, object_kind="person", object_id=7,
                          detail="toestemming gegeven")

    newest, oldest = services.audit.entries()
    assert (newest.action, newest.object_id) == ("consent", 7)
    assert oldest.worker == "Fatima de Vries"
    assert oldest.rows == 12
    assert len(oldest.file_hash) == 64 and oldest.file_hash == file_sha256(report)
    assert [e.detail for e in services.audit.entries(object_kind="person", object_id=7)] == [
        "toestemming gegeven"]
