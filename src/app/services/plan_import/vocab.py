"""Words that name plan columns and row kinds, in the six data languages.

Patterns are written folded (lower case, no accents, Turkish ı/İ as i, đ as d) and are
matched on whole words of a folded header; a trailing ``*`` matches any word ending
("мероприяти*" takes мероприятие, мероприятия, мероприятий).
"""

from __future__ import annotations

import re
from functools import cache

from app.domain.plan import ItemKind

# role -> language -> patterns. Order of roles matters: earlier roles win.
HEADER_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "reason": {
        "en": ("reason*", "not carried out", "why not"),
        "tr": ("gerceklestirilmeyecekse*", "gerceklestirilmeme*", "nedeni", "neden*"),
        "ru": ("причин*",),
        "kk": ("себеб*", "себептер*"),
        "ro": ("motiv*", "cauz*"),
        "vi": ("ly do", "nguyen nhan"),
    },
    "partners": {
        "en": ("partner*", "co operat*", "cooperat*", "collaborat*", "in cooperation*"),
        "tr": ("isbirligi*", "is birligi*", "ortak*", "paydas*"),
        "ru": ("партнер*", "соисполнител*", "во взаимодействии*", "взаимодейств*"),
        "kk": ("серiктес*", "серіктес*", "бiрлесе*", "бірлесе*"),
        "ro": ("parteneri*", "partener*", "colaborare*", "in colaborare*"),
        "vi": ("phoi hop", "don vi phoi hop", "co quan phoi hop"),
    },
    "responsible": {
        "en": ("responsib*", "lead", "lead agency", "in charge", "implementer*", "owner"),
        "tr": ("sorumlu*", "sorumlu kurum*", "yurutucu*"),
        "ru": ("ответствен*", "исполнител*"),
        "kk": ("жауапты*", "орындаушы*"),
        "ro": ("responsabil*", "raspunde*"),
        "vi": (
            "nguoi thuc hien",
            "nguoi phu trach",
            "phu trach",
            "chu tri",
            "don vi chu tri",
            "don vi thuc hien",
            "bo phan thuc hien",
            "nguoi chiu trach nhiem",
        ),
    },
    "target": {
        "en": ("target*", "indicator*", "expected result*"),
        "tr": ("hedef deger*", "hedeflenen*", "performans gosterge*", "gosterge*"),
        "ru": ("целев*", "индикатор*", "показател*"),
        "kk": ("нысаналы*", "көрсеткiш*", "көрсеткіш*", "индикатор*"),
        "ro": ("tinta", "tinte", "tintele", "indicator*", "rezultat* asteptat*"),
        "vi": ("chi tieu", "chi so"),
    },
    "notes": {
        "en": ("note", "notes", "remark*", "comment*"),
        "tr": ("aciklama*", "not", "notlar", "not lar", "hedef kitle*"),
        "ru": ("примечани*", "комментари*"),
        "kk": ("ескерту*", "ескертпе*"),
        "ro": ("nota", "note", "observati*", "mentiuni*"),
        "vi": ("ghi chu",),
    },
    "time": {
        "en": ("time*", "date*", "deadline*", "due", "when", "period", "schedule"),
        "tr": ("tarih*", "zaman*", "sure*", "takvim*", "donem*"),
        "ru": ("срок*", "дата", "период*"),
        "kk": ("мерзiм*", "мерзім*", "уакыт*", "уақыт*"),
        "ro": ("termen*", "perioad*", "data", "calendar*"),
        "vi": ("thoi gian*", "thoi han*", "ngay thuc hien"),
    },
    "activity": {
        "en": ("activit*", "action*", "description", "measure*", "event*", "task*", "what"),
        "tr": ("faaliyet*", "is faaliyet*", "eylem*", "etkinlik*", "yapilacak is*", "tedbir*"),
        "ru": ("мероприяти*", "наименование*", "содержание*", "меры", "действи*"),
        "kk": ("iс шара*", "іс шара*", "шара*", "iс шаралар*"),
        "ro": ("activitat*", "actiun*", "masur*", "descriere*", "denumire*"),
        "vi": ("noi dung*", "hoat dong*", "cong viec*", "nhiem vu*"),
    },
    # grouping columns: a goal or a sub-goal written beside its activities (often merged down
    # over them): "Obiectiv general | Obiectiv operațional | Măsura"
    "subgoal": {
        "en": ("sub goal*", "subgoal*", "specific objective*", "sub objective*"),
        "tr": ("alt hedef*", "ozel hedef*"),
        "ru": ("задача", "задачи", "задач"),
        "kk": ("міндет*", "мiндет*"),
        "ro": (
            "obiectiv operational*",
            "obiectivul operational*",
            "obiective operational*",
            "obiectiv specific*",
            "obiectivul specific*",
            "obiective specifice",
            "sub obiectiv*",
            "directi* de actiune",
        ),
        "vi": ("muc tieu cu the",),
    },
    "goal": {
        "en": ("goal", "goals", "objective", "objectives", "strategic goal*", "aim"),
        "tr": ("hedef", "hedefler", "stratejik amac*", "amac"),
        "ru": ("цель", "цели", "целей", "стратегическая цель"),
        "kk": ("мақсат*", "максат*"),
        "ro": (
            "obiectiv",
            "obiective",
            "obiectivul",
            "obiectiv general*",
            "obiectivul general*",
            "obiective generale",
        ),
        "vi": ("muc tieu",),
    },
    # a column of page numbers (a plan printed from a longer document): left out
    "page": {
        "en": ("page", "pages"),
        "tr": ("sayfa", "sayfa no"),
        "ru": ("стр", "страница", "страницы"),
        "kk": ("бет", "беті"),
        "ro": ("pag", "pagina"),
        "vi": ("trang",),
    },
}

# a code column's header is one of these, whole (folded words)
CODE_HEADERS = frozenset(
    {
        "no", "nr", "nr crt", "nrcrt", "numar", "code", "id", "ref", "#", "kod", "sira",
        "sira no", "s no", "sn", "№", "№ п п", "п п", "№ пп", "код", "р с", "№ р с",
        "номер", "stt", "tt", "so tt", "ma", "ma so", "sayi", "n", "n п п", "n п", "№ п",
        "р с№", "р с №", "реттік №", "no crt", "nr ord", "crt", "ma hoat dong", "so thu tu",
        "sira numarasi", "faaliyet no", "faaliyet kodu", "cod", "codul", "cod masura",
    }
)  # fmt: skip

# prefix words at the start of a row: (pattern, kind, language). Longest first.
ROW_PREFIXES: tuple[tuple[str, ItemKind, str], ...] = (
    ("alt hedef", ItemKind.SUBGOAL, "tr"),
    ("ozel hedef", ItemKind.SUBGOAL, "tr"),
    ("stratejik amac", ItemKind.GOAL, "tr"),
    ("hedef", ItemKind.GOAL, "tr"),
    ("amac", ItemKind.GOAL, "tr"),
    ("faaliyet", ItemKind.ACTIVITY, "tr"),
    ("faal", ItemKind.ACTIVITY, "tr"),
    ("eylem", ItemKind.ACTIVITY, "tr"),
    ("цель", ItemKind.GOAL, "ru"),
    ("задача", ItemKind.SUBGOAL, "ru"),
    ("мероприятие", ItemKind.ACTIVITY, "ru"),
    ("мақсат", ItemKind.GOAL, "kk"),
    ("максат", ItemKind.GOAL, "kk"),
    ("мiндет", ItemKind.SUBGOAL, "kk"),
    ("міндет", ItemKind.SUBGOAL, "kk"),
    ("iс шара", ItemKind.ACTIVITY, "kk"),
    ("іс шара", ItemKind.ACTIVITY, "kk"),
    ("obiectivul specific", ItemKind.SUBGOAL, "ro"),
    ("obiectiv specific", ItemKind.SUBGOAL, "ro"),
    ("obiectivul general", ItemKind.GOAL, "ro"),
    ("obiectiv general", ItemKind.GOAL, "ro"),
    ("obiectivul", ItemKind.GOAL, "ro"),
    ("obiectiv", ItemKind.GOAL, "ro"),
    ("activitatea", ItemKind.ACTIVITY, "ro"),
    ("activitate", ItemKind.ACTIVITY, "ro"),
    ("actiunea", ItemKind.ACTIVITY, "ro"),
    ("muc tieu cu the", ItemKind.SUBGOAL, "vi"),
    ("muc tieu", ItemKind.GOAL, "vi"),
    ("nhiem vu", ItemKind.SUBGOAL, "vi"),
    ("hoat dong", ItemKind.ACTIVITY, "vi"),
    ("specific objective", ItemKind.SUBGOAL, "en"),
    ("sub goal", ItemKind.SUBGOAL, "en"),
    ("subgoal", ItemKind.SUBGOAL, "en"),
    ("objective", ItemKind.GOAL, "en"),
    ("goal", ItemKind.GOAL, "en"),
    ("activity", ItemKind.ACTIVITY, "en"),
    ("action", ItemKind.ACTIVITY, "en"),
)


def _fragment(pattern: str) -> str:
    prefix = pattern.endswith("*")
    words = pattern.rstrip("*").split()
    body = r"\s+".join(re.escape(w) for w in words)
    return r"(?<!\w)" + body + ("" if prefix else r"(?!\w)")


@cache
def role_regex(role: str) -> re.Pattern[str]:
    parts = [_fragment(p) for pats in HEADER_WORDS[role].values() for p in pats]
    return re.compile("|".join(parts))
