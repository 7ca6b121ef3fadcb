"""The one exception services raise for input a user can correct."""


class ValidationError(ValueError):
    """Bad input; `message` is Dutch and meant for the user, `field` names the input."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class ConflictError(ValidationError):
    """Someone else changed the record since it was read (its version moved on): nothing was
    written; the view should reload it and the user make the change again. `kind` and
    `record_id` name the record (a db.events.Change kind)."""

    MESSAGE = ("Iemand anders heeft dit intussen gewijzigd. De nieuwe versie is geladen; "
               "doe je wijziging opnieuw.")

    def __init__(self, kind: str = "", record_id: int | None = None,
                 message: str | None = None) -> None:
        super().__init__(message or self.MESSAGE, "version")
        self.kind = kind
        self.record_id = record_id
