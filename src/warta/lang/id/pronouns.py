"""Indonesian pronouns and the description nouns that refer back to a named entity
("kementerian itu", "juru bicara tersebut")."""

from __future__ import annotations

PERSONAL_PRONOUNS: tuple[str, ...] = ("dia", "ia", "beliau", "nya")

# Demonstratives after a noun ("kementerian itu"): the noun phrase refers back.
DEMONSTRATIVES_AFTER: tuple[str, ...] = ("itu", "tersebut", "ini")
DEMONSTRATIVES_BEFORE: tuple[str, ...] = ()

# Description noun -> (entity type, words one of which the antecedent's name or title holds;
# empty: any entity of that type).
DESCRIPTION_NOUNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "kementerian": ("ORG", ("kementerian", "kemen", "ministry")),
    "badan": ("ORG", ("badan",)),
    "lembaga": ("ORG", ()),
    "komisi": ("ORG", ("komisi",)),
    "komite": ("ORG", ("komite",)),
    "dewan": ("ORG", ("dewan",)),
    "partai": ("ORG", ("partai",)),
    "perusahaan": ("ORG", ("pt", "tbk", "perum", "persero", "group", "motors")),
    "bank": ("ORG", ("bank",)),
    "kantor berita": ("ORG", ("kantor berita", "antara", "yonhap", "reuters", "kyodo", "afp")),
    "pengadilan": ("ORG", ("pengadilan", "mahkamah")),
    "kejaksaan": ("ORG", ("kejaksaan", "kejari", "kejati", "kejagung")),
    "dinas": ("ORG", ("dinas",)),
    "juru bicara": ("PERSON", ("juru bicara", "jubir")),
    "jubir": ("PERSON", ("juru bicara", "jubir")),
    "menteri": ("PERSON", ("menteri",)),
    "presiden": ("PERSON", ("presiden",)),
    "duta besar": ("PERSON", ("duta besar", "dubes")),
    "dubes": ("PERSON", ("duta besar", "dubes")),
    "pejabat": ("PERSON", ()),
    "direktur": ("PERSON", ("direktur",)),
    "ketua": ("PERSON", ("ketua",)),
    "kepala": ("PERSON", ("kepala",)),
    "gubernur": ("PERSON", ("gubernur",)),
    "bupati": ("PERSON", ("bupati",)),
    "hakim": ("PERSON", ("hakim",)),
    "terdakwa": ("PERSON", ()),
}
