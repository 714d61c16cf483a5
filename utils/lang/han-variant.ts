/**
 * Simplified vs Traditional Chinese.
 *
 * Both are written in Han characters, and franc has no model for the difference, so Diglot counts characters that
 * exist in only one of the two forms. The list below was written for Diglot: common characters whose simplified form
 * differs from the traditional one, in matching order (position i of SIMPLIFIED is written as position i of
 * TRADITIONAL). Characters shared by both forms say nothing and are ignored.
 */

import { HAN_LEAD_SIMPLIFIED, HAN_LEAD_TRADITIONAL } from './han-lead';

const SIMPLIFIED = [
  HAN_LEAD_SIMPLIFIED,
  '队阳际陆难电页须领题风飞马鱼鸟黄龙区医华单卖历压县参双变叶号听员团围图场坏声处备头夺奋妇学实宝审宪导将尔尽层岁币师带帮广',
  '庆应库张弹归录总恶战执扩报择担拥换据无旧显术机杀权条杨极构标树桥检欢气没沟济测满灯灵点炼热爱牵状独狱猪环产亲众优价体侧儿',
  '党兰农决冲况净准则刚创别剧办务劳势协卫厂厅吗启响园坚块坛墙奖妈孙宁寻尘尝岛峡庄废异弃态怀忆恋惊惯戏护拟拨挂挤挥损摄摆敌数',
  '断昼晓暂杂杰枪柜栏档梦楼横欧歼残毕汇汉汤沪泪洁浅浓涨湾湿滚滨灭灾炉烂焕爷犹狮猎猫献玛画畅疗疯盖监盘矿码础确礼祸离种积称稳',
  '穷竞笔签简类粮紧红约级纪纯纲纳纸线练组细织终绍结绕给络统继绩续维综绿缓编缩网罗罚职联聪肃胜脑脸舰艺节范获药莱营虽补装观规',
  '视览觉计讨训讯讲许访评诉词译试诗诚询详误诸课谋谢贝负财责败货质购贯贵贷费贸资赏赔赛赞赵赶跃践轨军轮软载辆辑输辞辽迁迈违迟',
  '适递逻遗邓邮邻郑释钟钢铜铺链销锁锋键镇闭闹阅阴阵阶陈险随隐雾静韩顶项顺顾顿预频颜额饭饮馆驱验骑鲁鸡麦齐龄丝严丧丰临丽举义',
  '乌乐乔习乡买乱争亏亚亿仅从仓仪伞伟传伤伦伪侦侨债倾偿储兴养兽写冯冻凉减凤凭凯击刘删剑劝励劲卢却厉厌叙叹吓吕吨吴呜哗唤喷嘱',
  '圆圣坝坠垄垦壮壳壶够夸夹妆娱婴宠宽宾寿尧届属岗岭帅帐帘庙庞弥弯当彻径忧怜恳恼悦悬惧惨惩愤懒扑扫扬扰抚抢拦挡挣捞捡掷揽搁搅',
  '携摇撑斋旷晋晒晕枢枣枫栋樱殴氢沥沦沧泻泼泽洒浆浇浊浑涌涛润渊渐渔渗溃滤滥滩潜灿烛烦烧烫狭玺琐疮痒瘫皱盐睁瞒矫砖碍祷秃窃窝',
  '竖笼筛篮粪纠纤纬纱纵纷纹纺驴绅绑绒绘绝绢绣绪绳绵缀缅缆缘缚缝缠缴罢聋肠肤肾肿胀胁胶脚脱腊舆舱艰芜芦苍苏茎荐荡荣莲萧萨蓝虏',
  '虑虚虫蚀蚕蛮蜡衬袜袭裤誉订讳讶讽诀诈诊诞诱诺谅谊谎谐谓谣谦谨谱贞贡贤账贩贪贫贴贺赋赌赐赖赚赠赢趋踪轩轰轿辅辈辉迹逊钓钙钞',
  '钥钦钩钻铃铅铭铸锅锐锡锤锦锯镜闪闯闷闸阀阁阐陕隶韦韧顽颁颂颇颗颠颤飘饥饰饱饲饼馈驰驳驶驻驾骂骄骆骗骚骤鲜鸣鸭鸽鹅鹰齿龟',
].join('');

const TRADITIONAL = [
  HAN_LEAD_TRADITIONAL,
  '隊陽際陸難電頁須領題風飛馬魚鳥黃龍區醫華單賣歷壓縣參雙變葉號聽員團圍圖場壞聲處備頭奪奮婦學實寶審憲導將爾盡層歲幣師帶幫廣',
  '慶應庫張彈歸錄總惡戰執擴報擇擔擁換據無舊顯術機殺權條楊極構標樹橋檢歡氣沒溝濟測滿燈靈點煉熱愛牽狀獨獄豬環產親眾優價體側兒',
  '黨蘭農決衝況淨準則剛創別劇辦務勞勢協衛廠廳嗎啟響園堅塊壇牆獎媽孫寧尋塵嘗島峽莊廢異棄態懷憶戀驚慣戲護擬撥掛擠揮損攝擺敵數',
  '斷晝曉暫雜傑槍櫃欄檔夢樓橫歐殲殘畢匯漢湯滬淚潔淺濃漲灣濕滾濱滅災爐爛煥爺猶獅獵貓獻瑪畫暢療瘋蓋監盤礦碼礎確禮禍離種積稱穩',
  '窮競筆簽簡類糧緊紅約級紀純綱納紙線練組細織終紹結繞給絡統繼績續維綜綠緩編縮網羅罰職聯聰肅勝腦臉艦藝節範獲藥萊營雖補裝觀規',
  '視覽覺計討訓訊講許訪評訴詞譯試詩誠詢詳誤諸課謀謝貝負財責敗貨質購貫貴貸費貿資賞賠賽贊趙趕躍踐軌軍輪軟載輛輯輸辭遼遷邁違遲',
  '適遞邏遺鄧郵鄰鄭釋鐘鋼銅鋪鏈銷鎖鋒鍵鎮閉鬧閱陰陣階陳險隨隱霧靜韓頂項順顧頓預頻顏額飯飲館驅驗騎魯雞麥齊齡絲嚴喪豐臨麗舉義',
  '烏樂喬習鄉買亂爭虧亞億僅從倉儀傘偉傳傷倫偽偵僑債傾償儲興養獸寫馮凍涼減鳳憑凱擊劉刪劍勸勵勁盧卻厲厭敘嘆嚇呂噸吳嗚嘩喚噴囑',
  '圓聖壩墜壟墾壯殼壺夠誇夾妝娛嬰寵寬賓壽堯屆屬崗嶺帥帳簾廟龐彌彎當徹徑憂憐懇惱悅懸懼慘懲憤懶撲掃揚擾撫搶攔擋掙撈撿擲攬擱攪',
  '攜搖撐齋曠晉曬暈樞棗楓棟櫻毆氫瀝淪滄瀉潑澤灑漿澆濁渾湧濤潤淵漸漁滲潰濾濫灘潛燦燭煩燒燙狹璽瑣瘡癢癱皺鹽睜瞞矯磚礙禱禿竊窩',
  '豎籠篩籃糞糾纖緯紗縱紛紋紡驢紳綁絨繪絕絹繡緒繩綿綴緬纜緣縛縫纏繳罷聾腸膚腎腫脹脅膠腳脫臘輿艙艱蕪蘆蒼蘇莖薦蕩榮蓮蕭薩藍虜',
  '慮虛蟲蝕蠶蠻蠟襯襪襲褲譽訂諱訝諷訣詐診誕誘諾諒誼謊諧謂謠謙謹譜貞貢賢賬販貪貧貼賀賦賭賜賴賺贈贏趨蹤軒轟轎輔輩輝跡遜釣鈣鈔',
  '鑰欽鉤鑽鈴鉛銘鑄鍋銳錫錘錦鋸鏡閃闖悶閘閥閣闡陝隸韋韌頑頒頌頗顆顛顫飄飢飾飽飼餅饋馳駁駛駐駕罵驕駱騙騷驟鮮鳴鴨鴿鵝鷹齒龜',
].join('');

const SIMPLIFIED_ONLY = new Set(SIMPLIFIED);
const TRADITIONAL_ONLY = new Set(TRADITIONAL);

export interface HanVariantCounts {
  simplified: number;
  traditional: number;
}

/** How many characters of `text` exist only in the simplified, or only in the traditional, form. */
export function countHanVariants(text: string): HanVariantCounts {
  let simplified = 0;
  let traditional = 0;
  for (const ch of text) {
    if (SIMPLIFIED_ONLY.has(ch)) simplified++;
    else if (TRADITIONAL_ONLY.has(ch)) traditional++;
  }
  return { simplified, traditional };
}

/** `zh-Hant` when traditional-only characters outnumber simplified-only ones, else `zh-Hans` (the commoner form). */
export function hanVariant(text: string): 'zh-Hans' | 'zh-Hant' {
  const c = countHanVariants(text);
  return c.traditional > c.simplified ? 'zh-Hant' : 'zh-Hans';
}

/** The same, for a count already taken. */
export function variantOf(c: HanVariantCounts): 'zh-Hans' | 'zh-Hant' {
  return c.traditional > c.simplified ? 'zh-Hant' : 'zh-Hans';
}

let table: Uint8Array | undefined;

/**
 * The same lists as a lookup by UTF-16 code unit: 1 simplified-only, 2 traditional-only, 0 neither. For callers that
 * already loop over char codes (the page census) and must not build a one-character string per character.
 */
export function hanVariantTable(): Uint8Array {
  if (!table) {
    table = new Uint8Array(0x10000);
    for (const ch of SIMPLIFIED_ONLY) table[ch.charCodeAt(0)] = 1;
    for (const ch of TRADITIONAL_ONLY) table[ch.charCodeAt(0)] = 2;
  }
  return table;
}
