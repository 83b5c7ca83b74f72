"""Demo data for ``plandesk demo``: plain values, no database code.

The plan is the Balıkesir provincial work-plan timetable of seed 000
(``tests/fixtures/seeds/000_a04526a44f22c048.txt``), every goal, sub-goal and activity with
its complete Turkish text as the seed gives it: ``<p>`` tags dropped, the broken row of 3.4.3
joined, the wrapping parentheses of the goal/sub-goal texts dropped and the footnote
superscripts (¹ ²) moved into ``footnote_marks``. The seed leaves most planned-date cells
empty; the dates below are invented but believable, and the one value the seed has (the
"1" in the I. period of 3.4.3) is kept as it is.

Progress marks and events are invented for the demo, modelled on seeds 001, 002 and 004.
They hold counts only, never anything about a person who suffered violence.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.events import EventData
from app.domain.marks import Mark
from app.domain.periods import Scheme
from app.domain.plan import FootnoteData, ItemData, ItemKind, PlanData, PlannedPeriod
from app.domain.status import Status
from app.services.demo_data_events import balikesir_events

__all__ = [
    "DEMO_INSTITUTION",
    "DEMO_PARENT",
    "DemoProgress",
    "balikesir_plan",
    "demo_events",
    "demo_progress",
]

DEMO_INSTITUTION: dict[str, str] = {
    "code": "MEB-10",
    "name": "Balıkesir İl Milli Eğitim Müdürlüğü",
    "kind": "directorate",
    "language": "tr",
    "head_name": "Hüseyin Gündoğdu",
    "head_title": "İl Milli Eğitim Müdürü",
    "email": "balikesirmem@example.org.tr",
}

DEMO_PARENT: dict[str, str] = {
    "code": "BLK-VALILIK",
    "name": "Balıkesir Valiliği — Kadına Yönelik Şiddetle Mücadele İl Koordinasyon Kurulu",
    "kind": "commission",
    "language": "tr",
    "head_name": "Ayşe Nur Karaca",
    "head_title": "Vali Yardımcısı, İl Koordinasyon Kurulu Başkanı",
    "email": "kysm-koordinasyon@example.gov.tr",
}

PLAN_TITLE = "Kadına Yönelik Şiddetle Mücadele İl Eylem Planı 2021 İş Planı Zaman Tablosu"
PLAN_YEAR = 2021
PLAN_ISSUER = "Balıkesir Valiliği"

# The responsible body of nearly every row, and the partners that come back again and again.
_MEM = "İl Milli Eğitim Müdürlüğü"
_ASP = "Aile ve Sosyal Politikalar İl Müdürlüğü"
_SONIM = "Şiddet Önleme ve İzleme Merkezi (ŞÖNİM)"

FOOTNOTES: tuple[tuple[str, str], ...] = (
    ("1", "Kadın Konukevlerinin Açılması ve İşletilmesi Hakkında Yönetmelik Madde 19, 25"),
    (
        "2",
        "İstanbul Sözleşmesi madde 7, Şiddet Önleme ve İzleme Merkezleri Hakkında Yönetmelik "
        "madde 4 ve madde 20 ve 6284 sayılı Kanun madde 9 ve madde 40.",
    ),
)


def _periods(
    t1: str | None = None, t2: str | None = None, t3: str | None = None
) -> list[PlannedPeriod]:
    """The planned-date cells of the three four-month periods; None is an empty cell."""
    cells = ((f"{PLAN_YEAR}-T1", t1), (f"{PLAN_YEAR}-T2", t2), (f"{PLAN_YEAR}-T3", t3))
    return [PlannedPeriod(key, text) for key, text in cells if text is not None]


def balikesir_plan() -> PlanData:
    """The Balıkesir 2021 work-plan timetable of seed 000, in full."""
    items = [
        ItemData(
            code="2",
            kind=ItemKind.GOAL,
            description=(
                "Kadına yönelik şiddeti doğuran ve pekiştiren olumsuz tutum ve davranışların "
                "ortadan kaldırılması amacıyla, toplumsal farkındalık, duyarlılık, bilinç "
                "kazandırmak ve toplumsal cinsiyet eşitliğine hizmet edecek zihniyet "
                "dönüşümünü sağlamak"
            ),
        ),
        ItemData(
            code="2.1",
            kind=ItemKind.SUBGOAL,
            description=(
                "Kadına yönelik şiddetle mücadelede hizmet sunan kurum çalışanlarının kadına "
                "yönelik şiddetle mücadele ve toplumsal cinsiyet eşitliği konularında "
                "kapasitelerinin geliştirilmesi ve güçlendirilmesi"
            ),
        ),
        ItemData(
            code="2.1.4",
            kind=ItemKind.ACTIVITY,
            description=(
                "Balıkesir’de görev yapan öncelikle rehber öğretmenler ve Halk Eğitim "
                "Merkezleri eğiticileri olmak üzere yılda en az 100 katılımcıya ulaşmak "
                "koşuluyla erken yaşta evliliklerin önlenmesi, toplumsal cinsiyet eşitliği ve "
                "kadına yönelik şiddetle mücadele konularında çalışma alanın ihtiyaçlarına "
                "özel, her yıl bir kez tekrarlanmak üzere eğitim programı uygulanması"
            ),
            responsible=_MEM,
            partners=f"{_ASP}, {_SONIM}, Halk Eğitim Merkezi Müdürlükleri",
            target_text="yılda en az 100 katılımcı",
            target_value=100.0,
            target_unit="katılımcı",
            planned=_periods(t1="Mart 2021", t3="Kasım 2021"),
            notes=(
                "I. dönemde rehber öğretmenler, III. dönemde Halk Eğitim Merkezleri "
                "eğiticileri için uygulanır."
            ),
        ),
        ItemData(
            code="2.3",
            kind=ItemKind.SUBGOAL,
            description=(
                "Şiddete sıfır tolerans anlayışının erkekler başta olmak üzere tüm toplumda "
                "yaygınlaşması ve şiddet görenlere yönelik olumsuz yargıların azalması"
            ),
        ),
        ItemData(
            code="2.3.1",
            kind=ItemKind.ACTIVITY,
            description=(
                "İlk ve ortaöğretim okullarında görev yapan okul yöneticisi, öğretmen, veli, "
                "öğrenci ve diğer personele kadına yönelik şiddetle mücadele ve toplumsal "
                "cinsiyet eşitliği konularında bilgilendirici seminerler düzenlenmesi"
            ),
            responsible=f"{_MEM} (İlçe Milli Eğitim Müdürlükleri ve okul müdürlükleri)",
            partners=(
                f"{_ASP}, {_SONIM}, İl Emniyet Müdürlüğü Çocuk Şube Müdürlüğü, "
                "Rehberlik ve Araştırma Merkezleri, Balıkesir Barosu"
            ),
            planned=_periods(
                t1="Şubat–Nisan 2021", t2="Mayıs–Haziran 2021", t3="Eylül–Aralık 2021"
            ),
        ),
        ItemData(
            code="3",
            kind=ItemKind.GOAL,
            description=(
                "Koruyucu ve önleyici hizmet sunumunun geliştirilmesi ve şiddete maruz kalan "
                "kadınların güçlenmesi"
            ),
        ),
        ItemData(
            code="3.4",
            kind=ItemKind.SUBGOAL,
            description="Şiddet gören ve tekrar görme riski olan kadınların güçlenmesi",
        ),
        ItemData(
            code="3.4.3",
            kind=ItemKind.ACTIVITY,
            # the seed breaks this row after "sığınmaevlerinde"; the two halves are joined
            description=(
                "Konukevlerinde/sığınmaevlerinde/alternatif barınma yerlerinde kalan "
                "kadınların Milli Eğitim Bakanlığı veya Yüksek Öğrenim Kurumu'na bağlı "
                "eğitim kurumlarında kendi eğitimine devam etme talebinin gerekli güvenlik "
                "koşulları sağlanarak yerine getirilmesi"
            ),
            responsible=_MEM,
            partners=(
                f"{_ASP}, Kadın Konukevi, {_SONIM}, Balıkesir Üniversitesi, "
                "Bandırma Onyedi Eylül Üniversitesi"
            ),
            # "1" is the seed's own cell of the I. period; the others are demo values
            planned=_periods(t1="1", t2="Talep halinde", t3="Eylül 2021 (kayıt dönemi)"),
        ),
        ItemData(
            code="3.4.4",
            kind=ItemKind.ACTIVITY,
            description=(
                "Konukevlerinde/sığınma evlerinde /alternatif barınma yerlerinde kalan veya "
                "geçici koruma altındaki kadınların çocuklarının ASP İl Müdürlüğü, Milli "
                "Eğitim İl Müdürlüğü ve belediyelere bağlı okul öncesi eğitim kurumlarından "
                "(kreş, anaokulu ve ana sınıfı) ve Milli Eğitim İl Müdürlüğü'ne bağlı ilk ve "
                "orta öğretim kurumlarından ücretsiz olarak ve gizlilik esaslarına özen "
                "gösterilerek yararlanmalarının sağlanması"
            ),
            responsible=f"{_MEM}, {_ASP}",
            partners="Balıkesir Büyükşehir Belediyesi ve ilçe belediyeleri, Kadın Konukevi",
            planned=_periods(
                t1="Sürekli (talep halinde)",
                t2="Sürekli (talep halinde)",
                t3="Eylül 2021 (eğitim-öğretim yılı başı) ve sürekli",
            ),
            footnote_marks=["1"],
        ),
        ItemData(
            code="4",
            kind=ItemKind.GOAL,
            description=(
                "İl genelinde etkin bir işbirliğinin çok sektörlü yaklaşım çerçevesinde "
                "güçlendirilmesi ve sürdürülmesi"
            ),
        ),
        ItemData(
            code="4.1",
            kind=ItemKind.SUBGOAL,
            description=(
                "İl genelinde farklı kurumlar arasında sürekli ve etkin işbirliği "
                "kanallarının oluşturulması"
            ),
            footnote_marks=["2"],
        ),
        ItemData(
            code="4.1.2",
            kind=ItemKind.ACTIVITY,
            description=(
                "Balıkesir Aile ve Sosyal Politikalar İl Müdürlüğü ile Balıkesir İl Milli "
                "Eğitim Müdürlüğü arasında öğretmenlerin; farkındalık kazanma ve bilgilenme "
                "amacıyla çalışmalar yapılması; gizli kayıt kontenjan vb. konularda "
                "uygulamaların etkin biçimde sürdürülmesi için işbirliği protokolü yapılması"
            ),
            responsible=f"{_MEM}, {_ASP}",
            partners=f"{_SONIM}, İl Emniyet Müdürlüğü, Balıkesir Büyükşehir Belediyesi",
            target_text="1 işbirliği protokolü",
            target_value=1.0,
            target_unit="protokol",
            planned=_periods(t2="Haziran 2021 (protokolün imzalanması)", t3="Ekim 2021"),
        ),
    ]
    return PlanData(
        title=PLAN_TITLE,
        year=PLAN_YEAR,
        scheme=Scheme.FOUR_MONTH,
        items=items,
        footnotes=[FootnoteData(mark, text) for mark, text in FOOTNOTES],
        issuer=PLAN_ISSUER,
        language="tr",
    )


@dataclass(frozen=True, slots=True)
class DemoProgress:
    """One progress mark of the demo: an activity (its code) in a period, and the mark."""

    code: str
    period_key: str
    mark: Mark


def _marked(
    code: str,
    period_key: str,
    status: Status,
    *,
    done_on: date | None = None,
    participants: int | None = None,
    achieved: float | None = None,
    reason: str = "",
    note: str = "",
) -> DemoProgress:
    return DemoProgress(
        code, period_key, Mark(status, done_on, participants, achieved, reason, note)
    )


def demo_progress() -> list[DemoProgress]:
    """Believable progress of the five activities in 2021-T1, T2 and T3.

    Participant figures of the activities with events equal the sum of those events in the
    period, so the progress grid and the events annex agree.
    """
    t1, t2, t3 = (f"{PLAN_YEAR}-T{i}" for i in (1, 2, 3))
    return [
        # 2.1.4 — yearly training, planned in T1 (guidance teachers) and T3 (HEM trainers)
        _marked(
            "2.1.4",
            t1,
            Status.DONE,
            done_on=date(2021, 3, 24),
            participants=112,
            achieved=112.0,
            note=(
                "Rehber öğretmenlere yönelik eğitim Balıkesir Öğretmenevi'nde yüz yüze ve "
                "çevrim içi (karma) olarak yapıldı; yıllık hedef bu dönemde aşıldı."
            ),
        ),
        _marked(
            "2.1.4",
            t2,
            Status.NOT_APPLICABLE,
            note="Bu dönemde planlanmadı.",
        ),
        _marked(
            "2.1.4",
            t3,
            Status.DONE,
            done_on=date(2021, 11, 10),
            participants=86,
            achieved=86.0,
            note=(
                "Halk Eğitim Merkezleri eğiticilerine yönelik eğitim Edremit'te yapıldı; "
                "yıl içinde toplam 198 katılımcıya ulaşıldı (hedef: 100)."
            ),
        ),
        # 2.3.1 — seminars in schools, planned in every period
        _marked(
            "2.3.1",
            t1,
            Status.IN_PROGRESS,
            participants=1265,
            note=(
                "Seminerler Altıeylül, Bandırma ve Edremit'te başladı; Nisan sonundaki "
                "kısıtlamalar nedeniyle kalan okullar sonraki döneme aktarıldı."
            ),
        ),
        _marked(
            "2.3.1",
            t2,
            Status.NOT_DONE,
            reason=(
                "COVID-19 salgını nedeniyle yüz yüze eğitimler ertelendi; 29 Nisan–17 Mayıs "
                "2021 tam kapanma döneminde okullarda uzaktan eğitime geçildi, ardından yaz "
                "tatili başladı. Seminerler III. döneme aktarıldı."
            ),
        ),
        _marked(
            "2.3.1",
            t3,
            Status.DONE,
            done_on=date(2021, 12, 10),
            participants=2040,
            note=(
                "25 Kasım–10 Aralık döneminde 6 ilçede seminer, yuvarlak masa, bilgilendirme "
                "saati, sergi ve flaş mob düzenlendi; dijital şiddet toplantıları 1–2 Aralık'ta "
                "yapıldı."
            ),
        ),
        # 3.4.3 — on demand; the seed's "1" in T1
        _marked(
            "3.4.3",
            t1,
            Status.DONE,
            done_on=date(2021, 2, 18),
            note="Gelen 1 talep gizlilik ve güvenlik koşulları sağlanarak karşılandı.",
        ),
        _marked(
            "3.4.3",
            t2,
            Status.PLANNED,
            note="Talep halinde yürütülür; dönem içinde yeni başvuru bildirilmedi.",
        ),
        _marked(
            "3.4.3",
            t3,
            Status.IN_PROGRESS,
            note=(
                "Eylül 2021 kayıt döneminde gelen 2 talepten 1'i karşılandı, diğeri için "
                "güvenli kurum yerleştirmesi sürüyor."
            ),
        ),
        # 3.4.4 — continuous; aggregate counts only
        _marked(
            "3.4.4",
            t1,
            Status.IN_PROGRESS,
            note="Dönem içinde 6 çocuk okul öncesi ve ilkokullara ücretsiz yerleştirildi.",
        ),
        _marked(
            "3.4.4",
            t2,
            Status.IN_PROGRESS,
            note=(
                "Belediye kreşleriyle koordinasyon toplantısı yapıldı; 4 çocuk yaz dönemi "
                "kreş ve anaokullarına yerleştirildi."
            ),
        ),
        _marked(
            "3.4.4",
            t3,
            Status.DONE,
            done_on=date(2021, 9, 6),
            note=(
                "2021-2022 eğitim-öğretim yılı başında 9 çocuğun okul kaydı gizlilik "
                "esaslarına uyularak ücretsiz yapıldı."
            ),
        ),
        # 4.1.2 — cooperation protocol
        _marked(
            "4.1.2",
            t1,
            Status.NOT_APPLICABLE,
            note="Bu dönemde planlanmadı; protokol taslağı üzerinde yazışmalar sürdü.",
        ),
        _marked(
            "4.1.2",
            t2,
            Status.DONE,
            done_on=date(2021, 6, 15),
            participants=68,
            achieved=1.0,
            note=(
                "İşbirliği protokolü Aile ve Sosyal Politikalar İl Müdürlüğü ile imzalandı; "
                "6284 sayılı Kanun kapsamında kurumlar arası bilgilendirme oturumuna katılındı."
            ),
        ),
        _marked(
            "4.1.2",
            t3,
            Status.DONE,
            done_on=date(2021, 10, 20),
            participants=38,
            note=(
                "Protokol izleme toplantısında rehber öğretmenlere gizli kayıt kontenjanı "
                "uygulaması anlatıldı."
            ),
        ),
    ]


def demo_events() -> list[EventData]:
    """The 2021 events of the Balıkesir directorate (see demo_data_events)."""
    return balikesir_events()
