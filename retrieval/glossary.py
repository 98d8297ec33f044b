"""A multilingual glossary of the war's vocabulary, the offline bridge between fr, en, uk and ru.

The bundled embedding model is English-only and no bilingual dictionary for Ukrainian installs
from a registry, so the lexical retriever crosses languages with this list. It is written for
the domain (war, diplomacy, humanitarian matters, economy, time and quantities), not for any
question set. Each line is one concept; its forms, in any of the four languages, are separated
by spaces. A form ending in `*` is a stem that matches any word it begins; any other form
matches the whole word only (short words, where a stem would catch unrelated words); a
two-letter form in capitals ("US", "UN") is an acronym, met only where a text writes it in
capitals ("us" and the French "un" are other words). Words joined by `_` are a phrase, met
where a text writes them one after the other ("took_control": "have taken control of Kherson").
`NAMES` holds places and people the same way; their stems are compared whole.
Written for this project; MIT like the rest of it.
"""

GLOSSARY = """
war* warfare guerre* війн* войн*
invasion* invade* envahi* вторгн* вторже* навал*
attack* assault* offensive* attaqu* assaut* offensiv* атак* наступ наступу наступі наступом наступальн* наступлени* наступают наступает наступали наступал штурм* напад*
counteroffensive* contre_offensive* контрнаступ* контрнаступл*
storm* stormed storming штурм* assaut* prendre
shell* shelling bombard* pilonn* обстріл* обстрел* артобстр*
strike* strikes struck frappe* удар* удари ударів вдарили вдарив вдарила вгатили вгатив лупили лупят бьют бьёт накрили накрыли прилетіло прилетіла прилетело прилетела
missile* rocket* missil* roquet* ракет*
drone* drones дрон* безпілотн* беспилотн* шахед* shahed* uav* бпла unmanned_aerial*
bomb* bombe* бомб* авіабомб* разбомб* розбомб*
airstrike* air_strike* air_raid* frappes_aériennes raid raids авіаудар* авиаудар* bombardement* авіанальот* авианалет*
mine mines landmine* мін міни мінами мінування замінув* розмінув* мина мины мин разминир* démin* demining* sapper* sapeur* сапер* сапёр* піротехнік* пиротехник* вибухонебезпечн* взрывоопасн*
neutralis* neutraliz* defus* désamorc* знешкодж* знешкоди* знешкодив* обезвреж* обезвред*
shell shells obus снаряд* боєприпас* боеприпас* munition* ammunition* ammo
explosive* explosif* вибух* взрыв* blast* explosion* підірв* підрив* подорв* взорв* подрыв*
weapon* arms armament* arme armes armement* зброя зброї зброю озброєн* оружи* вооружен*
tank* char chars танк* танків
artillery artiller* артилері* артиллери* howitzer* obusier* гаубиц*
aircraft airplane* plane* jet* fighter* avion* літак* самолет* самолёт* винищувач* истребител* airliner* лайнер*
helicopter* hélicoptère* гелікоптер* вертоліт* вертолет* вертольот*
ship ships warship* vessel* navire* bateau* корабл* судн* flotte fleet* флот* cruiser* croiseur* крейсер*
submarine* sous-marin* підводн* подводн*
intercept* downed shot shoot abattu* збит* збив* збила збили сбит* сбил* перехопл* перехват*
antiaérien* ппо пво протиповітрян* противовоздуш* зенітн* зенитн*
soldier* troop* servicem* militar* soldat* troupe* militaire* військовослужбов* военнослужащ* солдат* вояк* бійц* бійці боєць бойов* воїн* военн* військов*
army armies armée* forces армі* арми* війська військ* войск*
armed armée* зсу всу afu zsu vsu збройн* вооружен*
force forces сил сили силами силах силы силам
unit units subdivision* subunit* unité* підрозділ* подраздел* брига* brigade* bataillon* battalion* батальйон* батальон*
amass* massing gather* concentrat* rassembl* concentr* скупч* зосеред* стягу* стягув* стягив* сосредоточ* сосредотач* скоплен*
passenger* passag* пасажир* пассажир*
subsid* subvention* субсиді* субсиди* дотаці* дотаци*
crew crews aircrew* équipage* hôtesse* steward* flight_attendant* екіпаж* экипаж* бортпровідни* бортпроводни* стюардес*
pilot pilots pilote* пілот* пилот* льотчи* лётчи* летчи*
commander* commandant* командир* командувач* командующ* commandement* command commands commanded командуван* командован* commanding командує командують командував командувала командували командует командуют командовал командовала командовали
general* gen général* генерал*
staff штаб* генштаб* headquarters genstaff état_major états_majors
volunteer* volontaire* доброволь* добровол* волонтер*
mercenar* mercenaire* найманц* наемник*
legion* légion* легіон* легион*
conscript* draftee* conscrit* appelé* строковик* срочник* призовник* призывник* строков* срочн*
mobiliz* mobilis* mobik* мобіліз* мобилиз* мобік* мобик* called_up call_up
reservist* réserviste* резервіст* резервист*
deserter* desertion* deserted déserteur* désertion* дезерти*
prisoner* captive* captiv* pow pows prisonnier* полон* полонен* плен* пленн* військовополонен* военнопленн*
captur* capture* grab grabbed grabbing seiz* saisi* tombé tombée tombés взяли взял взяла взяв заняли занял заняла зайняли захоплен* захопи* захопл* взят* захвач* захвати* took_control taken_control seized_control pris_le_contrôle взяли_під_контроль взяли_под_контроль taken_prisoner took_prisoner fait_prisonnier faits_prisonniers взяли_в_полон взяли_в_плен
exchange* swap* échang* обмін* обмен*
surrender* rendu* rendre capitul* здал* здач* здатися здатись здаються здаватися здаватись капітул* капитул* сдал* сдач* сдались сдаться сдаются сдаваться
kill* dead death* died die murder* tué* mort* morts décès péri périr périssent périt загибл* загин* вбит* вбив* убит* убив* вбили вбила вбило убили убила убило смерт* погиб* жертв* victim* victime*
wound* injur* blessé* поранен* ранен* травмова* постраждал* пострадал* контуз* concussion*
casualt* loss* losses lost toll perte* perdu* втрат* потер*
missing disparu* зникл* безвісти пропал* пропавш*
civilian* civil* цивільн* мирн* гражданск* мирних
child* children enfant* дит* діти дітей дітьми дети детей ребен* ребён* kids gamin* gosse*
people person* population* personne* gens людей люди населен* людина чоловік человек народ* peuple* ppl men hommes
resident* inhabitant* habitant* жител* мешканц* мешкан*
refugee* réfugié* біженц* біжен* беженц* беж*
displaced* déplacé* переселен* переселенц* впо idp idps
evacuat* évacu* евакуац* евакуйов* евакуюв* эвакуац* эвакуир* эвакуиров* вивез* вивіз* вывез* вивозит* вывозит* вивозя* вывозя*
body bodies cadavre* тіло тіла тіл тело тела тел трупи трупів трупы трупов
burial* grave graves buried charnier* захорон* поховал* поховання похорон* могил* exhum* ексгум* эксгум*
discover* découv* виявил* виявлен* виявля* обнаруж* выявил* выявлен*
corridor* коридор* couloir* гумкоридор*
humanitarian* humanitair* гуманітарн* гуманитарн*
aid help helped helping assist* aide secours допомог* допомаг* помощ* помог* підтрим* поддерж* support*
food* nourriture* aliment* продовол* продукт* їж* еда еды харч*
water eau вода воды води водою
medicine* medical* médica* медичн* медицин* ліки ліків лікар* лекарств* медикамент* medic medics med meds médecin* медик* врач* doctor*
sick ill illness* malad* хвор* болезн* болен* больн*
hospital* hôpita* лікарн* больниц* госпітал* госпитал* шпитал*
school* école* школ*
theatre* theater* théâtre* театр* драмтеатр*
church* église* церкв* церков* храм*
house* housing home* building* apartment* maison* immeuble* logement* будин* житл* дом дома доме домов здани* будівл* квартир* bâtiment* жиль* жилищ*
infrastructure* інфраструктур* инфраструктур*
energy power electricit* énergie* électricit* енерг* электр* електр* электроэнерг* електроенерг*
blackout* outage* coupure* знеструм* відключен* отключен* обесточ* світло світла
bridge* pont* міст мосту мости мостів мост моста мосты мостов
crossing* ferry ferries pontoon* переправ* паром* traversée* franchissement*
dam dams barrage* гребл* дамб* гес
railway* railroad* rail ferroviaire* залізниц* залізнич* потяг* поїзд* железнодорож* поезд*
airport* airfield* airbase* aéroport* aérodrome* аеропорт* аэропорт* аеродром* аэродром* авіабаз* авиабаз* air_base base_aérienne
gas gaz газ газу газом газі газа газовий газов* газопровід* газопровод* gazoduc* pipeline*
oil pétrole нафт* нефт*
nuclear* atomic* nucléaire* atomique* атомн* ядерн* ядерк* ядерці ядерку ядерки нюк* nuke* аэск* аеск*
npp npps аес аэс аэск* аеск*
reactor* réacteur* реактор* енергоблок* энергоблок* power_unit power_units nuclear_units
plant plants station* centrale* станц* аес аэс аэск* аеск*
radiation* radioact* радіац* радиац*
chemical* biological* chimique* biologique* хімічн* химическ* біологічн* биологическ* biolab* біолаборатор* биолаборатор*
grain* cereal* wheat* blé céréale* зерн* пшениц* хліб* хлеб*
export* exportation* експорт* экспорт* вивезен*
import imports imported importation* імпорт* импорт*
port ports seaport seaports порт порту портів портах порти портами морпорт*
blockade* block* stuck bloqu* блокад* блоку* блокув* заблок*
sea mer море моря морі морем морськ* морск*
black noire чорн* черн*
fertilizer* fertiliser* engrais добрив* удобрен*
harvest* sow sowing sown sowed crop* field* farm* agricultur* récolte* semis* semer agricol* посів* засів* сіяти засіяти засеять засеют засеяли посеять посев посева посеве посевн* урожа* врожа* аграр* сільськогоспод* сельскохоз* гектар* hectare*
money cash fund funds funding funded financ* argent fonds фінанс* финанс* кошт* гроше* грош* фонд* деньг* денег
budget* бюджет*
deficit* déficit* дефіцит* дефицит* дыра дыру дыры дыре діра діру діри budget_hole budget_gap trou_budgétaire
billion* milliard* мільярд* миллиард* млрд
million* мільйон* миллион* млн
thousand* mille milliers тисяч* тис тысяч*
hundred* cent centaines сот* сотні
2 two deux два дві двох двоє
3 three trois три трьох трёх троє трое
4 four quatre чотири чотирьох четыре четырёх четырех
5 five cinq пять пяти
6 six шість шесть шести
7 seven sept сім семь семи
8 eight huit вісім восемь восьми
9 nine neuf девять девяти
10 ten dix десять десяти
percent* pourcent* відсот* процент*
dollar* dollars долар* доллар* usd
euro euros євро евро eur
hryvnia* гривн* гривень грн uah
rouble* ruble* рубл*
loan* credit* borrow* emprunt* кредит* позик* займ* запозич* заимств*
bond* bonds obligation* облігац* облигац*
debt* dette* борг* долг долга долгов долги
payment* pay paid paying versement* payer payé* виплат* выплат* платіж* платеж* оплат* платят платить платит платять платити заплат*
salary* salaire* зарплат* заробітн*
pension* пенсі* пенси*
tax* taxes impôt* податк* налог*
price* prix ціна ціни цін цену цены цене
bank* banque* банк* nbu нбу
economy econom* économi* економ* эконом* мінекономіки минэкономики мінекономрозвитку минэкономразвития
sanction* санкц*
embargo* ембарго эмбарго
deliver* supply supplie* livr* fourni* постач* поставк* поставл* переда* передач*
send* sent envoy* envoie* надісл* надсил* відправ* отправ*
promis* promet* обіця* пообіця* обеща* пообеща*
give* gave given donn* надав* надала надали надасть дал дали дати дать предостав* дала дало дав
provid* accorder accordé accordée accordés octroy* надати надає надавати
receiv* received reçu* recev* отрима* получ* одерж*
ally allies allied allié* союзни* союзн* партнер* partner*
joint jointly together cooperat* coopér* conjointement team_up teamed_up спільно спільн* разом співпрац* совместн* вместе сотруднич*
negotiat* talk* talks pourparler* négoci* переговор* перемовин* діалог* dialogue*
peace* paix мир миру мирного мирної мирной
discuss* discut* обговор* обсужд* обсуд*
choice choices choose chooses choosing chose chosen choix choisi* choisir* choisiss* вибір вибору вибором виборі вибир* вибра* выбор выбора выбору выбором выборе выбир* выбра*
hope hopes hoped hoping hopeful espoir* espér* надія надії надію надією сподів* надежд* надею* надеет* надеял*
fate fates destiny destinée* судьб*
ceasefire* truce* cessez* trêve* перемир* припинен* прекращен* вогню огня cease_fire
agreement* deal deals accord accords treaty* traité* угод* договор* домовленіст* домовленост* договорен* соглашен* меморандум* сделк* agree agreed agrees agreeing convenu* домовил* домовля* погодил* погодж* согласил* согласились
guarantee* garant* гаранті* гаранти*
security* sécurité* безпек* безопасн*
neutral* neutre* нейтрал*
meeting* met meet rencontr* réunion* зустріч* зустрі* встреч* встрет* саміт* саммит* summit* sommet*
visit* visite* візит* визит* відвіда* посети* посетил* приїзд* приезд* прибув* прибыл*
arriv* прибуло прибули прибула прибыло прибыла прибув* прибыл* добрались добрался добралась дісталися дістались дістався приїха* приїжджа* приеха* приезжа*
call* phone* telephone* appel* téléphon* entretien entretenu entretenus entretenue телефон* дзвінок* звонок* розмов* разговор* созвон* созвани* зідзвон*
speech* address* discours* allocution* звернен* обращен* виступ* промов* выступлен*
statement* déclar* заяв* заявлен* заявил*
say says said stated dit déclare* affirme* заявив заяви* сказа* говори* повідоми* сообщи*
claim* assert* prétend* стверджу* утвержда*
accus* blam* accuse* reproche* звинувач* обвиня* обвинил* fault faults faute
deny* denied dément* nie заперечу* заперечи* отрица* спростов* опровер*
admit* acknowledg* reconn* admet* визна* признал* признает* признают признаю признава*
propaganda* propagande* пропаганд*
press_conference* news_conference* conférence_de_presse пресконференц* прес_конференц* пресс_конференц* пресуха пресухе пресухи пресуху брифінг* брифинг* briefing*
period periods période* період* период* срок* строк строку строком термін терміну терміном
fighter fighters militant* combattant* бойовик* боевик*
btg btgs бтгр бтг battalion_tactical_group*
restock* replenish* réapprovision* поповн* пополн*
immediately immediate immédiat* сразу негайно негайн* немедленн* відразу одразу незамедлительн*
honour* honor* pay_respects our_respects their_respects his_respects pay_tribute paid_tribute commemorat* hommage* вшанува* вшанув* вшануй* почтить почтим почтили почтил* чествова*
one_off one_time lump_sum одноразов* единовременн* unique_versement
increasingly more_often more_and_more de_plus_en_plus частіше чаще все_чаще дедалі_частіше все_частіше
essence gist crux суть сутність суті сущность сути essentiel
priorit* пріоритет* приоритет* first_of_all above_all avant_tout насамперед перш_за_все в_першу_чергу в_первую_очередь
fake* faking faux fausse* фейк* брехн* ложь лжи вигадк* подделк* pretend* simulat* симул* притвор*
dodg* evad* evasion* évasion* esquiv* ухил* уклон*
provocation* provoc* провокац* инсценир* інсценув* постановк* staged
genocide* génocide* геноцид*
massacre* carnage* масакр* різан* резн* бойн* розстріл* расстрел*
crime* crimes criminal* злочин* преступлен*
tribunal* трибунал* court courts cour суд суду судом судів судов* icc cpi мкс мус
prosecutor* procureur* прокурор*
investigat* enquête* розслідув* расследов* слідч* следств*
evidence proof proofs preuve* доказ* свідчен* свидетельств* пруф*
tortur* катув* катован* пытк* пытал*
rape raped rapes viol violée* violé* зґвалту* згвалту* изнасил*
deport* déport* депорт* вивезен* примусов* принудител* forcibly forced forcé* насильн* against_their_will against_his_will against_her_will contre_leur_gré contre_son_gré проти_їхньої_волі проти_своєї_волі против_их_воли против_своей_воли
filtration* filtrat* фільтрац* фильтрац*
occup* occupant* occupied окуп* оккуп* occupier* загарбни* захватчик*
liberat* libér* recaptur* retook retake* reprise repris звільн* визвол* освобо* deoccup* деокуп* деоккуп* took_control taken_control regained_control repris_le_contrôle
control* contrôl* контрол* підконтрол*
territor* територі* территори*
region* région* област* облас* регіон* регион* oblast* obl
city cities town* ville* village* localité* settlement* місто міста міст містах населен* город* сел* село села сіл
sister_city sister_cities twin_town twin_towns twin_city twin_cities twinning jumel* побратим* породнен*
border* frontière* кордон* границ* checkpoint* crossing*
close* closed closing ferm* закри* закры* закритт*
open* opened ouvr* відкри* открыт* открыл*
abduct* kidnap* enlev* викра* викрад* похищ* похити*
capital* столиц*
government* gouvernement* уряд* правительств* кабмін* кабінет* cabinet* govt govts gov
minister* ministre* міністр* министр* міністерств* министерств* ministry ministère* ministries міноборон* минобороны mod МО
defence* defense* défense* оборон* міноборон* минобороны mod defensive* défensi* МО
foreign* foreigner* abroad overseas étranger* étrangère* закордон* иностран* іноземн* іноземц* зарубіжн* зовнішн* внешн*
president* présiden* президент*
prime premier прем премьер*
parliament* parlement* deputy deputies député* lawmaker* mp mps verkhovna rada рада ради раді депутат* парламент* дума думы
law laws loi lois закон* законопроект* bill bills
vote* voted voter* votation голосув* проголосува* голосова*
martial* martiale* воєнн* военн* martial_law loi_martiale воєнн*_стан* военн*_положени*
aggress* agress* агресі* агресор* агресс* агрессор*
hostilit* hostilité* бойов* боев*
diplomat* diplomati* дипломат*
regime* régime* режим*
officer* officier* офіцер* офицер*
contract* contrat* контракт*
grouping* угрупован* группировк*
partisan* партизан* підпільн* подпольщ*
fortif* укріплен* укреплен* фортифікац* фортификац* trench* tranchée* окоп* транше* траншеи* траншей*
reinforc* renfort* підкріплен* подкреплен* more_troops additional_troops additional_forces more_forces plus_de_troupes
morale моральн* дух духа духом духу moral
outskirt* périphér* околиц* окраїн* окраин* suburb* banlieue* передміст* пригород*
campaign* campagne* кампані* кампани*
extend* extension* prolong* подовж* продлен* продлил* продлева* продлит*
decree* décret* указ* постанов*
announc* annonc* оголос* объяв* анонс*
appoint* nomm* nomination* призначе* призначи* назначе* назначи*
dismiss* limog* révoqu* відставк* отставк* уволен* уволил* усунув* усунен*
replac* remplac* замін* замен* заменил*
sign signs signed signing signature* signé* signer* signe підпис* подпис*
order* ordered ordonn* ordre* наказ* приказ* розпоряд* распоряж* веліл* велел*
plan plans planned planning projet* план* планув* планир* намір* намер*
goal* aim aims objective* objectif* task tasks tâche* le_but son_but leur_but quel_but un_but du_but notre_but mon_but principal_but buts цілі ціль мета цель цели задач* завдан* задани* target targets targeted cible* ciblé* цілей
operation* opération* операц*
special spéciale спеціальн* специальн* особлив* особая особую особый особое особого особой
denazif* dénazif* денациф* денацифік*
demilitar* démilitar* демілітар* демилитар*
nazi* nazis néonazi* нацист* неонацист* нацик* nationalist* nationaliste* націоналіст* националист*
militia* milice* ополчен* ополченц*
separatist* séparatist* сепаратист*
republic* république* республік* республик* днр лнр dpr lpr
independence indépendan* незалежн* независим*
recogni* reconnai* reconnu* визнан* признан* признал* признать признает признают признав* визнав* визнал* визнати визнає визнают*
referend* référend* референдум*
turnout taux_de_participation явк* явка явку
annex* annexi* анексі* аннекси* приєдна* присоедин*
membership* member* membre* adhésion* join* rejoindre* членств* член* вступ* приєднан*
nato otan нато альянс* alliance*
european* européen* європейськ* европейск* ЄС ЕС EU UE europe європ* европ* евросоюз* євросоюз* european_union union_européenne європейськ*_союз* европейск*_союз*
union* союз* союзу
onu оон UN united_nations nations_unies
хрест* крест* мкчх мккк icrc cicr red_cross croix_rouge
international* internationa* міжнародн* международн*
world mondial* mondiale* monde світ світу світі світов* міров* миров* всесвітн* всемирн* global*
ww2 wwii second_world_war world_war_ii world_war_two seconde_guerre_mondiale другої_світової друга_світова другу_світову второй_мировой вторая_мировая вторую_мировую
ww1 wwi first_world_war world_war_i world_war_one première_guerre_mondiale першої_світової перша_світова первой_мировой первая_мировая
crisis crises crise* криз*
famine* hunger* faim голод*
council* conseil* радбез* совбез*
journalist* journaliste* журналіст* журналист* журналюг*
milblogger* blogger* blogueur* мілблогер* блогер* воєнкор* військкор* милблогер* военкор*
channel* chaîne* канал*
social* соцмереж* соцсет* соціальн* социальн*
information* informationn* інформаційн* информацион*
media* médias* зми сми
hacker* cyber* cyberattaq* кібер* кибер* хакер*
sabotage* sabotag* саботаж* диверсі* диверси* диверсант*
spy spies espion* шпигун* шпион* розвідк* развед* intelligence renseignement*
traitor* collaborat* traître* зрадник* предател* колаборант* коллаборац*
guard* garde* прикордон* погранич* нацгвард* гвард*
police* cop cops flic* поліці* полици* полиц* копы копов
navy* marine* флот* вмс
ukraine ukrain* україн* украин*
ukrainian* ukrainien* українськ* украинск* українц* украинц* ukr укр зсу всу afu zsu vsu
russia russie* rossi* росі* росії росія росію россия россии росси* рф рашк*
russian* russe* російськ* российск* росіян* россиян* русск* рашист* orcs орк* кацап* русн*
snake serpent* зміїн* змеин*
day days jour* journée* день дня дні днів дней сутк* доба доби добу
week* semaine* тижд* тиждень неделю недел*
month* mois місяц* месяц*
year* yrs an ans année* рік року роки років год года лет році году годы
today aujourd сьогодні сегодня
yesterday hier вчора учора вчера
first premier première* перш* перв* вперше впервые
last dernier* dernière* останн* последн*
january janvier січень січн* январ* jan janv янв січ
february février лют* феврал* feb févr fév фев
march mars берез* март* mar мар бер
april avril квіт* апрел* apr avr апр
may mai травень травн* мая май мае трав
june juin червень червн* июн* jun черв
july juillet липень липн* июл* jul juil лип
august août серпень серпн* август* aug авг серп
september septembre верес* сентябр* sep sept сен сент
october octobre жовтень жовтн* октябр* oct окт жовт
november novembre листопад* ноябр* nov ноя нояб
december décembre груд* декабр* dec déc дек
monday lundi понеділ* понедельн*
tuesday mardi вівтор* вторник*
wednesday mercredi середа середу середи среда среду
thursday jeudi четвер* четверг*
friday vendredi пятниц*
saturday samedi субот*
sunday dimanche неділ* воскресен*
begin* began begun start* launch* commenc* débu* lanc* day_one kicked_off kick_off начале почал* почат* почин* начал начала начали началось началась начался начина* розпоч* старт*
end ended ending finish* fin terminé* achev* закінч* заверш* кончил* окончан*
continu* продовж* продолж* трива*
stop* stopped arrêt* stopp* зупин* припин* останов* прекрат*
impos* introduc* instaur* запровад* введен* введён* ввел* ввів ввести
disrupt* derail* thwart* déjou* perturb* зрив* зірвал* зірвав срыв* сорвал* сорвав stall stalled stalling stalls
weight* weigh* poids вага ваги вагою вес веса весом kilogram* кілограм* килограм* kg кг
explain* expliqu* explication* поясн* объясн* объяснен*
name* entitled titled dubbed nommé* intitulé* назв* назива* назыв* названи* имена имя имени имён імена імʼя імені імен
ready readiness high_alert prêt prête prêts prêtes готов*
exclusively solely uniquement exclusivement seul_but seule_fin виключно исключительно єдиною_метою единственной_целью
temporar* temporaire* тимчасов* временн*
hide hides hiding hid hidden holed_up sheltering cachés cachent ховаю* ховают* переховув* прячут* прячет* прятал* прячу*
deliberat* intentional* purposeful* on_purpose délibéré* exprès навмисн* умисн* умышленн* намеренн* преднамерен* спеціально специально
systematic* systématique* méthodique* планомірн* планомерн* систематичн* системн*
preserv* préserv* зберег* збереж* зберіга* сохран*
integrity intégrité цілісн* целостн*
flight flights vol vols політ польот* полет* полёт* перельот* перелет* рейс рейси рейсів рейсы рейсов
celebrat* commemorat* célébr* commémor* святкув* відсвятк* отмеча* отмет* праздн* відзначат* відзначит* відзначає
veteran* vets vétéran* ветеран*
ban banned banning bans forbid* forbad* prohibit* interdi* заборон* запрет* запрещ*
thank* grateful* gratitude appreciat* remerci* reconnaissan* дяку* подяк* вдячн* благодар* спасиб*
rnbo рнбо рнбу снбо nsdc national_security_and_defense_council national_security_and_defence_council
prevent* empêch* hinder* obstruct* entrav* заваж* перешкод* препятств* мешает мешают мешать мешал мешали помешать помешал помешали
destroy* destruct* détrui* destruction* зруйн* знищ* уничтож* разруш* руйн* рознес* разнес*
damag* endommag* dégât* пошкод* поврежд*
burn* fire* incendi* brûl* пожеж* пожар* горі* горит*
rebuild* reconstruct* recover* reconstru* rétabli* відбуду* віднов* восстанов* восстановл* отстро* отстраива*
threat* menace* menaç* загроз* угроз* загрож* угрож* danger* dangereu* небезпек* опасн*
risk* risque* ризик* риск*
danger* dangereu* небезпек* опасн*
safe* safety sécurit* безпечн* безопасн*
protect* protég* protection* захист* захища* защит*
defend* defender* défend* défenseur* захисник* оборонц* защитник* обороня*
hold* held tenir tient утримув* удержив* удерж* тримає тримають тримати тримав тримали
siege* besieged blockaded assiég* siège* облог* оточ* окруж* encercl* encircl* cut_off cauldron* kessel котел котла котле котлі котлу кільце кільця кольцо кольца
retreat* withdraw* pullout* pullback* retrait* retir* відступ* відвед* відход* отступ* отвод* отход* вивед* вывод* отошл* відійшл* pulled_back pulled_out fell_back pull_back pull_out pulling_back pulling_out pulls_back pulls_out вийшли_з вийшли_із вийшли_зі вийти_з вышли_из выйти_из ушли_из пішли_з пішли_із пішли_зі
reject* rejet* rejett* refus* відхил* відкин* відкида* відмов* отверг* отверж* отклон* отказ* insubordinat* непокір* непокор* неподчин*
advanc* progress* avanc* просуван* просун* продвиж* продвин* gain gains push pushed pushing push_forward pushing_forward pushed_forward
breakthrough* broke_through break_through breaking_through percée* percer прорив* прорвал* прорвали прорвать прорыв* прорвут
enter enters entered entering entrée* pénétr* зайшли зайшов зайшла заходили зашли зашла зашел зашёл увійшли увійшов вошли вошёл вошел
sank sunk sink sinking coulé* couler потопил* потоплен* потопить затонул*
front* лінія лінії фронт* линия линии
line* ligne* лінія лінії линия
east* схід* східн* восток* восточн* orient*
south* sud південн* південь юг южн*
north* nord північ* север севера северу севере северо северн*
southwest* south_west sud_ouest південно_західн* південний_захід південного_заходу південному_заході юго_запад* юго_западн* пд_зх
southeast* south_east sud_est південно_східн* південний_схід південного_сходу південному_сході юго_восток* юго_восточн* пд_сх
northwest* north_west nord_ouest північно_західн* північний_захід північного_заходу північному_заході северо_запад* северо_западн* пн_зх
northeast* north_east nord_est північно_східн* північний_схід північного_сходу північному_сході северо_восток* северо_восточн* пн_сх
west western occident* захід* західн* запад*
country countries nation* pays країн* стран* держав* государств*
state states état* держав* государств*
leader* dirigeant* лідер* лидер* керівни* руковод* очільн*
official* officiel* responsable* посадов* чиновник* должностн* bigwig* big_shots top_brass шишки шишек верхушк* верхівк*
spokes* речни* представник* представител* секретар*
adviser* advisor* conseiller* радник* советник*
head chief chef голова глава керівник* начальник*
governor* gouverneur* губернатор* очільник*
mayor* maire* мер мэр мера мером
intelligence* renseignement* розвідк* развед* гур
sbu сбу фсб fsb
inflation* інфляц* инфляц*
job* work* travail* emploi* робот* работ* зайнят*
business* entrepris* бізнес* бизнес* підприєм* предприят* compan* société*
shelter* abri* укритт* сховищ* убежищ* бомбосховищ*
winter hiver зим*
spring printemps весн*
summer été літо влітку літа лето летом
autumn automne осін* осен*
reparation* compensation* компенсац* репарац*
investment* investi* інвест* инвест*
donor* donat* донор* пожертв*
sovereign* souverain* суверен*
victory victoire перемог* побед*
defeat* défaite* поразк* поражен*
ton tons tonne* тонн* тон
kilometre* kilometer* km км kilomètre* кілометр* километр*
cubic cube* кубометр* кубічн* кубич*
square carré* квадратн*
storage stock* reserve* réserve* запас* сховищ* хранилищ* зберіга* хранени* резерв*
number* nombre* кількіст* количеств* число* чисельніст* численност*
total* всього всего загалом загальн* итого au_total в_сумі в_сумме
fight fights fighting fought combat combats combattre combattent combattu* battre battent battu battus battle* bataille* бій бої боїв бою боях битв* сражен* бой боя боев боёв воюва* воюют воюють воює воюет воева* воюем
enemy enemies ennemi* ворог* враг* противник* супротивник* вражеск* ворож*
ground terrestre* наземн*
position* позиці* позици*
source* джерел* источник*
authority authorities autorité* влада влади владу владою владі власть власти властям властей
area areas zone* район* зона зони зоні зону зоны зоне
river* rivière* fleuve* річка річки річці річку річкою река реки реке реку рекой
axis axe axes direction* напрямок напрямку напрямках напрямі направлени*
equipment* kit équipement* matériel* matos техніка техніки техніку технікою техника техники технику обладнан* оборудован* спорядж* снаряжен*
administration* адміністрац* администрац*
repel* repuls* відбил* відбили відбива* відбит* отбил* отбили отбива* отразил* отражен* pushed_back потесни* відтісни* оттесни* repouss*
center* centre* центр*
resistance résist* опір опору спротив* сопротивлен* push_back pushing_back pushed_back pushback
counterattack* contre-attaq* контратак*
system systems système* систем*
regular conventional régulière* réguliers регулярн*
training trained trainee* formation* entraîn* навчан* навчальн* учебн* вишкіл* обучен* тренуван* трениров*
camp camps campement* табір табори таборі таборах лагер* лагеря
trap traps trapped piège* пастк* ловушк* засідк* засад*
route* itinéraire* маршрут*
bus buses autobus* автобус*
transport* транспорт*
women woman femme* жінк* жінок женщин*
highway* hwy road roads autoroute* шосе траса траси трасі трасу дорога дороги дорогу дорозі доріг дороге трасс*
activity activities activité* діяльн* деятельн*
communication* комунікац* коммуникац*
future futur* avenir майбутн* будущ*
conflict* conflit* конфлікт* конфликт*
tactic* tactique* тактичн* тактическ* тактик*
district* arrondissement* округ*
wmd western_military_district зво західн*_військов*_округ* западн*_военн*_округ*
smd southern_military_district юво південн*_військов*_округ* южн*_военн*_округ*
cmd central_military_district цво центральн*_військов*_округ* центральн*_военн*_округ*
emd eastern_military_district вво східн*_військов*_округ* восточн*_военн*_округ*
assess* évalu* оцінк* оцінив* оцінюв* оцінил* оценк* оценил* оценива*
citizen* citoyen* громадян* гражданин* граждан*
politic* politique* політи* полити*
satellite* супутник* спутник*
recruit* recrut* вербу* вербов* рекрут*
convict* inmate* détenu* penal pénitenti* засуджен* заключенн* заключённ* осужденн* осуждённ* зек* зэк* колони*
logistic* logistique* логісти* логисти*
heavy lourd* важк* тяжел* тяжёл*
fail failed fails failure* échou* échec* провал* невдал* неудач*
deploy* déploy* déploie* розгорн* розгорт* развернул* развёрн* разверн* развертыва* розміщ* размещ*
public publique* публічн* публичн*
goods marchandise* товар товари товарів товарами товаров товары
hero heroes heroic héro* геро*
award* medal* décor* médaille* нагород* орден* медал*
title titles titre* звання звание
freedom* свобод*
life lives vie vies житт* жизн*
decision* decide* decided décision* décid* рішен* решени* решил* ухвал*
land lands terre terres terrain* земл*
unemploy* chômage безробіт* безработ*
insurance* assurance* страхув* страхов*
program* programme* програм* программ*
package* paquet* пакет*
inspect* inspection* оглян* оглядів оглядав осмотр* інспекц* инспекц*
cockpit* кабіна кабіни кабіну кабіні кабина кабины кабину кабине
prepar* gearing préparat* prépar* підготов* подготов* готує готують готуют готовят
attempt* try tries tried trying tentati* tenter tente tentent essai* essay* спроб* намага* попытк* пытаются пытается пытался пыталась пытались пытаясь
main key principal* primary основн* головн* главн*
poll polls survey* sondage* опитув* опрос* соцопит* соцопрос*
opinion* avis думк* мнени*
graduat* diplômé* lauréat* випускник* выпускник*
contribut* apport* внесок внеску внеском вклад*
construct* construi* build builds built будівництв* будува* побудув* строительств* строят строит строил* построи* построен*
complet* achev* finish* fini finie finis finir finira finirait termin* заверш* закінч* оконч*
convinc* persuad* believe* convainc* croire croit croient переконув* переконат* переконан* вірит* вірять убежд* убеди* верит* верят
joke* joking* blague* plaisant* жарт* шутк* шуточн* шутя шучу шутил*
smile* smiling sourire* souri* усміш* посміш* усміхн* улыб*
fear* afraid frighten* scare* scary peur* effray* страх страху страхом страхи страшн* налякав* налякал* злякав* злякал* боял* бояться боїться напуга* испуга* испуг*
cause caused causes causing provoqu* спричин* вызвал вызвала вызвали вызвало викликав викликала викликали викликало
implement* carry_out carried_out carrying_out mise_en_œuvre mettre_en_œuvre виконанн* выполнени* реалізаці* реализаци* втілен* воплощ*
serious* earnest sérieu* серйозн* всерйоз серьезн* серьёзн* всерьез всерьёз
brother brothers brotherly fraternal frère frères fraternel* брат брата брату братом брате братья братьев братьям братів братам братськ* братск*
little_brother little_brothers younger_brother younger_brothers petit_frère petits_frères молодш*_брат* младш*_брат*
face_to_face one_on_one tête_à_tête віч_на_віч с_глазу_на_глаз тет_а_тет
appealed appeals turned_to звертал* звернув* звернул* обращал* обратил*
delay* drag* drawing_out prolong* protract* retard* затяг* зволік* промедл* проволочк*
review reviewed reviewing go_over went_over examin* розглян* розгляда* рассмотр*
repeat* reiterat* répét* повтор*
migra* migrant* immigr* émigr* мігра* мигра*
next prochain* suivant* наступн* следующ* далі дальше
depend* dépend* залеж* завис*
fuel* diesel* gasoline petrol carburant* gazole пальн* паливо палива паливом топлив* дизел* бензин* дизтоплив*
produc* manufactur* fabriqu* виробн* виготов* производ* изготов* клепа*
hawk hawks hawkish faucon* ястреб* яструб*
fully completely entirely entire entièrement complètement totalement повністю повну повний повна повне повного цілком полностью полную полный полная полное полного целиком
late наприкінці кінці кінця конце концу
return* retour* revenir reviennent rentr* repatri* rapatri* репатрі* репатри* поверн* вернул* вернут* вернув* вертаю* вертают* возвращ* возврат*
increase* increasing rise rises rising rose risen grow* growth hausse* augment* збільш* зрост* увелич* рост роста росту вырос* возрос*
decreas* reduc* lower lowered lowering baiss* diminu* réduction* réduire réduit* зменш* скорот* скороч* уменьш* сократ* сниж* зниж*
expan* enlarg* widen* élarg* розшир* расшир*
rally rallies мітинг* митинг* manifestation* manif
usually normally generally typically habituellement généralement normalement зазвичай обычно как_правило як_правило
identif* ідентифік* идентифик* вычисл* вирахув* опізна* опозна*
involv* impliqu* причетн* причаст*
observ* спостеріг* наблюд* spotted помітил* помітив* помічен* заметил* замечен* aperçu*
footage video videos vid vids image* imagery photo* vidéo* відео* видео* видос* відос* фото* зображен* изображен* кадри кадры
partial* partiel* частков* частичн*
violat* порушен* порушу* нарушен* наруша*
urban urbain* міськ* городск*
sky ciel небо неба небі небом
easter pâques великдень* пасх*
commission* комісі* комисси* єврокоміс* еврокомисс*
confirm* confirmé* confirmer підтвердж* підтверд* подтвержд* подтверд*
hostage* otage* заручни* заложни*
student* étudiant* студент*
university universities université* fac facs університет* университет* вуз вуза вузе вузы вузов вузах виш виші вишів
column columns colonne* колона колони колону колоною колонн* convoy* convoi*
thermobaric* thermobarique* термобаричн* термобарическ*
leasing* лізинг* лизинг*
spare_parts pièces_détachées запчаст* комплектуюч* комплектующ*
employee* employé* salarié* працівник* працівни* работник* сотрудник* співробітник*
entrepreneur* proprietor* підприєм* предприним* фоп
damage* dommage* dégât* шкод* ущерб* пошкодж* поврежд*
accelerat* speed_up accélér* пришвидш* прискор* ускор*
congratulat* félicit* поздоровл* поздоров* поздрав* вітаю
verdict* sentenced condamné* вирок* приговор*
engine engines moteur* двигун* двигат*
vehicle* véhicule* blindé* armour armor armoured armored бронетехн* техніка техніки техніку технікою техника техники технику машин*
airborne aéroporté* parachutiste* paras paratroop* десант* вдв
division divisions дивізі* дивизи*
corps корпус*
naval navale* navals морськ* морск* вмс вмф
depot* dépôt* склад складів складах склади складу складом
pressure pression* тиск* давлен*
criticism criticis* criticiz* critics critiqu* критикува* критикова* критик* критику* дорік* докор* упрек* упрекал*
telegram телеграм*
iaea aiea магате магатэ
opposition opposition* опозиц* оппозиц*
colonel colonel* полковник*
soviet soviéti* радянськ* советск* срср ссср
family families famille* сімей семья семьи семей семьям семье семью семьёй семьей семьями сімʼя сімʼї сімʼю сімʼєю сімʼям сімʼями
industrial industri* промислов* промышлен*
strategic* stratégi* стратегі* стратеги*
precision précision* високоточн* высокоточн*
forecast* prévision* прогноз*
infantry infanterie піхот* пехот*
motorized motorised motoris* мотостріл* мотострел* мотопіх* мотопех*
rifle rifles fusil* стрілец* стрелков*
rear arrière* тил тилу тилі тилах тылу тыл тылах тылы
consolidat* consolid* закріп* закреп*
successful* success* succès réussi* успіш* успеш* успіх* успех*
unsuccessful* échou* infructueu* безуспішн* безуспешн* невдал* неудачн*
limited limité* обмежен* огранич*
effort efforts зусилл* зусил* усили* усилия
likely probabl* ймовірн* вероятн* мабуть
geolocat* géolocalis* геолокац* геолокова*
reservoir* réservoir* водосховищ* водохранилищ*
frozen freezing gel gelé* мороз* замерз* подмерз* підмерз*
mud muddy boue boueu* бруд* грязь грязи грязью распутиц* бездоріж* бездорож*
weather météo* погода погоди погоду погодні погодн* погоды погодой
embass* ambassade* посольств*
right_bank west_bank rive_droite правобереж* правий_берег правого_берега правому_березі правый_берег правом_берегу
left_bank east_bank rive_gauche лівобереж* левобереж* лівий_берег лівого_берега лівому_березі левый_берег левого_берега левом_берегу
g7 group_of_seven велик*_сімк* больш*_семерк*
range* portée distance* дальніст* дальност* відстан* расстояни* дистанц*
allocat* alloué* allouer виділи* виділя* выдели* выделя*
special_military_operation special_operation спецоперац* opération_militaire_spéciale
bridgehead* плацдарм*
pause* пауз*
customs douane* митн* таможн*
sailor* marin marins моряк* матрос*
factory factories usine* завод* фабрик*
flag flags drapeau* прапор прапора прапором прапори прапорів флаг флага флагом флаги флагов
tranche* транш*
sham pseudo псевдо* bogus fictiti* фіктивн* фиктивн*
dozens dozen dizaines douzaine* десятки десятків десятков дюжин*
redeploy* relocat* transfer* redéploy* transfér* перекид* перекин* переброс* передислок*
christmas noël різдв* рождеств*
parade parades défilé* парад*
barrack* caserne* казарм*
proxy proxies прокси проксі
candidacy candidate* candidat* кандидатств* кандидат*
city_hall town_hall mairie* мерія мерії мерію мэрия мэрии мэрию
smoke fumée* дим диму димом дым дыма дымом
disaster* catastroph* désastre* катастроф* бедстви*
resembl* similar* look_like looks_like looked_like ressembl* схож* похож*
passport* passeport* паспорт*
questionnaire* анкет*
omit* omission* omet omettent omis omise left_out leave_out leaves_out exclud* exclure exclu exclue exclus виключи* виключа* исключи* исключа*
fired firing tiré tirés tirée tirées tirer выпустил* выпущен* випустил* випустив випущен* запустил* запустив запущен*
prison prisons jail* тюрм* тюрьм* вʼязниц* исправительн* виправн*
office offices офіс* офис*
sell sells selling sold vendre vend vendu* vendent прода*
morning mornings matin matinée ранок ранку вранці уранці утро утра утром утренн*
mutiny mutinies mutin* rebellion* rébellion* revolt* révolt* uprising* insurrection* мятеж* заколот* бунт* повстан* восстан*
flee flees fled fleeing fui fuir fuient fuite* втік втекл* втекти втеча втечу тікали тікають бежал* бежав* бегств* сбежал* сбежавш*
buy buys bought buying purchas* achet* acquisition* купи* купу* купів* закуп* придба* выкуп* викуп*
role roles rôle* роль ролі роллю роли ролью
touris* турист*
network* réseau* мереж* сеть сети сетью сетей
procedur* procédur* процедур*
national nationale nationaux nationales національн* национальн*
drop dropped dropping largu* скида* скину* скинул* сбрасыва* сброси* сбросил*
dismantl* démant* démont* розібра* розбира* розбер* разобра* разбира* разбер* демонт*
achiev* reach reached reaches reaching attein* atteign* досяг* достиг* достич* досягн*
coerc* compel* contraign* contraint* змуш* змус* примуш* заставля* заставил* заставит* заставят
eib bei єіб еиб european_investment_bank європейськ*_інвестиційн*_банк* европейск*_инвестиционн*_банк*
"""

# Countries other than the two at war. A question that names one asks about that country, and
# a sentence that does not name it (nor its article's title) does not answer it: "how many
# north korean soldiers are fighting in the kursk region?" was answered with Kursk's fighting
# (`search.names_the_models_and_countries`).
COUNTRIES = """
belarus* biélorus* білорус* белорус*
germany german* allemagne* allemand* німеччин* німецьк* германи* немецк*
france french français* française* франці* франции францу* франц*
britain british brits UK britanni* британі* британи* британськ* британск* великобритан* брити бритів бритам бритами
usa US america* american* américain* amérique* сша америк* united_states états_unis сполучені_штати соединенные_штаты
poland polish pologne polonais* польщ* польськ* польш* польск*
turkey turkish turquie turc турецьк* турц* туреччин*
china chinese chine chinois* китай* китаї китае*
india* inde індія індії індію індією индия индии индию индией
israel* ізраїл* израил*
iran* іран* иран*
korea* corée* coréen* корея кореї корею кореи корейськ* корейск* північнокорейськ* северокорейск* кндр
switzerland swiss suisse* швейцар*
armenia* arménie arménien* вірмен* армен*
finland* finlande* фінлянд* финлянд*
sweden* suède* швеці* швеци*
italy* italie* італі* итали*
japan* japon* японі* япони*
moldova* moldavie* молдов*
georgia* géorgie* грузія грузії грузію грузією грузия грузии грузию грузией
syria* syrie* сирі* сири*
africa* afrique* африк*
"""

# Weapon systems by their names. As with a country, a sentence that does not name the one a
# question names is about another: "what's the range of the HIMARS rockets ukraine got from
# the US?" was answered with a list of rocket systems, "Скільки танків Leopard Німеччина
# пообіцяла передати Україні?" with Germany's grenade launchers. Only names that are no common
# word in a language of the library (not "Точка", point; not "калибр", calibre).
MODELS = """
stinger* стінгер* стингер*
javelin* джавелін* джавелин*
himars* хаймарс* хімарс*
leopard* леопард*
bayraktar* байрактар*
nlaw* нлав*
patriot* петріот* пэтриот*
abrams абрамс*
atacms атакмс*
storm_shadow шторм_шедоу
iskander* іскандер* искандер*
kalibr*
kinzhal* кинджал* кинжал*
bradley* бредлі брэдли
marder* мардер*
challenger* челленджер*
gepard* гепард*
nasams насамс*
caesar* цезар*
lancet* ланцет*
starlink* старлінк* старлинк*
neptune* нептун*
zircon* циркон*
oreshnik* орешник* орєшник*
"""

# Places and people. Their stems are compared whole, not by their first five letters as the
# vocabulary's are: a name's first letters begin other names ("Zelensky" and Zelenopillia,
# Chernihiv and Chernobyl, Crimea and "crimes"), and a name's forms inflect after its stem.
NAMES = """
moscow moscou москв*
kremlin* кремл*
kyiv kiev kyjiw київ* киев*
kharkiv kharkov харків* харков* харьков*
mariupol* marioupol* маріупол* мариупол*
zaporizhzhia* zaporizh* zaporijia* zaporozh* запоріж* запоріз* запорож*
kherson* херсон*
odesa odessa одес* одещин*
donbas* donbass* донбас*
donetsk* донецьк* донецк* донеччин* донетчин*
luhansk* lugansk* louhansk* луганськ* луганск* луганщин*
crimea* crimée* крим криму кримом кримськ* крым крыма крыму крымом крыме крымск*
chernobyl* chornobyl* tchernobyl* чорнобил* чернобыл*
chernihiv* chernigov* tchernihiv* черніг* чернигов*
sumy суми сумах сумщин* сумськ* сумск*
kursk* koursk* курськ* курск* курщин*
belgorod* бєлгород* білгород* белгород*
azovstal* азовстал*
volnovakha* волновах*
bucha* boutcha* буч*
irpin* irpen* ірпін* ірпен* ирпен*
hostomel* gostomel* гостомел*
lviv lvov львів* львов*
dnipro* dnipropetrovsk* dnieper* dniepr* дніпр* днепр*
mykolaiv* mykolayiv* nikolaev* nikolayev* mykolaïv* миколаїв* миколаєв* николаев*
bakhmut* bakhmout* artemivsk* artemovsk* бахмут* артемівськ* артемовск*
avdiivka* avdeevka* avdiïvka* авдіївк* авдеевк*
makiivka* makeevka* makiïvka* макіївк* макеевк*
vuhledar* ugledar* vouhledar* вугледар* угледар*
izyum* izium* izioum* ізюм* изюм*
sievierodonetsk* severodonetsk* sieverodonetsk* severdonetsk* sjevjerodonetsk* сєвєродонецьк* северодонецк*
lysychansk* lisichansk* lyssytchansk* лисичанськ* лисичанск*
kramatorsk* краматорськ* краматорск*
sloviansk* slovyansk* slavyansk* словʼянськ* славянск*
kreminna* kremennaya* кремінн* кременн*
enerhodar* energodar* énergodar* енергодар* энергодар*
melitopol* мелітопол* мелитопол*
berdiansk* berdyansk* бердянськ* бердянск*
kupiansk* kupyansk* koupiansk* купʼянськ* купянск*
horlivka* gorlovka* горлівк* горловк*
sevastopol* sébastopol* севастопол*
soledar* соледар*
popasna* popasnaya* попасн*
olenivka* olenovka* оленівк* оленовк*
rostov* ростов*
chechen* chechnya* tchétchén* чечен* чечн*
wagner* вагнер*
lyman* liman* лиман*
kakhovka* kakhovsk* каховк*
istanbul* стамбул*
geneva* genève* женев*
warsaw* varsovie* варшав*
vienna* vienne* відень відня відні вена вены вене вену
beijing* pékin* пекін* пекин*
brussels* bruxelles* брюссел*
tehran* téhéran* тегеран*
zelensky* zelenskyy* zelenskiy* zelenski* зеленськ* зеленск* зеля зелі зелю zelya
putin* poutine* путін* путин*
shoigu* choïgou* шойгу
lavrov* лавров*
peskov* песков*
scholz* шольц*
macron* макрон*
erdogan* erdoğan* ердоган* эрдоган*
biden* байден*
guterres* гутерреш* гутерриш*
zaluzhnyi* zaluzhny* zaloujny* залужн*
budanov* boudanov* буданов*
syrskyi* syrsky* syrskiy* syrski* сирськ* сырск*
surovikin* sourovikine* суровікін* суровикин*
gerasimov* guerassimov* герасимов*
kadyrov* кадиров* кадыров*
prigozhin* prigojine* пригожин*
reznikov* резніков* резников*
kuleba* kouleba* кулеб*
yermak* iermak* єрмак* ермак*
podolyak* podoliak* подоляк*
shmyhal* chmyhal* шмигал* шмыгал*
vereshchuk* vereschuk* verechtchouk* верещук*
klitschko* klitchko* кличк*
medvedev* medvedeev* медведєв* медведев*
medvedchuk* медведчук*
zakharova* захаров*
lukashenko* loukachenko* лукашенк* лукаш бацька бацьки
stoltenberg* столтенберг*
grossi* гроссі* гросси*
blinken* блінкен* блинкен*
stremousov* стремоусов*
pushilin* pouchiline* пушилін* пушилин*
girkin* guirkine* гіркін* гиркин*
draghi* драгі драги
johnson* джонсон*
leyen* ляєн* ляен* ляйен*
orban* orbán* орбан*
borrell* боррел*
"""
