"""Exceptions that cross layers; each carries a one-line message meant for the archivist."""


class MemorialError(Exception):
    """Base class: str(exc) is a complete one-line message for the user."""


class ArchiveError(MemorialError):
    """The archive folder cannot be opened, created or upgraded."""


class NotAnArchiveError(ArchiveError):
    """The folder exists but is not a memorial_viewer archive."""


class ReadOnlyArchiveError(ArchiveError):
    """A change was asked of an archive opened read-only."""


class NotFoundError(MemorialError):
    """An item, collection, bookmark or saved search id/name does not exist."""


class InvalidValueError(MemorialError):
    """A value given by the user (a date, a name, a position) is not acceptable."""


class InvalidDateError(InvalidValueError):
    """A date string that is not a day, month, year, range or approximate form."""


class RejectedInput(MemorialError):
    """A file that cannot be imported; the message is the one-line reason."""
