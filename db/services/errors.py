"""The one exception services raise for input a user can correct."""


class ValidationError(ValueError):
    """Bad input; `message` is Dutch and meant for the user, `field` names the input."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
