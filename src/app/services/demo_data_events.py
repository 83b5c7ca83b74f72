"""The demo's event log: what the Balıkesir directorate and its schools held in 2021.

Modelled on seeds 001 (16-days campaign: round tables with juvenile police, a crisis-centre
lawyer, psychologists, a flash mob of 300+ pupils, trainings, exhibitions, information hours,
brochures), 002 (a local-police information session inside a funded project) and 004
(meetings on digital violence with IT specialists and prosecutors on 1–2 December, leaflets
and booklets). Counts only; nothing about any person who suffered violence.
"""

from __future__ import annotations

from datetime import date

from app.domain.events import EventData
from app.domain.status import EventKind

_MEM = "Balıkesir İl Milli Eğitim Müdürlüğü"
_ASP = "Aile ve Sosyal Politikalar İl Müdürlüğü"
_SONIM = "Şiddet Önleme ve İzleme Merkezi (ŞÖNİM)"
_COCUK_SUBE = "İl Emniyet Müdürlüğü Çocuk Şube Müdürlüğü"


def _first_period() -> list[EventData]:
    """2021-T1 (January–April)."""
    return [
        EventData(
            held_on=date(2021, 3, 8),
            title="8 Mart Dünya Kadınlar Günü semineri: Şiddete sıfır tolerans",
            kind=EventKind.SEMINAR,
            item_code="2.3.1",
            venue="Altıeylül — Altıeylül Anadolu Lisesi konferans salonu",
            organiser="Altıeylül İlçe Milli Eğitim Müdürlüğü",
            partners=f"{_SONIM}, Balıkesir Barosu Kadın Hakları Komisyonu",
            participants=145,
            women=101,
            men=44,
            teachers=96,
            parents=30,
            staff=19,
            description=(
                "Okul yöneticileri, öğretmenler, veliler ve okul personeline toplumsal "
                "cinsiyet eşitliği, 6284 sayılı Kanun kapsamındaki koruyucu ve önleyici "
                "tedbirler ve ŞÖNİM'in hizmetleri anlatıldı. Salgın önlemleri gereği salon "
                "kapasitesinin yarısı kullanıldı."
            ),
        ),
        EventData(
            held_on=date(2021, 3, 17),
            title="Okul yöneticileriyle yuvarlak masa: Okulda şiddete sıfır tolerans",
            kind=EventKind.ROUND_TABLE,
            item_code="2.3.1",
            venue="Bandırma — Bandırma İlçe Milli Eğitim Müdürlüğü toplantı salonu",
            organiser="Bandırma İlçe Milli Eğitim Müdürlüğü",
            partners=f"{_COCUK_SUBE}, Bandırma İlçe Emniyet Müdürlüğü, {_SONIM}",
            participants=64,
            women=23,
            men=41,
            teachers=52,
            staff=12,
            description=(
                "Çocuk Şube Müdürlüğü temsilcileri okul yöneticilerine şiddet vakalarında "
                "bildirim yükümlülüğünü ve kurumlar arası yönlendirme yollarını anlattı; "
                "okul ve kolluk arasındaki iletişim kanalları değerlendirildi."
            ),
        ),
        EventData(
            held_on=date(2021, 3, 24),
            title=(
                "Rehber öğretmenlere eğitim: erken yaşta evliliklerin önlenmesi, toplumsal "
                "cinsiyet eşitliği ve kadına yönelik şiddetle mücadele"
            ),
            kind=EventKind.TRAINING,
            item_code="2.1.4",
            venue="Karesi — Balıkesir Öğretmenevi (çevrim içi katılımla)",
            organiser=_MEM,
            partners=f"{_ASP}, {_SONIM}, Balıkesir Rehberlik ve Araştırma Merkezi",
            participants=112,
            women=78,
            men=34,
            teachers=81,
            staff=31,
            materials="Eğitim kitapçığı",
            materials_count=112,
            description=(
                "Rehber öğretmenler ve Halk Eğitim Merkezleri eğiticileri için bir günlük "
                "eğitim programı: erken yaşta ve zorla evliliklerin belirtileri, okulda "
                "fark etme ve yönlendirme, KADES uygulaması ve ALO 183 hattı."
            ),
        ),
        EventData(
            held_on=date(2021, 4, 14),
            title="Ortaöğretim öğrencilerine bilgilendirme saati: Şiddete sessiz kalma",
            kind=EventKind.INFORMATION_HOUR,
            item_code="2.3.1",
            venue="Edremit — ilçedeki 11 ortaöğretim okulu",
            organiser="Edremit İlçe Milli Eğitim Müdürlüğü",
            partners=(
                "Edremit Rehberlik ve Araştırma Merkezi psikologları, okul rehber öğretmenleri"
            ),
            participants=1056,
            pupils=980,
            teachers=76,
            materials="“Şiddete Sıfır Tolerans” broşürü",
            materials_count=1000,
            description=(
                "Sınıf düzeyinde ders saati içinde yapılan bilgilendirmelerde akran zorbalığı, "
                "flört şiddeti ve yardım alınabilecek kurumlar anlatıldı; öğrencilere broşür "
                "dağıtıldı."
            ),
        ),
    ]


def _second_period() -> list[EventData]:
    """2021-T2 (May–August)."""
    return [
        EventData(
            held_on=date(2021, 5, 18),
            title=(
                "Kadına yönelik şiddetin önlenmesinde kurumlar arası müdahale yöntemlerinin "
                "geliştirilmesi bilgilendirme oturumu"
            ),
            kind=EventKind.MEETING,
            item_code="4.1.2",
            venue="Karesi — Aile ve Sosyal Politikalar İl Müdürlüğü (çevrim içi)",
            organiser=_ASP,
            partners=(
                f"Balıkesir Büyükşehir Belediyesi Zabıta Daire Başkanlığı, {_MEM}, {_SONIM}, "
                "İl Emniyet Müdürlüğü"
            ),
            project=(
                "“Kadına Yönelik Şiddetle Mücadelede Kurumlar Arası İşbirliğinin "
                "Güçlendirilmesi” projesi — Avrupa Birliği hibe programı kapsamında finanse "
                "edilmektedir"
            ),
            participants=42,
            women=24,
            men=18,
            staff=42,
            description=(
                "Zabıta, milli eğitim, kolluk ve ŞÖNİM temsilcilerinin katıldığı oturumda "
                "kadına yönelik şiddetin önlenmesine ilişkin uluslararası ve ulusal mevzuat "
                "(6284 sayılı Kanun), özel durumlara yönelik önleme programları ve şiddet "
                "vakalarında izlenecek davranış kuralları sunuldu. İl Milli Eğitim Müdürlüğü "
                "okul rehberlik servislerinin yönlendirme sürecini anlattı."
            ),
        ),
        EventData(
            held_on=date(2021, 6, 15),
            title=(
                "Aile ve Sosyal Politikalar İl Müdürlüğü ile İl Milli Eğitim Müdürlüğü "
                "arasında işbirliği protokolünün imzalanması"
            ),
            kind=EventKind.MEETING,
            item_code="4.1.2",
            venue="Karesi — Balıkesir Valiliği toplantı salonu",
            organiser=_MEM,
            partners=f"{_ASP}, {_SONIM}",
            participants=26,
            women=14,
            men=12,
            staff=26,
            description=(
                "Öğretmenlerin farkındalık çalışmaları ve gizli kayıt kontenjanı "
                "uygulamalarını kapsayan protokol imzalandı; uygulama takvimi ve izleme "
                "toplantılarının sıklığı belirlendi."
            ),
        ),
        EventData(
            held_on=date(2021, 7, 7),
            title=(
                "Belediye kreşleri ve okul öncesi kurumlarında ücretsiz ve gizlilik esaslı "
                "yerleştirme koordinasyon toplantısı"
            ),
            kind=EventKind.MEETING,
            item_code="3.4.4",
            venue="Altıeylül — İl Milli Eğitim Müdürlüğü toplantı salonu",
            organiser=_MEM,
            partners=f"{_ASP}, Balıkesir Büyükşehir Belediyesi, Karesi ve Altıeylül belediyeleri",
            participants=18,
            women=11,
            men=7,
            staff=18,
            description=(
                "Konukevinde kalan kadınların çocuklarının kreş, anaokulu ve ana sınıflarına "
                "ücretsiz kaydında izlenecek adımlar ve kayıt bilgilerinin gizliliği "
                "konuşuldu."
            ),
        ),
    ]


def _third_period() -> list[EventData]:
    """2021-T3 (September–December), with the 25 November – 10 December campaign."""
    return [
        EventData(
            held_on=date(2021, 9, 1),
            title="Yeni eğitim-öğretim yılı öncesi gizli kayıt uygulaması toplantısı",
            kind=EventKind.MEETING,
            item_code="3.4.4",
            venue="Karesi — İl Milli Eğitim Müdürlüğü",
            organiser=_MEM,
            partners=f"{_ASP}, Kadın Konukevi, ilçe milli eğitim müdürlükleri",
            participants=22,
            women=13,
            men=9,
            staff=22,
            description=(
                "2021-2022 eğitim-öğretim yılı kayıtlarında konukevinden gelen çocukların "
                "okul kayıtlarının gizlilik esaslarına uygun yapılması için ilçe kayıt "
                "sorumlularına bilgi verildi."
            ),
        ),
        EventData(
            held_on=date(2021, 10, 20),
            title="İşbirliği protokolü izleme toplantısı ve rehber öğretmen bilgilendirmesi",
            kind=EventKind.MEETING,
            item_code="4.1.2",
            venue="Karesi — Balıkesir Rehberlik ve Araştırma Merkezi",
            organiser=_MEM,
            partners=f"{_ASP}, {_SONIM}",
            participants=38,
            women=27,
            men=11,
            teachers=34,
            staff=4,
            description=(
                "Protokolün ilk dört aylık uygulaması değerlendirildi; rehber öğretmenlere "
                "gizli kayıt kontenjanı uygulaması ve yönlendirme formları anlatıldı."
            ),
        ),
        EventData(
            held_on=date(2021, 11, 10),
            title="Halk Eğitim Merkezi eğiticilerine eğitim programı",
            kind=EventKind.TRAINING,
            item_code="2.1.4",
            venue="Edremit — Edremit Halk Eğitim Merkezi",
            organiser=_MEM,
            partners=f"{_ASP}, {_SONIM}, Edremit Halk Eğitim Merkezi Müdürlüğü",
            participants=86,
            women=61,
            men=25,
            teachers=24,
            staff=62,
            materials="Eğitim kitapçığı",
            materials_count=86,
            description=(
                "Halk Eğitim Merkezleri usta öğreticileri ve okul öncesi öğretmenleri için "
                "erken yaşta evliliklerin önlenmesi ve toplumsal cinsiyet eşitliği eğitimi; "
                "kurs ortamında fark etme ve yönlendirme vaka çalışmalarıyla işlendi."
            ),
        ),
        EventData(
            held_on=date(2021, 11, 25),
            title="Flaş mob: “Sessiz Kalma, Ses Ver!”",
            kind=EventKind.FLASH_MOB,
            item_code="2.3.1",
            venue="Karesi — Cumhuriyet Meydanı",
            organiser="Karesi İlçe Milli Eğitim Müdürlüğü",
            partners=f"{_SONIM}, Balıkesir Büyükşehir Belediyesi",
            participants=368,
            pupils=340,
            teachers=28,
            description=(
                "25 Kasım Kadına Yönelik Şiddete Karşı Uluslararası Mücadele Günü'nde "
                "Karesi'deki 8 ortaöğretim okulundan 340 öğrenci flaş mob düzenledi ve "
                "“Şiddetsiz bir gelecek” sloganıyla yürüdü; öğretmenlerin hazırladığı kısa "
                "film meydandaki ekranda gösterildi."
            ),
        ),
        EventData(
            held_on=date(2021, 11, 26),
            title="Yuvarlak masa: “Okul, aile ve kolluk birlikte: Şiddete sıfır tolerans”",
            kind=EventKind.ROUND_TABLE,
            item_code="2.3.1",
            venue="Gönen — Gönen Anadolu Lisesi",
            organiser="Gönen İlçe Milli Eğitim Müdürlüğü",
            partners=(
                f"{_COCUK_SUBE}, ŞÖNİM avukatı, Gönen Rehberlik ve Araştırma Merkezi psikologları"
            ),
            participants=72,
            women=45,
            men=27,
            teachers=40,
            parents=26,
            staff=6,
            materials="“Şiddet nedir, nereye başvurulur?” broşürü",
            materials_count=150,
            description=(
                "Çocuk Şube Müdürlüğü, ŞÖNİM avukatı ve psikologlar konuşmacı oldu; şiddetin "
                "türleri, 6284 sayılı Kanun'daki tedbir kararları ve okulda yönlendirme "
                "süreci tartışıldı. Katılımcılar bu tür toplantıların her yıl yapılmasını "
                "önerdi."
            ),
        ),
        EventData(
            held_on=date(2021, 11, 29),
            end_on=date(2021, 12, 3),
            title="Resim ve afiş sergisi: “Şiddetsiz Bir Dünya”",
            kind=EventKind.EXHIBITION,
            item_code="2.3.1",
            venue="Ayvalık — Ayvalık Halk Eğitim Merkezi sergi salonu",
            organiser="Ayvalık İlçe Milli Eğitim Müdürlüğü",
            partners="Ayvalık Belediyesi, okul görsel sanatlar öğretmenleri",
            participants=420,
            pupils=310,
            teachers=35,
            parents=75,
            description=(
                "Ortaokul ve lise öğrencilerinin 120 resim ve afişi beş gün boyunca "
                "sergilendi; katılımcı sayısı ziyaretçi defterinden alındı."
            ),
        ),
        EventData(
            held_on=date(2021, 12, 1),
            end_on=date(2021, 12, 2),
            title="“Dijital Alanda Şiddete Sıfır Tolerans” toplantıları",
            kind=EventKind.MEETING,
            item_code="2.3.1",
            venue="Karesi — ŞÖNİM Balıkesir; Bandırma — Bandırma Öğretmenevi",
            organiser=_MEM,
            partners=(
                "İl Emniyet Müdürlüğü Siber Suçlarla Mücadele Şube Müdürlüğü bilişim "
                "uzmanları, Balıkesir Cumhuriyet Başsavcılığı, ŞÖNİM psikologları ve "
                "arabulucular, Gençlik ve Spor İl Müdürlüğü gençlik merkezleri"
            ),
            participants=186,
            women=121,
            men=65,
            teachers=94,
            parents=62,
            staff=30,
            materials="Dijital şiddet el ilanı, broşür ve kitapçıklar",
            materials_count=600,
            description=(
                "1 Aralık'ta Karesi'de, 2 Aralık'ta Bandırma'da yapılan toplantılarda dijital "
                "şiddetin biçimleri, kanıtların korunması ve başvuru yolları söyleşi, "
                "uygulamalı çalışma ve video gösterimiyle anlatıldı; savcılık temsilcileri "
                "hukuki süreci, bilişim uzmanları güvenli hesap ayarlarını gösterdi. "
                "Katılımcılara el ilanı, broşür ve kitapçık verildi."
            ),
        ),
        EventData(
            held_on=date(2021, 12, 3),
            title="Bilgilendirme saati: Kadına yönelik şiddetle mücadele ve KADES",
            kind=EventKind.INFORMATION_HOUR,
            item_code="2.3.1",
            venue="Altıeylül — ilçedeki ortaokullar",
            organiser="Altıeylül İlçe Milli Eğitim Müdürlüğü",
            partners=(
                "Altıeylül Rehberlik ve Araştırma Merkezi psikologları, okul rehber öğretmenleri"
            ),
            participants=860,
            pupils=812,
            teachers=48,
            materials="KADES uygulaması bilgilendirme broşürü",
            materials_count=900,
            description=(
                "7 ve 8. sınıf öğrencileriyle sınıf rehberlik saatinde şiddetin türleri, "
                "yardım isteme yolları ve KADES uygulaması konuşuldu; çocuklar "
                "“Şiddetsiz Okul” temalı pano hazırladı."
            ),
        ),
        EventData(
            held_on=date(2021, 12, 7),
            title="Veli semineri: Ailede iletişim ve şiddetin önlenmesi",
            kind=EventKind.SEMINAR,
            item_code="2.3.1",
            venue="Burhaniye — Burhaniye Anadolu Lisesi",
            organiser="Burhaniye İlçe Milli Eğitim Müdürlüğü",
            partners=f"{_SONIM}, Burhaniye Rehberlik ve Araştırma Merkezi psikoloğu",
            participants=134,
            women=97,
            men=37,
            teachers=16,
            parents=118,
            description=(
                "ŞÖNİM uzmanı ve psikolog velilere aile içi iletişim, toplumsal cinsiyet "
                "kalıp yargıları ve destek hizmetlerini anlattı."
            ),
        ),
    ]


def balikesir_events() -> list[EventData]:
    """Sixteen events of 2021, each linked to an activity of the Balıkesir plan."""
    return [*_first_period(), *_second_period(), *_third_period()]
