"""Named errors. Each known failure has a class, so the CLI can print one line and an exit code."""

MAX_MESSAGE_CHARS = 300  # an error message quotes input (a bad line, a header): never all of it


def bounded(message: object, limit: int = MAX_MESSAGE_CHARS) -> str:
    """The message on one line (whitespace runs and control characters collapsed) and at most
    `limit` characters long, ending in '…' where it was cut."""
    text = str(message)
    if len(text) > 4 * limit:  # do not split a huge message just to cut it
        text = text[: 4 * limit]
    text = " ".join("".join(c if c.isprintable() else " " for c in text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class WartaError(Exception):
    """Base class for errors warta reports to users."""

    exit_code = 1


class ConfigError(WartaError):
    """An option value warta does not know (a WARTA_* variable, a CLI flag or defaults.toml)."""


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
