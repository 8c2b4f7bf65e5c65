"""News prose in legacy (non-UTF-8) encodings that people still send: each must decode exactly.

Each entry is (label, encoding, text). The texts are written for these tests; every sentence is news
prose of the kind Newsdesk reads, so the statistics match real articles, not word lists.
"""

from __future__ import annotations

CHINESE_SIMPLIFIED = (
    "市政府周二宣布，将在未来三年内投入五十亿元用于改善城市公共交通。"
    "新建的两条地铁线路预计于明年年底开通，届时市民的通勤时间有望缩短三分之一。"
    "交通局局长在新闻发布会上表示，这项计划已经过多次专家论证，并充分听取了市民的意见。"
    "一些经济学家认为，这笔投资将带动沿线地区的商业发展，但也有人担心建设期间的交通拥堵问题。"
    "据统计，去年全市公共交通日均客流量超过八百万人次，比前年增长了百分之十二。\n"
    "与此同时，省气象台发布暴雨预警，提醒沿海地区居民做好防范准备。"
    "受台风影响，部分航班和列车已经取消，学校也宣布停课一天。"
)
CHINESE_TRADITIONAL = (
    "台北市政府週二宣布，將在未來三年內投入五十億元改善公共運輸。"
    "新建的兩條捷運路線預計於明年底通車，屆時市民的通勤時間可望縮短三分之一。"
    "交通局長在記者會上表示，這項計畫已經過多次專家評估，並充分聽取市民意見。"
    "部分議員則擔心工程期間的交通壅塞，要求市府提出更完整的配套措施。"
)
JAPANESE = (
    "東京都は火曜日、来年度から三年間で五百億円を投じて公共交通網を整備する計画を発表した。"
    "新たに建設される二つの地下鉄路線は再来年の春に開業する予定で、通勤時間は平均で三割ほど短くなる見込みだという。"
    "都の担当者は記者会見で「専門家の意見を十分に聞いたうえで決めた」と述べた。"
    "一方、一部の住民からは工事中の騒音や渋滞を心配する声も上がっている。\n"
    "昨年の都内の鉄道利用者は一日あたり約八百万人で、前年より一割以上増えた。"
    "気象庁によると、週末は関東地方で大雨となるおそれがあり、土砂災害に警戒するよう呼びかけている。"
)
KOREAN = (
    "서울시는 화요일 앞으로 3년 동안 5조 원을 투입해 대중교통을 개선하겠다고 발표했다. "
    "새로 건설되는 두 개의 지하철 노선은 내년 말 개통될 예정이며, 시민들의 출퇴근 시간이 "
    '평균 3분의 1가량 줄어들 것으로 기대된다. 교통국장은 기자회견에서 "전문가들의 의견을 '
    '충분히 들은 뒤 결정했다"고 말했다.\n'
    "일부 경제학자들은 이번 투자가 노선 주변 지역의 상권 발전을 이끌 것이라고 전망했지만, "
    "공사 기간 교통 체증을 우려하는 목소리도 나온다. 기상청은 주말 동안 남부 지방에 많은 비가 "
    "내릴 것으로 예보했다."
)
RUSSIAN = (
    "Городские власти во вторник объявили о выделении пяти миллиардов рублей на модернизацию "
    "общественного транспорта в течение трёх лет. Две новые линии метро должны открыться в конце "
    "следующего года, и время в пути для жителей окраин сократится примерно на треть.\n"
    "«Мы долго обсуждали этот план с экспертами и учли мнение горожан», — заявил на пресс-конференции "
    "глава транспортного департамента. Некоторые экономисты считают, что инвестиции оживят торговлю "
    "вдоль новых линий, однако жители опасаются пробок во время строительства."
)
# KOI8-R has no guillemets or dashes: the same kind of prose with ASCII punctuation.
RUSSIAN_KOI8 = (
    "Правительство области утвердило план ремонта дорог на следующий год. По словам министра, "
    "в первую очередь отремонтируют трассы, ведущие к больницам и школам.\n"
    '"Работы начнутся весной и завершатся до осени", - сказал он журналистам в среду. '
    "Депутаты от оппозиции раскритиковали план, назвав его слишком дорогим."
)
UKRAINIAN = (
    "Міська рада у вівторок затвердила бюджет на наступний рік. Найбільше коштів спрямують на "
    "ремонт шкіл і доріг, а також на оновлення громадського транспорту. "
    "«Це важливий день для всіх мешканців», — сказав міський голова. "
    "Опозиція критикує зростання боргу і вимагає додаткових слухань."
)
GREEK = (
    "Η κυβέρνηση ανακοίνωσε την Τρίτη ότι θα διαθέσει πέντε δισεκατομμύρια ευρώ για τον "
    "εκσυγχρονισμό των δημόσιων συγκοινωνιών μέσα στα επόμενα τρία χρόνια. Οι δύο νέες γραμμές "
    "του μετρό αναμένεται να λειτουργήσουν στο τέλος του επόμενου έτους.\n"
    "«Ακούσαμε προσεκτικά τους ειδικούς και τους πολίτες», δήλωσε ο υπουργός Μεταφορών σε "
    "συνέντευξη Τύπου. Ορισμένοι οικονομολόγοι εκτιμούν ότι η επένδυση θα τονώσει το εμπόριο, "
    "ενώ οι κάτοικοι ανησυχούν για την κυκλοφοριακή συμφόρηση κατά τη διάρκεια των έργων."
)
FRENCH = (
    "Le conseil municipal a approuvé mardi un budget de 5 millions d'euros pour rénover les écoles "
    "de la ville. « C'est une décision attendue depuis longtemps », a déclaré la maire lors d'une "
    "conférence de presse.\n"
    "Les travaux commenceront à l'été et devraient s'achever avant la rentrée de septembre. "
    "Certains élus de l'opposition ont toutefois critiqué un projet jugé trop coûteux."
)
GERMAN = (
    "Die Bundesregierung hat am Dienstag angekündigt, in den nächsten drei Jahren fünf Milliarden "
    "Euro in den öffentlichen Nahverkehr zu investieren. „Wir haben die Vorschläge der Fachleute "
    "gründlich geprüft“, sagte der Verkehrsminister in Berlin.\n"
    "Kritiker bemängeln, dass die ländlichen Regionen zu kurz kämen. Die Bauarbeiten sollen im "
    "Frühjahr beginnen; Pendler müssen sich auf Umleitungen einstellen."
)
SPANISH = (
    "El Gobierno anunció el martes una inversión de cinco mil millones de euros para modernizar el "
    "transporte público. «Hemos escuchado a los expertos y a los vecinos», afirmó la ministra en "
    "rueda de prensa.\n"
    "¿Será suficiente? Los críticos señalan que las obras causarán atascos durante años y piden "
    "más autobuses en las zonas rurales, donde el servicio es escaso."
)
POLISH = (
    "Rada miasta zatwierdziła we wtorek budżet na przyszły rok. Największe wydatki przewidziano na "
    "remonty szkół i dróg oraz na zakup nowych tramwajów.\n"
    "„To dobry dzień dla mieszkańców” – powiedział prezydent miasta podczas konferencji prasowej. "
    "Opozycja krytykuje jednak wzrost zadłużenia i żąda dodatkowej debaty."
)
CZECH = (
    "Vláda ve středu schválila návrh rozpočtu na příští rok. Ministr financí řekl, že schodek se "
    "podaří snížit o třetinu, hlavně díky úsporám ve státní správě.\n"
    "Opozice označila plán za nereálný a žádá nové jednání. Odbory pohrozily stávkou, pokud "
    "nebudou zvýšeny platy učitelů a zdravotních sester."
)
TURKISH = (
    "Belediye meclisi salı günü gelecek yılın bütçesini onayladı. Okulların ve yolların "
    "yenilenmesi için büyük bir kaynak ayrıldı.\n"
    'Belediye başkanı, "Bu, şehrimiz için önemli bir gün" dedi. Muhalefet ise borçlanmanın '
    "artmasından endişe duyduğunu açıkladı."
)

# (label, encoding, text): what a user might plausibly save an article as.
LEGACY_TEXTS: list[tuple[str, str, str]] = [
    ("chinese-gb18030", "gb18030", CHINESE_SIMPLIFIED),
    ("chinese-gbk", "gbk", CHINESE_SIMPLIFIED),
    ("chinese-big5", "big5", CHINESE_TRADITIONAL),
    ("japanese-shift_jis", "shift_jis", JAPANESE),
    ("japanese-euc_jp", "euc_jp", JAPANESE),
    ("korean-euc_kr", "euc_kr", KOREAN),
    ("russian-cp1251", "cp1251", RUSSIAN),
    ("russian-koi8_r", "koi8_r", RUSSIAN_KOI8),
    ("ukrainian-cp1251", "cp1251", UKRAINIAN),
    ("greek-cp1253", "cp1253", GREEK),
    ("french-cp1252", "cp1252", FRENCH),
    ("french-latin1", "latin-1", FRENCH),
    ("german-cp1252", "cp1252", GERMAN),
    ("spanish-latin1", "latin-1", SPANISH),
    ("polish-cp1250", "cp1250", POLISH),
    ("czech-iso8859_2", "iso8859_2", CZECH),
    ("turkish-cp1254", "cp1254", TURKISH),
]


def first_sentence(text: str) -> str:
    """The text up to its first full stop (Western or CJK): a short article for the short-text tests."""
    for index, char in enumerate(text):
        if char in ".。":
            return text[: index + 1]
    return text
