"""Generated plans for benches: N activities with realistic Turkish/Russian text lengths.

    from bench.gen_plan import plan_data, populate
    plan = populate(session, 500)            # institution, plan, progress and events of 2021-T1

`plan_data(n)` is a pure `PlanData` (goals of ~5 sub-goals of ~10 activities, descriptions of
80–450 characters like seed 000, responsible and partner institutions, planned periods with
the paper's date text, footnotes). `populate` stores it through the app's services
(institutions, plans, progress, events), so what a bench measures is what the app stores.
"""

from __future__ import annotations

import random
from datetime import timedelta

from sqlalchemy.orm import Session

from app.db.models import Plan
from app.domain.events import EventData
from app.domain.periods import Scheme, period_for_key
from app.domain.plan import FootnoteData, ItemData, ItemKind, PlanData, PlannedPeriod
from app.domain.status import EventKind
from app.services.events import add_event
from app.services.institutions import InstitutionProfile, get_self, set_parent_details, set_self
from app.services.plans import store_plan
from app.services.progress import ProgressInput, set_progress

PHRASES = {
    "tr": [
        "İlk ve ortaöğretim okullarında görev yapan okul yöneticisi, öğretmen ve personele",
        "kadına yönelik şiddetle mücadele ve toplumsal cinsiyet eşitliği konularında",
        "bilgilendirici seminerler düzenlenmesi",
        "Şiddet Önleme ve İzleme Merkezi (ŞÖNİM) ile işbirliği içinde",
        "erken yaşta ve zorla evliliklerin önlenmesine yönelik",
        "velilere ve öğrencilere yönelik farkındalık çalışmalarının yaygınlaştırılması",
        "konukevlerinde kalan kadınların çocuklarının eğitime erişiminin sağlanması",
        "gizlilik esaslarına özen gösterilerek",
        "her yıl bir kez tekrarlanmak üzere eğitim programı uygulanması",
        "İl Milli Eğitim Müdürlüğü ve ilçe milli eğitim müdürlüklerince",
    ],
    "ru": [
        "Проведение информационных семинаров для педагогов, родителей и учащихся",
        "по вопросам профилактики насилия в отношении женщин и девочек",
        "во взаимодействии с кризисными центрами и органами внутренних дел",
        "обеспечение доступа детей женщин, находящихся в кризисных центрах, к образованию",
        "с соблюдением требований конфиденциальности",
        "организация ежегодного обучения школьных психологов и социальных педагогов",
        "распространение памяток и информационных материалов",
        "в общеобразовательных организациях района",
    ],
}
RESPONSIBLE = {
    "tr": ["İl Milli Eğitim Müdürlüğü", "İlçe Milli Eğitim Müdürlükleri", "Okul müdürlükleri"],
    "ru": ["Управление образования", "Отдел образования района", "Администрации школ"],
}
PARTNERS = {
    "tr": [
        "Aile ve Sosyal Politikalar İl Müdürlüğü",
        "Şiddet Önleme ve İzleme Merkezi (ŞÖNİM)",
        "İl Emniyet Müdürlüğü",
        "Balıkesir Barosu",
        "Rehberlik ve Araştırma Merkezleri",
    ],
    "ru": [
        "Кризисный центр для женщин",
        "Отдел полиции",
        "Центр социальной помощи семье и детям",
        "Прокуратура района",
        "Некоммерческие организации",
    ],
}
PLANNED_TEXT = {
    "tr": ["Mart 2021", "Şubat–Nisan 2021", "Sürekli", "Eylül 2021", "Kasım 2021", "1"],
    "ru": ["март 2021", "в течение года", "IV квартал", "сентябрь 2021", "ежегодно"],
}
PERIODS = ("2021-T1", "2021-T2", "2021-T3")


def _sentence(rng: random.Random, lang: str, low: int, high: int) -> str:
    target = rng.randint(low, high)
    parts: list[str] = []
    while len(", ".join(parts)) < target:
        parts.append(rng.choice(PHRASES[lang]))
    text = ", ".join(parts)
    return text[:high].rsplit(" ", 1)[0] if len(text) > high else text


def _lang(language: str, index: int) -> str:
    return ("tr", "ru")[index % 2] if language == "mixed" else language


def plan_data(activities: int, *, language: str = "tr", seed: int = 2021) -> PlanData:
    """A four-month-scheme plan for 2021 with *activities* activities ("tr", "ru", "mixed")."""
    rng = random.Random(seed)
    items: list[ItemData] = []
    goal = sub = 0
    count = 0
    while count < activities:
        lang = _lang(language, count)
        if count % 50 == 0:
            goal += 1
            sub = 0
            items.append(ItemData(str(goal), ItemKind.GOAL, _sentence(rng, lang, 60, 240)))
        if count % 10 == 0:
            sub += 1
            items.append(ItemData(f"{goal}.{sub}", ItemKind.SUBGOAL, _sentence(rng, lang, 50, 180)))
        count += 1
        periods = [p for p in PERIODS if rng.random() < 0.6] or [rng.choice(PERIODS)]
        items.append(
            ItemData(
                f"{goal}.{sub}.{count % 10 or 10}",
                ItemKind.ACTIVITY,
                _sentence(rng, lang, 80, 450),
                responsible=rng.choice(RESPONSIBLE[lang]),
                partners=", ".join(rng.sample(PARTNERS[lang], rng.randint(0, 4))),
                target_text="yılda en az 100 katılımcı" if count % 7 == 0 else "",
                target_value=100.0 if count % 7 == 0 else None,
                target_unit="katılımcı" if count % 7 == 0 else "",
                planned=[PlannedPeriod(p, rng.choice(PLANNED_TEXT[lang])) for p in periods],
                footnote_marks=["1"] if count % 41 == 0 else [],
            )
        )
    return PlanData(
        title="Kadına Yönelik Şiddetle Mücadele İl Eylem Planı 2021 (bench)",
        year=2021,
        scheme=Scheme.FOUR_MONTH,
        items=items,
        footnotes=[FootnoteData("1", "6284 sayılı Kanun madde 9 ve madde 40")],
        issuer="Balıkesir Valiliği",
        language="tr" if language != "ru" else "ru",
    )


def populate(
    session: Session,
    activities: int,
    *,
    language: str = "tr",
    period_key: str = "2021-T1",
    seed: int = 2021,
) -> Plan:
    """Store a generated plan with progress for *period_key* and ~N/5 events in it."""
    rng = random.Random(seed + 1)
    if get_self(session) is None:
        inst = set_self(
            session,
            InstitutionProfile(
                code="MEB-10",
                name="Balıkesir İl Milli Eğitim Müdürlüğü",
                kind="directorate",
                parent_code="BLK-VALILIK",
                language="tr",
                head_name="Hüseyin Gündoğdu",
                head_title="İl Milli Eğitim Müdürü",
            ),
        )
        set_parent_details(session, inst, name="Balıkesir Valiliği")
    inst = get_self(session)
    data = plan_data(activities, language=language, seed=seed)
    plan = store_plan(session, data, institution_id=inst.id if inst else None)
    period = period_for_key(period_key)
    acts = [i for i in data.items if i.kind is ItemKind.ACTIVITY]
    for item in acts:
        if not any(p.period_key == period_key for p in item.planned) or rng.random() < 0.1:
            continue
        status = rng.choice(["done", "done", "in_progress", "not_done", "planned"])
        lang = "ru" if any(ch in item.description for ch in "ая") else "tr"
        set_progress(
            session,
            plan,
            ProgressInput(
                code=item.code,
                period_key=period_key,
                status=status,
                done_on=period.start + timedelta(days=rng.randint(0, 100))
                if status in ("done", "in_progress")
                else None,
                participants=rng.randint(10, 1500) if status != "planned" else None,
                achieved_value=float(rng.randint(20, 150)) if item.target_value else None,
                reason=_sentence(rng, lang, 40, 160) if status == "not_done" else "",
                note=_sentence(rng, lang, 0, 140) if rng.random() < 0.5 else "",
            ),
        )
    kinds = [k.value for k in EventKind]
    for _ in range(max(1, activities // 5)):
        item = rng.choice(acts)
        women, men = rng.randint(0, 80), rng.randint(0, 60)
        add_event(
            session,
            plan,
            EventData(
                held_on=period.start + timedelta(days=rng.randint(0, 110)),
                title=_sentence(rng, "tr", 30, 110),
                kind=rng.choice(kinds),
                item_code=item.code,
                venue="Balıkesir Öğretmenevi konferans salonu",
                organiser=rng.choice(RESPONSIBLE["tr"]),
                partners=", ".join(rng.sample(PARTNERS["tr"], 2)),
                participants=women + men,
                women=women,
                men=men,
                description=_sentence(rng, "tr", 60, 260),
            ),
        )
    return plan
