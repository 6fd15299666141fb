"""Named errors. Each known failure has a class, so the CLI can print one line and an exit code."""


class WartaError(Exception):
    """Base class for errors warta reports to users."""

    exit_code = 1


class InputError(WartaError):
    """An input could not be read or is not a news page (empty, binary, too large, ...)."""


class DecodeError(InputError):
    """Bytes that no supported encoding decodes to text."""


class EmptyInputError(InputError):
    """An input with no text in it."""


class BinaryInputError(InputError):
    """An input that is binary data, not text or markup."""


class InputTooLargeError(InputError):
    """An input over the configured size limit."""


class NoArticleError(InputError):
    """Markup from which no article text could be extracted."""


class StoreError(WartaError):
    """A problem with the article store."""


class StoreClosedError(StoreError):
    """The store was used after close()."""


class StoreMissingError(StoreError):
    """A read command named a database that does not exist (it is never created for a read)."""

    exit_code = 2


class QuerySyntaxError(WartaError):
    """A search query that cannot be read (an unclosed quote, a dangling OR, nothing to find)."""

    exit_code = 2

    def __init__(self, message: str, *, hint: str = ""):
        super().__init__(message)
        self.hint = hint


class UnsupportedLanguageError(WartaError):
    """A language code warta has no resources for (only `auto` and the supported codes are accepted)."""

    exit_code = 2
