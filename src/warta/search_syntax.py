"""The search query language as users read it: `warta search --help`, the API's /api/search
description and the hint of a QuerySyntaxError. Plain text, so the CLI can show it without
importing the store. The parser is `warta.store.search`."""

# Lines under 78 characters: help screens are 80 columns when piped.
SYNTAX = """Query syntax:
  words       every word must match (case and accents ignored)
  "a phrase"  these words in this order
  a OR b      either side; OR binds tighter than the space, so
              tentara "pasukan khusus" OR troops
              = tentara AND ("pasukan khusus" OR troops)
  -word       leave out articles with it (also -"a phrase")
  12.000      a number, however it is written: 12.000, 12,000 and 12000
              are one number (a separator before exactly three digits
              groups thousands); 1,5 and 1.5 are one decimal
Other punctuation separates words. A malformed query (an unclosed quote,
a dangling OR, nothing to find) is refused with a hint."""

HINT = ('words must all match; "quoted phrase" keeps order; a OR b; -word leaves out; '
        "12.000, 12,000 and 12000 find the same number")
