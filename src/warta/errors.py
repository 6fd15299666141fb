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


class BudgetExceededError(InputError):
    """A page whose extraction ran over the per-page time or memory budget and was stopped."""
