"""Return payloads for export tests, built directly (no database): any size, any language."""

from __future__ import annotations

import random
from typing import Any

from app.domain.periods import period_for_key
from app.exports.labels import KIND_KEYS, STATUS_KEYS

_WORDS = {
    "tr": (
        "kadına yönelik şiddetle mücadele kapsamında okul yöneticisi öğretmen veli öğrenci "
        "personel toplumsal cinsiyet eşitliği konularında bilgilendirici seminerler eğitim "
        "programı uygulanması işbirliği protokolü İl Milli Eğitim Müdürlüğü ŞÖNİM güçlenmesi "
        "farkındalık çalışmaları düzenlenmesi ığdır iğne şçöüİı"
    ),
    "ru": (
        "проведение информационных семинаров для педагогов родителей и учащихся по вопросам "
        "профилактики насилия в отношении женщин гендерного равенства межведомственного "
        "взаимодействия с органами внутренних дел кризисными центрами и ёлка"
    ),
    "kk": (
        "әйелдерге қатысты зорлық-зомбылықтың алдын алу жөніндегі ақпараттық семинарлар "
        "мұғалімдер ата-аналар оқушылар гендерлік теңдік мәселелері бойынша Ұлттық Үкімет "
        "ҒҚҢӨҰҮҺІ әғқңөұүһі"
    ),
    "ro": (
        "organizarea de seminare de informare pentru profesori părinți și elevi privind "
        "prevenirea violenței împotriva femeilor egalitatea de șanse cooperarea cu poliția "
        "ȘȚșțăâî"
    ),
    "vi": (
        "tổ chức hội thảo tuyên truyền cho giáo viên phụ huynh và học sinh về phòng chống bạo "
        "lực đối với phụ nữ bình đẳng giới phối hợp với công an trung tâm tư vấn ệởừẫự"
    ),
    "en": (
        "information seminars for teachers parents and pupils on preventing violence against "
        "women gender equality cooperation with the police crisis centres and psychologists"
    ),
}


def _text(rng: random.Random, lang: str, low: int, high: int) -> str:
    words = _WORDS.get(lang, _WORDS["en"]).split()
    out: list[str] = []
    target = rng.randint(low, high)
    while target and len(" ".join(out)) < target:
        out.append(rng.choice(words))
    text = " ".join(out)
    return text[:1].upper() + text[1:]


def make_payload(
    activities: int,
    language: str = "tr",
    *,
    seed: int = 1,
    events: int | None = None,
    narrative_chars: int = 600,
    period_key: str = "2021-T1",
) -> dict[str, Any]:
    """A realistic return: goals of ~5 sub-goals of ~10 activities, progress, events."""
    rng = random.Random(seed)
    period = period_for_key(period_key)
    items: list[dict[str, Any]] = []
    totals = {key: 0 for key in STATUS_KEYS}
    totals.update(activities=0, open=0, participants=0, achieved=0)
    planned_count = 0
    goal = sub = act = 0
    while act < activities:
        if act % 50 == 0:
            goal += 1
            sub = 0
            items.append(_band("goal", str(goal), 0, _text(rng, language, 60, 220)))
        if act % 10 == 0:
            sub += 1
            items.append(_band("subgoal", f"{goal}.{sub}", 1, _text(rng, language, 50, 160)))
        act += 1
        code = f"{goal}.{sub}.{act % 10 or 10}"
        planned = rng.random() < 0.8
        status = (
            rng.choice([*STATUS_KEYS, None]) if planned else rng.choice([None, "not_applicable"])
        )
        progress = None
        if status is not None:
            participants = rng.choice([None, rng.randint(5, 2500)])
            progress = {
                "status": status,
                "done_on": period.start.replace(day=rng.randint(1, 28)).isoformat()
                if status in ("done", "in_progress")
                else None,
                "participants": participants,
                "achieved_value": rng.choice([None, float(rng.randint(1, 300)), 12.5]),
                "reason": _text(rng, language, 30, 120) if status == "not_done" else "",
                "note": rng.choice(["", _text(rng, language, 20, 160)]),
                "evidence": [],
            }
            totals[status] += 1
            totals["participants"] += participants or 0
            totals["achieved"] += int(progress["achieved_value"] or 0)
        elif planned:
            totals["open"] += 1
        planned_count += planned
        totals["activities"] += 1
        items.append(
            {
                "code": code,
                "kind": "activity",
                "depth": 2,
                "description": _text(rng, language, 80, 420),
                "responsible": _text(rng, language, 15, 60),
                "partners": rng.choice(["", _text(rng, language, 20, 140)]),
                "target": {"text": "", "value": None, "unit": ""},
                "footnotes": ["1"] if act % 37 == 0 else [],
                "planned": planned,
                "planned_text": rng.choice(["Mart 2021", "Şubat–Nisan 2021", "Sürekli", ""])
                if planned
                else "",
                "not_planned_reason": "",
                "progress": progress,
                "events": {"count": 0, "participants": 0},
            }
        )
    totals["planned"] = planned_count
    event_list = [_event(rng, language, items, period) for _ in range(events or activities // 10)]
    totals["events"] = len(event_list)
    totals["event_participants"] = sum(e["participants"] for e in event_list)
    return {
        "schema": "plandesk.return",
        "schema_version": 1,
        "kind": "institution",
        "language": language,
        "generated_at": "2021-05-03T09:15:00+00:00",
        "app_version": "0.1.0",
        "institution": {
            "code": "MEB-10",
            "name": "Balıkesir İl Milli Eğitim Müdürlüğü",
            "kind": "directorate",
            "head_name": "Hüseyin Gündoğdu",
            "head_title": "İl Milli Eğitim Müdürü",
            "email": "mem@example.org",
        },
        "recipient": {"code": "BLK-VALILIK", "name": "Balıkesir Valiliği", "email": ""},
        "plan": {
            "title": "Kadına Yönelik Şiddetle Mücadele İl Eylem Planı 2021",
            "year": 2021,
            "scheme": "four_month",
            "version": 1,
            "issuer": "Balıkesir Valiliği",
        },
        "period": {
            "key": period.key,
            "label": period.label(language),
            "start": period.start.isoformat(),
            "end": period.end.isoformat(),
            "due": period.due.isoformat(),
        },
        "version": 1,
        "supersedes": None,
        "items": items,
        "events": event_list,
        "narrative": [
            {
                "key": "results",
                "title": "Elde edilen sonuçlar",
                "body": _text(rng, language, narrative_chars, narrative_chars + 50),
            },
            {"key": "difficulties", "title": "Karşılaşılan güçlükler", "body": ""},
        ],
        "footnotes": [{"mark": "1", "text": "Yönetmelik madde 19, 25"}],
        "totals": totals,
    }


def _band(kind: str, code: str, depth: int, text: str) -> dict[str, Any]:
    return {
        "code": code,
        "kind": kind,
        "depth": depth,
        "description": text,
        "responsible": "",
        "partners": "",
        "target": {"text": "", "value": None, "unit": ""},
        "footnotes": [],
    }


def _event(
    rng: random.Random, lang: str, items: list[dict[str, Any]], period: Any
) -> dict[str, Any]:
    acts = [i["code"] for i in items if i["kind"] == "activity"]
    women = rng.randint(0, 60)
    men = rng.randint(0, 40)
    return {
        "date": period.start.replace(month=rng.randint(1, 4), day=rng.randint(1, 28)).isoformat(),
        "end_date": None,
        "activity": rng.choice(acts),
        "title": _text(rng, lang, 20, 90),
        "kind": rng.choice([*KIND_KEYS, "söyleşi"]),
        "venue": _text(rng, lang, 10, 50),
        "organiser": _text(rng, lang, 10, 50),
        "partners": _text(rng, lang, 0, 80),
        "project": "",
        "participants": women + men,
        "women": women,
        "men": men,
        "pupils": None,
        "teachers": None,
        "parents": None,
        "staff": None,
        "materials": "",
        "materials_count": None,
        "description": _text(rng, lang, 0, 200),
    }


# --- consolidated returns -------------------------------------------------------------

_REASONS = {
    "tr": ["Salgın nedeniyle yapılamadı", "Bütçe yetersizliği", "Uygun salon bulunamadı"],
    "ru": ["Карантин", "Нет финансирования", "Не найдено помещение"],
    "kk": ["Карантин салдарынан", "Қаржы жетіспеді", "Зал табылмады"],
    "ro": ["Carantină", "Lipsă de fonduri", "Nu s-a găsit o sală"],
    "vi": ["Dịch bệnh", "Thiếu kinh phí", "Không có hội trường"],
    "en": ["Quarantine", "No budget", "No hall available"],
}


def child_payload(base: dict[str, Any], code: str, name: str, rng: random.Random) -> dict[str, Any]:
    """A school's return made from *base* (an institution return): the same plan,
    its own progress, events and narrative."""
    import copy

    lang = str(base.get("language") or "tr")
    p = copy.deepcopy(base)
    p["institution"] = {**p["institution"], "code": code, "name": name, "kind": "school"}
    totals = {key: 0 for key in STATUS_KEYS}
    totals.update(participants=0, achieved=0)
    for item in p["items"]:
        if item.get("kind") != "activity":
            continue
        status = rng.choice([*STATUS_KEYS, "done", "done", "not_done", None])
        if status is None:
            item["progress"] = None
            continue
        people = rng.randint(0, 400) if status in ("done", "in_progress") else None
        reason = rng.choice(_REASONS.get(lang, _REASONS["en"])) if status == "not_done" else ""
        item["progress"] = {
            "status": status,
            "done_on": None,
            "participants": people,
            "achieved_value": float(rng.randint(1, 20)) if status == "done" else None,
            "reason": reason,
            "note": "",
            "evidence": [],
        }
        item["events"] = {"count": 1, "participants": people or 0} if people else item["events"]
        totals[status] += 1
        totals["participants"] += people or 0
    p["events"] = [
        {**_event(rng, lang, p["items"], _period(p)), "kind": rng.choice(KIND_KEYS)}
        for _ in range(rng.randint(0, 3))
    ]
    p["narrative"] = [
        {**s, "body": _text(rng, lang, 80, 700) if rng.random() < 0.6 else ""}
        for s in p.get("narrative") or []
    ]
    p["totals"] = {**p.get("totals", {}), **totals}
    return p


def _period(p: dict[str, Any]) -> Any:
    return period_for_key(p["period"]["key"])


def make_consolidated(
    children: int, activities: int, language: str = "tr", *, seed: int = 3
) -> dict[str, Any]:
    """A consolidated payload at any scale, shaped like `consolidated_payload` makes it
    (for size tests; the real one is built in conftest)."""
    rng = random.Random(seed)
    p = make_payload(activities, language, seed=seed, events=0)
    codes = [f"OKUL-{n}" for n in range(1, children + 1)]
    reasons = _REASONS.get(language, _REASONS["en"])
    for item in p["items"]:
        if item["kind"] != "activity":
            continue
        counts = {key: rng.randint(0, children // 5) for key in STATUS_KEYS}
        reporting = sum(counts.values())
        grouped = [
            {"reason": r, "institutions": sorted(rng.sample(codes, min(len(codes), n)))}
            for r, n in zip(
                reasons, (counts["not_done"] // 2, counts["not_done"] // 3, 1), strict=True
            )
            if n
        ]
        item["progress"] = None
        item["events"] = {"count": rng.randint(0, 40), "participants": rng.randint(0, 900)}
        item["consolidated"] = {
            "institutions": reporting,
            "status_counts": counts,
            "done_share": round(counts["done"] / reporting, 4) if reporting else 0.0,
            "participants": rng.randint(0, 90_000),
            "achieved": rng.randint(0, 900),
            "reasons": grouped,
        }
    p["kind"] = "consolidated"
    p["events"] = []
    p["children"] = [
        {
            "code": code,
            "name": f"{_text(rng, language, 20, 60)} {n}",
            "kind": "institution",
            "version": rng.choice([1, 1, 1, 2]),
            "payload_sha256": f"{rng.getrandbits(256):064x}",
            "file_sha256": f"{rng.getrandbits(256):064x}",
            "late": rng.random() < 0.1,
            "signed_at": "2021-05-02T10:11:12+00:00",
            "totals": {
                "done": rng.randint(0, 60),
                "not_done": rng.randint(0, 9),
                "participants": rng.randint(0, 5000),
            },
        }
        for n, code in enumerate(codes, start=1)
    ]
    p["children_narrative"] = [
        {
            "code": code,
            "name": f"Okul {code}",
            "sections": [{"title": "Elde edilen sonuçlar", "body": _text(rng, language, 100, 600)}],
        }
        for code in codes[: children // 4]
    ]
    p["leaves"] = {}
    p["totals"] = {
        **{key: rng.randint(0, 5000) for key in STATUS_KEYS},
        "activities": activities,
        "institutions": children,
        "participants": 1_234_567,
        "achieved": 4321,
        "events": 1200,
        "event_participants": 45_678,
        "event_kinds": {"seminar": 500, "training": 300, "söyleşi": 4},
    }
    return p
