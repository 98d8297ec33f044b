"""How much lower a model scores an answer when the question is asked in another language.

A multilingual encoder gives "how many prisoners…" asked in Ukrainian a lower cosine to the
French sentence that answers it than the same question asked in French (bundled e5: 0.76
against 0.89 on the seed article). Where a library has sentences in the question's language the
ranking measures that bias on the question's own candidates (`search.language_offsets`); a
library in one language, asked in another, has nothing to measure it against, so the model's
calibration carries a table of it, `Calibration.language_bias`, measured here.

The pairs below are questions and the sentences that answer them, written for this purpose in
the four languages the bot serves, on the war's usual topics (none taken from an evaluation
set). For each pair and each (question language, sentence language), the bias is the answer's
cosine to the question asked in the sentence's own language minus its cosine to the question
asked in the other one; the table is the mean over pairs. Run:

    .venv/bin/python -m benchmarks.language_bias            # the configured model (.env)

and paste the printed table into the model's entry of `retrieval.search.CALIBRATIONS`.

The same pairs measure the lexical bridge, which no model is part of: how much of the word
coverage a question's answer has in the question's own language it keeps when written in
another (`bridge_recall`, printed as `BRIDGE_RECALL` for `retrieval/lexical.py`; measure it again
after changing the glossary).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

import numpy as np

from retrieval.config import Settings
from retrieval.embedder import Embedder
from retrieval.language import SUPPORTED
from retrieval.lexical import coverage, matches, query_terms


@dataclass(frozen=True)
class Pair:
    """A question and a sentence that answers it, each in every supported language."""

    question: dict[str, str]
    answer: dict[str, str]


def _pair(en: tuple[str, str], fr: tuple[str, str], uk: tuple[str, str], ru: tuple[str, str]) -> Pair:
    by_language = {"en": en, "fr": fr, "uk": uk, "ru": ru}
    return Pair({lang: q for lang, (q, _) in by_language.items()}, {lang: a for lang, (_, a) in by_language.items()})


PAIRS = (
    _pair(("How many prisoners of war came home in the latest exchange?",
           "A total of 95 Ukrainian defenders returned home from Russian captivity in today's exchange."),
          ("Combien de prisonniers de guerre sont rentrés lors du dernier échange ?",
           "Au total, 95 défenseurs ukrainiens sont rentrés de captivité russe lors de l'échange d'aujourd'hui."),
          ("Скільки військовополонених повернулися додому під час останнього обміну?",
           "Загалом 95 українських захисників повернулися сьогодні додому з російського полону під час обміну."),
          ("Сколько военнопленных вернулись домой в ходе последнего обмена?",
           "Всего 95 украинских защитников вернулись сегодня домой из российского плена в ходе обмена.")),
    _pair(("What did the drones hit in Odesa overnight?",
           "Overnight, Russian drones struck energy infrastructure in Odesa, leaving thousands of homes without electricity."),
          ("Qu'ont frappé les drones à Odessa cette nuit ?",
           "Dans la nuit, des drones russes ont frappé des infrastructures énergétiques à Odessa, privant d'électricité des milliers de foyers."),
          ("Що вразили дрони в Одесі минулої ночі?",
           "Уночі російські дрони атакували енергетичну інфраструктуру Одеси, залишивши без світла тисячі домівок."),
          ("Во что попали беспилотники в Одессе этой ночью?",
           "Ночью российские беспилотники атаковали энергетическую инфраструктуру Одессы, оставив без света тысячи домов.")),
    _pair(("How much grain did Ukraine export through its Black Sea ports last month?",
           "Last month Ukraine exported 4.2 million tonnes of grain through its Black Sea ports, the agriculture ministry said."),
          ("Combien de céréales l'Ukraine a-t-elle exportées par ses ports de la mer Noire le mois dernier ?",
           "Le mois dernier, l'Ukraine a exporté 4,2 millions de tonnes de céréales par ses ports de la mer Noire, selon le ministère de l'Agriculture."),
          ("Скільки зерна Україна експортувала через чорноморські порти минулого місяця?",
           "Минулого місяця Україна експортувала 4,2 мільйона тонн зерна через свої чорноморські порти, повідомило міністерство аграрної політики."),
          ("Сколько зерна Украина экспортировала через черноморские порты в прошлом месяце?",
           "В прошлом месяце Украина экспортировала 4,2 миллиона тонн зерна через свои черноморские порты, сообщило министерство аграрной политики.")),
    _pair(("How many civilians were evacuated from the frontline town?",
           "More than 1,200 civilians, including 300 children, were evacuated from the town this week."),
          ("Combien de civils ont été évacués de la ville proche du front ?",
           "Plus de 1 200 civils, dont 300 enfants, ont été évacués de la ville cette semaine."),
          ("Скільки цивільних евакуювали з прифронтового міста?",
           "Цього тижня з міста евакуювали понад 1200 цивільних, серед них 300 дітей."),
          ("Сколько мирных жителей эвакуировали из прифронтового города?",
           "На этой неделе из города эвакуировали более 1200 мирных жителей, в том числе 300 детей.")),
    _pair(("Who does Moscow blame for the attack on the bridge?",
           "The Russian foreign ministry blamed Ukrainian special services for the explosion on the bridge."),
          ("Qui Moscou accuse-t-il de l'attaque contre le pont ?",
           "Le ministère russe des Affaires étrangères a accusé les services spéciaux ukrainiens de l'explosion sur le pont."),
          ("Кого Москва звинувачує в атаці на міст?",
           "Міністерство закордонних справ Росії звинуватило українські спецслужби у вибуху на мосту."),
          ("Кого Москва обвиняет в нападении на мост?",
           "Министерство иностранных дел России обвинило украинские спецслужбы во взрыве на мосту.")),
    _pair(("Is the Zaporizhzhia nuclear plant still connected to the grid?",
           "The Zaporizhzhia nuclear power plant lost its last external power line on Monday, the IAEA said."),
          ("La centrale nucléaire de Zaporijjia est-elle toujours raccordée au réseau ?",
           "La centrale nucléaire de Zaporijjia a perdu lundi sa dernière ligne électrique externe, a indiqué l'AIEA."),
          ("Чи досі Запорізька атомна електростанція підключена до мережі?",
           "У понеділок Запорізька атомна електростанція втратила останню зовнішню лінію електропередачі, повідомило МАГАТЕ."),
          ("Подключена ли до сих пор Запорожская атомная электростанция к сети?",
           "В понедельник Запорожская атомная электростанция потеряла последнюю внешнюю линию электропередачи, сообщило МАГАТЭ.")),
    _pair(("How many people will be called up in the new mobilisation?",
           "The decree provides for calling up 300,000 reservists."),
          ("Combien de personnes seront appelées lors de la nouvelle mobilisation ?",
           "Le décret prévoit l'appel de 300 000 réservistes."),
          ("Скільки людей призвуть під час нової мобілізації?",
           "Указ передбачає призов 300 тисяч резервістів."),
          ("Сколько человек призовут в ходе новой мобилизации?",
           "Указ предусматривает призыв 300 тысяч резервистов.")),
    _pair(("How many missiles did air defence shoot down last night?",
           "Air defence forces shot down 38 of the 43 missiles launched overnight, the air force said."),
          ("Combien de missiles la défense aérienne a-t-elle abattus la nuit dernière ?",
           "La défense aérienne a abattu 38 des 43 missiles tirés dans la nuit, selon l'armée de l'air."),
          ("Скільки ракет збила протиповітряна оборона минулої ночі?",
           "Сили протиповітряної оборони збили 38 із 43 ракет, випущених уночі, повідомили Повітряні сили."),
          ("Сколько ракет сбила противовоздушная оборона прошлой ночью?",
           "Силы противовоздушной обороны сбили 38 из 43 ракет, выпущенных ночью, сообщили Воздушные силы.")),
    _pair(("How much military aid did Germany promise Ukraine?",
           "Germany pledged a new military aid package worth 1.4 billion euros, including air defence systems."),
          ("Quelle aide militaire l'Allemagne a-t-elle promise à l'Ukraine ?",
           "L'Allemagne a promis un nouveau paquet d'aide militaire d'une valeur de 1,4 milliard d'euros, comprenant des systèmes de défense aérienne."),
          ("Яку військову допомогу Німеччина пообіцяла Україні?",
           "Німеччина пообіцяла новий пакет військової допомоги на 1,4 мільярда євро, зокрема системи протиповітряної оборони."),
          ("Какую военную помощь Германия пообещала Украине?",
           "Германия пообещала новый пакет военной помощи на 1,4 миллиарда евро, включая системы противовоздушной обороны.")),
    _pair(("Where will the next round of peace talks take place?",
           "The delegations agreed to meet again in Istanbul next week for a new round of talks."),
          ("Où aura lieu le prochain cycle de pourparlers de paix ?",
           "Les délégations sont convenues de se retrouver la semaine prochaine à Istanbul pour un nouveau cycle de pourparlers."),
          ("Де відбудеться наступний раунд мирних переговорів?",
           "Делегації домовилися знову зустрітися наступного тижня в Стамбулі для нового раунду переговорів."),
          ("Где пройдёт следующий раунд мирных переговоров?",
           "Делегации договорились снова встретиться на следующей неделе в Стамбуле для нового раунда переговоров.")),
    _pair(("How many Ukrainian refugees are registered in Europe?",
           "About 4.3 million refugees from Ukraine are registered for temporary protection in the European Union."),
          ("Combien de réfugiés ukrainiens sont enregistrés en Europe ?",
           "Environ 4,3 millions de réfugiés d'Ukraine sont enregistrés sous protection temporaire dans l'Union européenne."),
          ("Скільки українських біженців зареєстровано в Європі?",
           "Близько 4,3 мільйона біженців з України зареєстровані для тимчасового захисту в Європейському Союзі."),
          ("Сколько украинских беженцев зарегистрировано в Европе?",
           "Около 4,3 миллиона беженцев из Украины зарегистрированы для временной защиты в Европейском союзе.")),
    _pair(("Did Russia agree to a ceasefire for Easter?",
           "The Kremlin announced a 30-hour Easter truce, which Kyiv dismissed as a propaganda move."),
          ("La Russie a-t-elle accepté un cessez-le-feu pour Pâques ?",
           "Le Kremlin a annoncé une trêve de Pâques de 30 heures, que Kiev a qualifiée d'opération de propagande."),
          ("Чи погодилася Росія на перемир'я на Великдень?",
           "Кремль оголосив 30-годинне великоднє перемир'я, яке Київ назвав пропагандистським кроком."),
          ("Согласилась ли Россия на перемирие на Пасху?",
           "Кремль объявил 30-часовое пасхальное перемирие, которое Киев назвал пропагандистским ходом.")),
    _pair(("How many tanks has the Netherlands sent?",
           "The Netherlands has delivered 14 Leopard 2 tanks to Ukraine together with Denmark."),
          ("Combien de chars les Pays-Bas ont-ils envoyés ?",
           "Les Pays-Bas ont livré 14 chars Leopard 2 à l'Ukraine conjointement avec le Danemark."),
          ("Скільки танків надіслали Нідерланди?",
           "Нідерланди разом із Данією передали Україні 14 танків Leopard 2."),
          ("Сколько танков отправили Нидерланды?",
           "Нидерланды вместе с Данией передали Украине 14 танков Leopard 2.")),
    _pair(("How much land is contaminated with mines?",
           "Around 139,000 square kilometres of Ukrainian territory may be contaminated with mines and unexploded ordnance."),
          ("Quelle surface est contaminée par les mines ?",
           "Environ 139 000 kilomètres carrés du territoire ukrainien pourraient être contaminés par des mines et des munitions non explosées."),
          ("Яка площа забруднена мінами?",
           "Близько 139 тисяч квадратних кілометрів території України можуть бути забруднені мінами та нерозірваними боєприпасами."),
          ("Какая площадь загрязнена минами?",
           "Около 139 тысяч квадратных километров территории Украины могут быть загрязнены минами и неразорвавшимися боеприпасами.")),
    _pair(("How many people died in the missile strike on Dnipro?",
           "The death toll from the missile strike on a residential building in Dnipro has risen to 46, including six children."),
          ("Combien de personnes sont mortes dans la frappe de missile sur Dnipro ?",
           "Le bilan de la frappe de missile sur un immeuble résidentiel de Dnipro s'est alourdi à 46 morts, dont six enfants."),
          ("Скільки людей загинули внаслідок ракетного удару по Дніпру?",
           "Кількість загиблих унаслідок ракетного удару по житловому будинку в Дніпрі зросла до 46, серед них шестеро дітей."),
          ("Сколько человек погибли в результате ракетного удара по Днепру?",
           "Число погибших в результате ракетного удара по жилому дому в Днепре выросло до 46, среди них шестеро детей.")),
    _pair(("How many Ukrainian children does Kyiv say were deported to Russia?",
           "Ukraine says nearly 20,000 children have been deported to Russia since the start of the full-scale invasion."),
          ("Combien d'enfants ukrainiens ont été déportés en Russie selon Kiev ?",
           "L'Ukraine affirme que près de 20 000 enfants ont été déportés en Russie depuis le début de l'invasion à grande échelle."),
          ("Скільки українських дітей, за словами Києва, депортовано до Росії?",
           "Україна заявляє, що з початку повномасштабного вторгнення майже 20 тисяч дітей депортували до Росії."),
          ("Сколько украинских детей, по словам Киева, депортировано в Россию?",
           "Украина заявляет, что с начала полномасштабного вторжения почти 20 тысяч детей были депортированы в Россию.")),
    _pair(("What sanctions did the EU adopt against Russian oil?",
           "The European Union agreed to ban imports of Russian crude oil by sea and to cap its price at 60 dollars a barrel."),
          ("Quelles sanctions l'UE a-t-elle adoptées contre le pétrole russe ?",
           "L'Union européenne a décidé d'interdire les importations de pétrole brut russe par voie maritime et d'en plafonner le prix à 60 dollars le baril."),
          ("Які санкції ЄС ухвалив проти російської нафти?",
           "Європейський Союз погодився заборонити імпорт російської сирої нафти морем і обмежити її ціну 60 доларами за барель."),
          ("Какие санкции ЕС принял против российской нефти?",
           "Европейский союз согласился запретить импорт российской сырой нефти морем и ограничить её цену 60 долларами за баррель.")),
    _pair(("Which villages does Russia say it captured?",
           "The Russian defence ministry said its forces had taken control of two villages in the Donetsk region."),
          ("Quels villages la Russie dit-elle avoir pris ?",
           "Le ministère russe de la Défense a affirmé que ses forces avaient pris le contrôle de deux villages dans la région de Donetsk."),
          ("Які села, за словами Росії, вона захопила?",
           "Міністерство оборони Росії заявило, що його сили взяли під контроль два села в Донецькій області."),
          ("Какие сёла, по словам России, она захватила?",
           "Министерство обороны России заявило, что его силы взяли под контроль два села в Донецкой области.")),
    _pair(("How long were people without power after the attack on the grid?",
           "Some districts of Kharkiv remained without electricity for more than 20 hours after the strike on the power plant."),
          ("Combien de temps les habitants sont-ils restés sans électricité après l'attaque contre le réseau ?",
           "Certains quartiers de Kharkiv sont restés sans électricité pendant plus de 20 heures après la frappe contre la centrale."),
          ("Скільки часу люди були без світла після атаки на енергосистему?",
           "Деякі райони Харкова залишалися без електрики понад 20 годин після удару по електростанції."),
          ("Сколько времени люди оставались без света после атаки на энергосистему?",
           "Некоторые районы Харькова оставались без электричества более 20 часов после удара по электростанции.")),
    _pair(("When did the counteroffensive in the south begin?",
           "The Ukrainian counteroffensive in the south began in early June, the general staff said."),
          ("Quand la contre-offensive dans le sud a-t-elle commencé ?",
           "La contre-offensive ukrainienne dans le sud a commencé début juin, a indiqué l'état-major."),
          ("Коли почався контрнаступ на півдні?",
           "Український контрнаступ на півдні розпочався на початку червня, повідомив Генеральний штаб."),
          ("Когда началось контрнаступление на юге?",
           "Украинское контрнаступление на юге началось в начале июня, сообщил Генеральный штаб.")),
)


def measure(embedder: Embedder) -> dict[str, dict[str, tuple[float, float]]]:
    """(mean, standard error) of the bias for each question language and sentence language."""
    questions = {lang: np.vstack([embedder.encode_query(p.question[lang]) for p in PAIRS]) for lang in SUPPORTED}
    answers = {lang: embedder.encode_sentences([p.answer[lang] for p in PAIRS]) for lang in SUPPORTED}
    table: dict[str, dict[str, tuple[float, float]]] = {}
    for asked in SUPPORTED:
        for written in SUPPORTED:
            if asked == written:
                continue
            own = np.sum(questions[written] * answers[written], axis=1)
            other = np.sum(questions[asked] * answers[written], axis=1)
            drops = (own - other).tolist()
            table.setdefault(asked, {})[written] = (statistics.fmean(drops),
                                                    statistics.stdev(drops) / len(drops) ** 0.5)
    return table


def bridge_recall() -> dict[str, dict[str, float]]:
    """For each question language and answer language, the answers' mean word coverage over
    their mean coverage when written in the question's own language."""
    def mean_coverage(asked: str, written: str) -> float:
        values = []
        for pair in PAIRS:
            terms = query_terms(pair.question[asked])
            values.append(coverage(terms, [float(hit) for hit in matches(terms, pair.answer[written])]))
        return statistics.fmean(values)

    own = {lang: mean_coverage(lang, lang) for lang in SUPPORTED}
    return {asked: {written: round(mean_coverage(asked, written) / own[asked], 2)
                    for written in SUPPORTED if written != asked} for asked in SUPPORTED}


def main() -> None:
    settings = Settings.from_env()
    table = measure(Embedder(settings.model_name, settings.query_prefix, settings.passage_prefix))
    print(f"{settings.model_name}: mean drop (standard error) over {len(PAIRS)} pairs, question → sentence language")
    for asked, row in table.items():
        print("  " + "  ".join(f"{asked}→{written} {mean:+.3f} ({se:.3f})" for written, (mean, se) in row.items()))
    literal = {asked: {written: round(mean, 3) for written, (mean, _) in row.items()} for asked, row in table.items()}
    print("language_bias =", literal)
    print("BRIDGE_RECALL =", bridge_recall())


if __name__ == "__main__":
    main()
