/**
 * 24 function words of every Latin- and Cyrillic-script language Diglot identifies, written for Diglot (see
 * `stopword-more.ts` for the rest of each list and what the lists are for): the 14 commonest, then the commonest
 * words of three letters or more that no other language's list holds.
 *
 * The pre-check runs on every page and carries only these: the commonest words are a fifth of ordinary prose, enough
 * to see which language a paragraph leans to; the words a language owns let the census, which counts only those,
 * see Galician beside Spanish. The parser adds the longer lists, which tell close neighbours apart.
 */
export const STOPWORDS_CORE: Record<string, string> = {
  en: 'the of and to a in is that for it was on with as from his are this have has not but said they',
  de: 'der die das und in den von zu mit sich des auf für ist nicht eine einer einen auch werden dass sie wird sind',
  nl: 'de het een van en in is dat op te zijn met voor er niet maar door wordt worden bij heeft hebben deze werd',
  af: 'die en van in is het nie op te met vir wat sy hulle ons sal word deur oor baie hul teen toe volgens',
  fy: 'de it in en fan yn op mei foar oer troch nei út is binne hawwe wiene sil soe wurdt oant sûnt dizze hjir',
  lb: 'de der den dem an a op vun fir mat ass sinn war waren huet hunn gëtt ginn gouf awer wéi wou wann datt',
  fr: 'de la le et les des à en un une du que qui est dans pour plus elle avec sont été cette ses leur',
  es: 'de la que el en y a los se del las un por con hay también fue muy están porque donde tras durante otros',
  pt: 'de a o que e do da em um para é com não uma ele ela tem muito estão também pelo pela pelos pelas',
  gl: 'o a os as de do da dos das en no na nos nas unha polo pola máis tamén moi cando aos isto iso',
  ast: 'el la los les lo de del en nel na y que un una pal tamién mui dende ente esti cola colos coles dellos',
  ca: 'de la el i a que en els les per un una amb no més però també són seva seves aquest aquests aquestes després',
  oc: 'lo la los las de del dels e que un una amb per pas tanben fòrt quand dempuèi coma aqueste aquò sas èra foguèt',
  it: 'di e il la che in a per un è del non le si sono gli della anche come delle più questo questa degli',
  la: 'et in est non ad cum de ex ab quod qui quae quam sed erat etiam enim autem super apud atque neque nec aut',
  ro: 'de și în la a cu pe că nu se din al ale o care pentru fost lui lor această acest aceste acum după',
  eo: 'la kaj de en al estas estis estos ke kiu kiuj kio por kun antaŭ ankaŭ jam ankoraŭ tre pli plej ĉiuj ĉiu tiu',
  eu: 'eta da ez du dira zen ziren izan dute zuen ere baina edo bat hau hori hura honek horrek bere beren gure haien dago',
  mt: 'il u ta li fi fuq minn ma għal biex huwa hija huma kien kienet mhux wkoll iżda imma meta aktar dawn dak dik',
  sq: 'e të në një dhe i u me për nga që se ka është janë ishte nuk edhe mbi deri tek kjo këto këta',
  sv: 'och i att det som en på är av för med till den har inte ett från vid ska när också hade detta sedan',
  nb: 'og i at det som en på er av for med til den har ble mye vært hva noen noe bare sier blitt uten',
  nn: 'og i at det som ein eit ei på er av for med til ikkje frå vart sidan mykje vere vore deira hennar kva',
  da: 'og i at det som en på er af for med til den har havde mod bliver end meget været hendes hvad nogle noget',
  is: 'og að í á er var sem til með um við af fyrir en ekki það hún þeir þær þau hefur hafa hafði voru',
  fo: 'og at í á er var sum til við um av fyri men ikki tað teir tær tey hevur hava hevði vóru hesin hetta',
  se: 'ja lea leat leai ledje ii eai ean dat das dan dán go ahte muhto maid dál sii mii dii mun dego gal fas',
  fi: 'ja on ei se että oli ovat mutta myös kun jos tai hän he kuin nyt vielä sekä joka jotka mukaan kanssa sitten vain',
  et: 'ja on ei see et oli olid aga ka kui või ta nad me nüüd juba kes mis mille järgi koos vaid sest kõik',
  ga: 'an na agus ar ag i le do de ó go is tá bhí beidh níl siad muid faoi chun lena ina freisin fós',
  gd: 'an na agus air aig ann le do de bho gu is tha bha bidh chan cha airson anns cuideachda fhathast eadar ron dèidh',
  cy: 'y yr a ac ar i o yn mae oedd bydd wedi gan gyda ond neu hefyd nid dim eich nhw chi hyn hynny',
  br: 'ar an al ha hag da e er eus gant war evit ez emañ ket int evel goude abaoe hep dindan betek kalz ivez',
  pl: 'w i z na się nie do to że o jest a od za dla przez oraz był była było były będzie może jego',
  cs: 'a v se na je že s z do o to i k ve jako jsou jen také byl byla bylo byli jsme který',
  sk: 'a v sa na je že s z do o to i k vo ako len bol bola bolo boli sme ktorý ktorá ktoré',
  sl: 'je in da se na za v so ki pa tudi bo bodo ter kot zaradi jih zelo lahko kjer kdaj vendar čeprav ali',
  hr: 'je i da se na za u su koji koja koje ali kao od njezin tijekom tko netko nitko tisuća tisuće jučer sljedeće do',
  bs: 'je i da se na za u su koji koja koje ali kao od do po s sa iz o bio bila bilo bili',
  'sr-Latn': 'je i da se na za u su koji koja koje ali kao od gde posle takođe uvek ovde dve ceo sledeće do po',
  hu: 'a az és hogy nem is egy van volt meg de már csak mint még azt ezt amely amelyek aki akik után előtt között',
  lt: 'ir yra kad su į iš apie per nuo iki po prie be dar tik kaip kai šie jie mes buvo bus būti gali',
  lv: 'un ir ka ar uz no par pie līdz pēc bez vēl jau tikai tas viņš viņa viņi mēs bija būs būt arī ļoti',
  tr: 've bir bu da de ile için olarak olan gibi daha çok en ama ancak ise veya kadar önce göre karşı tarafından üzerinde içinde',
  az: 'və bir bu da də ilə üçün olaraq olan kimi daha çox ən amma lakin isə hər yaxud qədər əvvəl görə qarşı tərəfindən üzərində',
  uz: 'va bilan uchun ham bu bir u esa lekin ammo yoki emas bor edi kabi keyin oldin orqali hamda ular biz siz shu endi',
  vi: 'của và là có trong cho được với các những một này đã không người khi đến theo như tại cũng lại đang nhiều',
  id: 'yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke karena bahwa saat setelah harus sedang pun selama saja meskipun',
  ms: 'yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke kerana boleh bahawa ketika selepas perlu iaitu manakala turut daripada',
  jv: 'lan ing sing ora iku iki kanggo karo saka uga wis bakal ana dadi nanging amarga marang menyang kang yaiku sawise sadurunge nganti isih',
  tl: 'ang ng sa na at mga ay si ni kay ito iyan iyon hindi mayroon kung ngunit dahil nang rin lamang ayon noong ngayon',
  ceb: 'ang sa nga ug og mga si ni kay kini kana kadto dili wala adunay naa apan tungod usab pud niadtong karon ilang iyang',
  war: 'an han ha ngan nga mga hin si ni kan ini ito adto diri waray mayda liwat ira iya nira hira hiya naton amon',
  mg: 'ny sy ary ho an amin tamin izay fa tsy dia ao any tao teo eto izy ireo isika izahay aho mba raha noho',
  sw: 'na ya wa za kwa la katika ni au kwamba lakini pia hiyo huo hizo hii hilo hadi baada kabla bado sasa sana zaidi',
  ha: 'da a na ta ya su ba za zai ce cewa wanda wadda wannan wancan kuma saboda domin daga zuwa game tare bayan kafin',
  so: 'iyo oo ee in ay uu waa wuxuu waxay ka ku u la soo ayaa laakiin sidoo kale kadib ilaa markii maanta shalay berri',
  ht: 'nan ak pou ki li yo te ap pral gen pa sou men tou paske yon mwen kote kòm anpil apre avan pandan jis',
  ru: 'и в не на что с по это как к из у о за она они все его был были будет быть также только',
  uk: 'і й в у не на що з із по це як до від він вона вони всі його був було були буде бути',
  be: 'і ў у не на што з па гэта як да ад для жа яна яны усе яго быў былі будзе быць таксама ўжо',
  bg: 'и в на не се за от с да че е са по как това той бъде също вече още след във със отколкото',
  mk: 'и во на не се за од со да дека е по како ова тој таа тие беа биде исто веќе уште меѓу отколку',
  sr: 'је и да се на за у су који која које али као од био било већ тај његов њен њихов тако веома мора',
  kk: 'және мен бен пен да де та те бұл ол осы сол бір үшін туралы бойынша кейін дейін арқылы қарай бірақ алайда немесе емес',
  ky: 'жана менен да дагы бул ал ушул бир үчүн жөнүндө боюнча кийин чейин аркылуу карай бирок эмес жок эле болду болуп болсо болот деди',
  tt: 'һәм белән дә да тә та бу ул шушы шул бер өчен турында буенча соң кадәр аша таба ләкин әмма яки түгел иде булды',
  tg: 'ва дар аз ба бо барои ки ин он аст буд мешавад шуд шудааст намебошад аммо вале пас баъд ҳам ҳар ҳама чун агар',
  mn: 'болон ба нь юм байна байсан байгаа гэж гэсэн энэ тэр бол ч л мөн гэвч харин дээр дотор хойш өмнө бүх олон нэг',
  min: 'nan jo di ka dari untuak indak alah ado iko tu dek pado dalam urang inyo juo sajo sarupo tapi kok bana baliau awak',
};

/**
 * Words that only one language's commonest words above hold but another language's full list also holds (German `hat`
 * is past the first 24 of German and among the first of Frisian): the census, which counts the words one language
 * alone owns, must not take them for that language's own. A unit test checks this list against the full lists.
 */
export const SHARED_BEYOND_CORE =
  'ale amma ana ao au ba be bez bila bili bilo bio ce com con cum dar dels dem dia din dos een ein eta ' +
  'fi gan han he ho iz jau jo jos kad kan kini ku lan ma nad nei nel nos nu ny och os par para pas pe ' +
  'sed sem sinn so sou tai tu tá va waren was wat zu à é és али во де для до из која мен о он от са со ' +
  'те';
