"""Errors the user can act on. The CLI prints their message without a traceback; anything else is a bug."""


class DeskError(Exception):
    """A problem with the user's input or data folder, with a message that says what and where."""


class SchemaTooNewError(DeskError):
    pass


class NotADeskDatabaseError(DeskError):
    pass
