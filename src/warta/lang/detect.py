"""Language detection for pages: py3langid (its model ships in the package, so it runs offline).

Detection is restricted to languages news crawls meet. Malay, Javanese and Sundanese are left
out on purpose: Indonesian news text is otherwise often labelled Malay.
"""

from __future__ import annotations

import re
from functools import cache

# ISO 639-1 codes the identifier may answer with
LANGUAGES: tuple[str, ...] = (
    "id", "en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "no", "fi", "pl", "cs", "ro", "hu",
    "el", "ru", "uk", "tr", "ar", "fa", "he", "hi", "bn", "th", "vi", "tl", "zh", "ja", "ko",
)  # fmt: skip
MIN_LETTERS = 20  # fewer letters than this: too short to tell
MAX_CHARS = 5000  # the identifier reads at most this much of a page
_LETTER_RE = re.compile(r"[^\W\d_]", re.UNICODE)


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages([code for code in LANGUAGES if code in set(ident.labels)])
    return ident


def detect_language(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability) of the text's language; ("und", 0.0) for very short text."""
    sample = text[:MAX_CHARS]
    if len(_LETTER_RE.findall(sample)) < MIN_LETTERS:
        return "und", 0.0
    code, prob = _identifier().classify(sample)
    return str(code), round(float(prob), 4)
