/**
 * 30 function words of every Latin- and Cyrillic-script language Diglot identifies, written for Diglot (see
 * `stopword-more.ts` for the rest of each list and what the lists are for): the 20 commonest, then the commonest
 * words of three letters or more that no other language's list holds.
 *
 * The pre-check runs on every page and carries only these: the commonest words are a fifth of ordinary prose, enough
 * to see which language a paragraph leans to; the words a language owns let the census, which counts only those,
 * see Galician beside Spanish. The parser adds the longer lists, which tell close neighbours apart.
 */
export const STOPWORDS_CORE: Record<string, string> = {
  en: 'the of and to a in is that for it was on with as by he at from his are this have has not but said they were which their',
  de: 'der die das und in den von zu mit sich des auf für ist im dem nicht ein eine einer einen auch werden dass sie wird sind wurden über zum',
  nl: 'de het een van en in is dat op te zijn met voor er niet aan ook maar door wordt worden bij heeft hebben deze werd naar zal zou zij',
  af: 'die en van in is het nie op te met vir wat sy hulle ons ook was sal word dat deur oor baie hul teen toe volgens reeds weer hierdie',
  fy: 'de it in en fan yn op mei foar oer troch nei út is binne hat hawwe wie wiene sil soe wurdt oant sûnt dizze hjir dêr wêr wannear tige',
  lb: 'de der den dem an a op vun fir mat ass sinn war waren huet hunn gëtt ginn gouf net awer wéi wou wann datt deen déi dës dësen hien',
  fr: 'de la le et les des à en un une du que qui est dans pour pas sur au par plus elle avec sont été cette ses leur leurs aux',
  es: 'de la que el en y a los se del las un por con no una su para es al hay también fue muy están porque donde tras durante otros',
  pt: 'de a o que e do da em um para é com não uma os no se na por mais ele ela tem muito estão também pelo pela pelos pelas',
  gl: 'o a os as de do da dos das en no na nos nas e que un unha con por polo pola máis tamén moi cando aos isto iso súa',
  ca: 'de la el i a que en els les per un una amb no es del al com més però també són seva seves aquest aquests aquestes després abans perquè',
  it: 'di e il la che in a per un è del non le si una con da sono gli al della anche come delle più questo questa degli dal dalla',
  la: 'et in est non ad cum de ex ab quod qui quae quam sed ut sunt erat esse etiam enim autem super apud atque neque nec aut hic haec hoc',
  ro: 'de și în la a cu pe că nu se din al ale o un mai care pentru este sunt fost lui lor această acest aceste acum după prin iar',
  eo: 'la kaj de en al estas estis estos ke kiu kiuj kio por kun sur pri el ĉe per post antaŭ ankaŭ jam ankoraŭ tre pli plej ĉiuj ĉiu tiu',
  eu: 'eta da ez du dira zen ziren izan dute zuen ere baina edo bat hau hori hura honek horrek bere beren gure haien dago daude egon egin egiten izango ditu',
  mt: 'il u ta li fi fuq minn ma għal biex huwa hija huma kien kienet se ser mhux wkoll iżda imma meta aktar dawn dak dik ukoll anki kif fejn',
  sq: 'e të në një dhe i u me për nga që se ka është janë ishte do nuk por edhe mbi deri tek kjo këto këta ajo ato tij tyre',
  sv: 'och i att det som en på är av för med till den har de inte om ett han hon från vid ska när också hade detta sedan här där',
  nb: 'og i at det som en på er av for med til den har de ikke om et han hun ble mye vært hva noen noe bare sier blitt uten',
  is: 'og að í á er var sem til með um við af fyrir en ekki það hann hún þeir þær þau hefur hafa hafði voru sinni þess þessi þetta þegar',
  fo: 'og at í á er var sum til við um av fyri men ikki tað hann hon teir tær tey hevur hava hevði vóru hesin hetta hesi ella eisini nógv',
  se: 'ja lea leat leai ledje ii eai ean dat das dan dán go ahte muhto maid dál son sii mii dii mun dego gal fas buot ollu eanet maŋŋel ovdal',
  fi: 'ja on ei se että oli ovat mutta myös kun jos tai hän he me te kuin nyt vielä sekä joka jotka mukaan kanssa sitten vain koska kaikki tämä tämän',
  et: 'ja on ei see et oli olid aga ka kui või ta nad me te nüüd veel ning juba kes mis mille järgi koos vaid sest kõik seda selle selles',
  ga: 'an na agus ar ag i le do de ó go is tá bhí beidh níl ní nach a sé siad muid faoi chun lena ina freisin fós anois inniu',
  gd: 'an na agus air aig ann le do de bho gu is tha bha bidh chan cha nach a e airson anns cuideachda fhathast eadar ron dèidh thuirt bhon ris',
  cy: 'y yr a ac ar i o yn mae oedd bydd wedi gan gyda am fel ond neu hefyd nid dim eich nhw chi hyn hynny sydd byddai roedd dros',
  br: 'ar an al ha hag da e er eus gant war evit ez emañ eo zo a ne ket bet int evel goude abaoe hep dindan betek kalz ivez bremañ',
  pl: 'w i z na się nie do to że o jest a od za po jak ale dla przez oraz był była było były będzie może jego który która które',
  cs: 'a v se na je že s z do o to i k ve za by pro jako po ale jsou jen také byl byla bylo byli jsme který která',
  sk: 'a v sa na je že s z do o to i k vo za by pre ako po ale len bol bola bolo boli sme ktorý ktorá ktoré ktorí',
  sl: 'je in da se na za v so ki pa tudi bo bodo ter kot ali še ko zaradi pri jih zelo lahko kjer kdaj vendar čeprav med od do',
  hr: 'je i da se na za u su koji koja koje ali kao od do po s sa iz o njezin tijekom tko netko nitko tisuća tisuće jučer sljedeće bio',
  hu: 'a az és hogy nem is egy van volt meg de már csak mint még ki be le el fel azt ezt amely amelyek aki akik után előtt között szerint',
  lt: 'ir yra kad su į iš apie per nuo iki po prie be dar jau tik bet o ar kaip kai šie jie mes buvo bus būti gali reikia taip',
  lv: 'un ir ka ar uz no par pie līdz pēc bez vēl jau tikai bet vai kā kad tas tā viņš viņa viņi mēs bija būs būt arī ļoti daudz',
  tr: 've bir bu da de ile için olarak olan gibi daha çok en ama ancak ise ki ne her şu veya kadar önce göre karşı tarafından üzerinde içinde değil yok',
  az: 'və bir bu da də ilə üçün olaraq olan kimi daha çox ən amma lakin isə ki nə hər o yaxud qədər əvvəl görə qarşı tərəfindən üzərində içində deyil yox',
  uz: 'va bilan uchun ham bu bir u esa lekin ammo yoki emas bor edi kabi keyin oldin orqali hamda ular biz siz shu endi hali juda barcha qilib qildi qilish',
  vi: 'của và là có trong cho được với các những một này đã không người khi đến từ theo như tại cũng lại đang nhiều năm trên vào hơn nhưng',
  id: 'yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke karena oleh ada sudah bisa mereka bahwa saat setelah harus sedang pun selama saja meskipun diperkirakan',
  tl: 'ang ng sa na at mga ay si ni kay ito iyan iyon hindi may mayroon para kung pero ngunit dahil nang rin lamang ayon noong ngayon kanilang kaniyang kanyang',
  mg: 'ny sy ary ho an amin tamin izay fa tsy dia ao any tao teo eto izy ireo isika izahay aho mba raha noho koa satria saingy nefa rehetra efa',
  sw: 'na ya wa za kwa la katika ni au kwamba lakini pia hiyo huo hizo hii hilo kuwa ili hadi baada kabla bado sasa sana zaidi kama wakati ambao ambayo',
  ha: 'da a na ta ya su ba za zai ce cewa wanda wadda wannan wancan kuma amma saboda domin daga zuwa game tare bayan kafin lokacin yanzu yau sun shi',
  so: 'iyo oo ee in ay uu waa wuxuu waxay ka ku u la soo ayaa ah aan laakiin sidoo kale kadib ilaa markii maanta shalay berri ahaa yahay tahay yihiin',
  ht: 'nan ak pou ki li yo te ap pral gen pa sou men tou paske lè sa yon la lan mwen kote kòm anpil apre avan pandan jis ankò toujou',
  ru: 'и в не на что с по это как к из у о за от для же но он она они все его был были будет быть также только еще',
  uk: 'і й в у не на що з із по це як до від для же але він вона вони всі його був було були буде бути також вже тільки',
  be: 'і ў у не на што з па гэта як да ад для жа але ён яна яны усе яго быў былі будзе быць таксама ўжо толькі яшчэ пры пасля',
  bg: 'и в на не се за от с да че е са по как това но той тя те бе бъде също вече още след във със отколкото когато където',
  mk: 'и во на не се за од со да дека е по како ова но тој таа тие беше беа биде исто веќе уште меѓу отколку кога каде кој кои',
  sr: 'је и да се на за у су који која које али као од до по с са из о био било већ тај његов њен њихов тако веома мора',
  kk: 'және мен бен пен да де та те бұл ол осы сол бір үшін туралы бойынша кейін дейін арқылы қарай бірақ алайда немесе емес жоқ еді болды болып болса болады',
  ky: 'жана менен да дагы бул ал ушул бир үчүн жөнүндө боюнча кийин чейин аркылуу карай бирок же эмес жок бар эле болду болуп болсо болот деди сыяктуу эми өтө бардык',
  tt: 'һәм белән дә да тә та бу ул шушы шул бер өчен турында буенча соң кадәр аша таба ләкин әмма яки түгел иде булды булып булса дип диде кебек тагын',
  tg: 'ва дар аз ба бо барои ки ин он аст буд мешавад шуд шудааст намебошад аммо вале пас баъд то ҳам ҳар ҳама чун агар вақте онҳо шумо ман вай',
  mn: 'болон ба нь юм байна байсан байгаа гэж гэсэн энэ тэр бол ч л мөн гэвч харин дээр дотор хойш өмнө бүх олон нэг хоёр өөр тул учир зэрэг буюу',
};

/**
 * Words that only one language's commonest words above hold but another listed language's full list also holds (German `hat`
 * is past the first 24 of German and among the first of Frisian): the census, which counts the words one language
 * alone owns, must not take them for that language's own. A unit test checks this list against the full lists.
 */
export const SHARED_BEYOND_CORE =
  'am ao ba bez ce cum dar dia din dos een ein esse este eta fi gan ha hat her ho hun ili iz jak jos ko ' +
  'ku kuwa ma mais nad nei net nos nu ny och pas pe pero post pro sed sem ser sinn so son sou tai tá ut ' +
  'va vai veel waren wat wie zu à é és али бар бе беше во де која мен со то';
