import { STOPWORDS_LEAD } from './stopword-lead';

/**
 * 30 function words of every Latin- and Cyrillic-script language Diglot identifies, written for Diglot (see
 * `stopword-more.ts` for the rest of each list and what the lists are for): the 20 commonest, then the commonest
 * words of three letters or more that no other language's list holds. The first few of the words a language owns are
 * kept apart in `stopword-lead.ts` (the always-loaded glance carries only those); `REST` holds the others.
 *
 * The pre-check runs on every page and carries only these: the commonest words are a fifth of ordinary prose, enough
 * to see which language a paragraph leans to; the words a language owns let the census, which counts only those,
 * see Galician beside Spanish. The parser adds the longer lists, which tell close neighbours apart.
 */
const REST: Record<string, string> = {
  en: 'of to a in is for it was on as by he at were which their',
  de: 'der die das in den zu des im dem ein sie wird sind wurden über zum',
  nl: 'de het een van en in is dat op te met er aan ook zou zij',
  af: 'die en van in is het nie op te met wat sy ook was dat hierdie word toe',
  fy: 'de it in en yn op nei út is hat wie hjir dêr wêr wannear tige fan mei oer',
  lb: 'de der den dem an a op sinn war waren net deen déi dës dësen hien fir mat ass',
  fr: 'de la le et les des à en un du que qui est pas sur au par plus',
  es: 'de la que el en y a se del un por con no una su para es al hay',
  pt: 'de a o que e do da em um para é com os no se na por mais',
  gl: 'o a os as de do da dos das en no na nos e que un con por polo iso',
  ca: 'de la el i a que en les per un una no es del al com',
  it: 'di e il la in a per un è del non le si una con da al come',
  la: 'et in est non ad cum de ex ab qui sed ut sunt esse haec hoc super',
  ro: 'de și în la a cu pe că nu se din al ale o un este sunt care',
  eo: 'la de en al ke por kun sur pri el ĉe per post ĉiuj ĉiu tiu jam tre',
  eu: 'eta da ez du horrek bere beren gure haien dago daude egon egin egiten izango ditu bat ere zen',
  mt: 'il u ta li fi ma se ser aktar dawn dak dik ukoll anki kif fejn meta',
  sq: 'e të në i u me që se ka do por këta ajo ato tij tyre',
  sv: 'och i det som en på är av med den har de om han hon där till',
  nb: 'og i at det som en på er av for med til den har de om et han hun bare',
  is: 'og að í á er var sem til um við af en hann þessi þetta þegar',
  fo: 'og at í á er var til við um av men hann hon ella eisini nógv sum',
  se: 'ja ii dat das dan go son mun dego gal fas buot ollu eanet maŋŋel ovdal lea maid',
  fi: 'ja on ei se oli kun jos tai he me te vain koska kaikki tämä tämän',
  et: 'ja on ei et oli ka ta nad me te veel sest kõik seda selle selles see',
  ga: 'an na agus ar ag i le do de ó go is tá ní nach a sé',
  gd: 'an na agus le do de gu is nach a e ron dèidh thuirt bhon ris air ann',
  cy: 'y yr a ac ar i o yn gan am fel hynny sydd byddai roedd dros dim mae',
  br: 'ar an al ha da e er war ez eo zo a ne bet ivez bremañ hag int',
  pl: 'w i z na nie do to że o a od za po jak ale które',
  cs: 'a v se na je že s z do o to i k ve za by pro po ale',
  sk: 'a v sa na je že s z do o to i k vo za by po ale pre',
  sl: 'je in da se na za v so ki pa bo ali še ko pri med od do ter',
  hr: 'je i da se na za u su ali od do po s sa iz o',
  hu: 'a az és is van de ki be le el fel akik után előtt között szerint mint',
  lt: 'ir kad su į iš per po be dar jau bet o ar gali reikia taip bus',
  lv: 'un ir ka ar uz no par bez jau bet vai kā kad tā ļoti daudz pie tas',
  tr: 've bir bu da de olan daha en ki ne her şu üzerinde içinde değil yok',
  az: 'və bir bu da də olan daha ən amma ki nə o üzərində içində deyil yox',
  uz: 'va bu bir u hamda ular biz siz shu endi hali juda barcha qilib qildi qilish ham bor',
  vi: 'và là có đã từ như tại cũng lại đang nhiều năm trên vào hơn nhưng',
  id: 'dan di ke sudah bisa mereka bahwa saat setelah harus sedang pun selama saja meskipun diperkirakan yang ada',
  tl: 'ng sa na at ay si ni para pero lamang ayon noong ngayon kanilang kaniyang kanyang may kay rin',
  mg: 'ny sy ho an fa dia ao mba raha noho koa satria saingy nefa rehetra efa any ary tao',
  sw: 'na ya wa za la ni au kuwa ili sasa sana zaidi kama wakati ambao ambayo',
  ha: 'da a na ta ya su ba za ce amma kafin lokacin yanzu yau sun shi game tare',
  so: 'oo ee in ay uu ka ku u la ah aan berri ahaa yahay tahay yihiin soo kale',
  ht: 'ak ki li yo te ap pa sou men lè sa la pandan jis ankò toujou nan gen lan tou',
  ru: 'и в не на с по как к из у о за от для же но он',
  uk: 'і й в у не на що з із по це як до для же але',
  be: 'і ў у не на з па як да ад для жа але ён пры пасля',
  bg: 'и в на не се за от с да че е са по как но тя те бе',
  mk: 'и во на не се за од со да е по но беше каде кој кои',
  sr: 'је и да се на за у су која али од до по с са из о',
  kk: 'мен да де та те ол бірақ алайда немесе емес жоқ еді болды болып болса болады',
  ky: 'да ал же эмес жок бар эле болду болуп болсо болот деди сыяктуу эми өтө бардык',
  tt: 'дә да тә та бу ул яки түгел иде булды булып булса дип диде кебек тагын',
  tg: 'ва аз ба бо ки ин он то ҳама чун агар вақте онҳо шумо ман вай',
  mn: 'ба нь юм ч л хойш өмнө бүх олон нэг хоёр өөр тул учир зэрэг буюу',
};

export const STOPWORDS_CORE: Record<string, string> = Object.fromEntries(
  Object.entries(REST).map(([lang, words]) => [lang, `${STOPWORDS_LEAD[lang] ?? ''} ${words}`.trim()]),
);

/**
 * Words that only one language's commonest words above hold but another listed language's full list also holds (German `hat`
 * is past the first 24 of German and among the first of Frisian): the census, which counts the words one language
 * alone owns, must not take them for that language's own. A unit test checks this list against the full lists.
 */
export const SHARED_BEYOND_CORE =
  'am ao ba bez ce cum dar dia din dos een ein esse este eta fi gan ha hat her ho hun ili iz jak jos ko ' +
  'ku kuwa ma mais nad nei net nos nu ny och pas pe pero post pro sed sem ser sinn so son sou tai tá ut ' +
  'va vai veel waren wat wie zu à é és али бар бе беше во де која мен со то';
