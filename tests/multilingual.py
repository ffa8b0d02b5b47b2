"""Texts for the language tests: one short report in several languages, and an independent one."""

ENGLISH = (
    "Russia sends 70 animals to Pyongyang Zoo\n\n"
    "MOSCOW, November 20 - Russia has sent more than 70 animals to North Korea's capital, natural resources "
    "minister Alexander Kozlov said on Wednesday. The shipment included an African lion, 2 brown bears, "
    "25 pheasants and 40 mandarin ducks, flown from Moscow Zoo.\n"
    "President Vladimir Putin visited Pyongyang in June, when he gave Kim Jong Un 24 horses. "
    "According to the Pentagon, up to 12,000 North Korean troops have been sent to Russia, and about 3,000 "
    "of them are near Kursk."
)
ITALIAN = (
    "La Russia invia 70 animali allo zoo di Pyongyang\n\n"
    "MOSCA, 20 novembre - La Russia ha inviato più di 70 animali nella capitale della Corea del Nord, ha detto "
    "mercoledì il ministro delle risorse naturali Alexander Kozlov. La spedizione comprendeva un leone africano, "
    "2 orsi bruni, 25 fagiani e 40 anatre mandarine, arrivati in aereo dallo zoo di Mosca.\n"
    "Il presidente Vladimir Putin ha visitato Pyongyang a giugno, quando ha regalato a Kim Jong Un 24 cavalli. "
    "Secondo il Pentagono, fino a 12.000 soldati nordcoreani sono stati inviati in Russia, e circa 3.000 "
    "di loro si trovano vicino a Kursk."
)
# Same event, written independently in Italian: other numbers, other order, some shared.
ITALIAN_OWN = (
    "Zoo di Pyongyang, arrivano leoni e orsi da Mosca\n\n"
    "Secondo il Pentagono sarebbero 11.000 i soldati nordcoreani in Russia, ma Kiev parla di 12.000. "
    "Intanto Mosca ha spedito a Pyongyang oltre 70 animali: il ministro Alexander Kozlov ha parlato di 25 "
    "specie di fagiani, di un leone e di 2 orsi. Nel 2023 Kim Jong Un aveva ricevuto da Vladimir Putin "
    "un'automobile. Lo zoo, fondato nel 1959, ospita 650 specie."
)
ARABIC = (
    "روسيا ترسل 70 حيوانا إلى حديقة حيوان بيونغ يانغ\n\n"
    "موسكو، 20 نوفمبر - أرسلت روسيا أكثر من 70 حيوانا إلى عاصمة كوريا الشمالية، حسبما قال وزير الموارد الطبيعية "
    "ألكسندر كوزلوف يوم الأربعاء. وشملت الشحنة أسدا أفريقيا و2 من الدببة البنية و25 طائرا من الدراج و40 بطة.\n"
    "وزار الرئيس فلاديمير بوتين بيونغ يانغ في يونيو، حين أهدى كيم جونغ أون 24 حصانا. "
    "وبحسب البنتاغون، أُرسل ما يصل إلى 12,000 جندي كوري شمالي إلى روسيا، ونحو 3,000 منهم قرب كورسك."
)
RUSSIAN = (
    "Россия отправила 70 животных в зоопарк Пхеньяна\n\n"
    "МОСКВА, 20 ноября - Россия отправила более 70 животных в столицу Северной Кореи, сообщил в среду министр "
    "природных ресурсов Александр Козлов. В партию вошли африканский лев, 2 бурых медведя, 25 фазанов и 40 "
    "уток-мандаринок, доставленных самолётом из Московского зоопарка.\n"
    "Президент Владимир Путин посетил Пхеньян в июне, когда подарил Ким Чен Ыну 24 лошади. "
    "По данным Пентагона, в Россию направлены до 12 000 северокорейских военных, и около 3 000 из них находятся "
    "под Курском."
)
