/**
 * The commonest characters that exist only in the simplified, or only in the traditional, form of Chinese: the first
 * row of each list in `han-variant.ts` (position i of one is written as position i of the other), kept apart so the
 * always-loaded glance (`utils/glance.ts`) carries these and not the whole table.
 */
export const HAN_LEAD_SIMPLIFIED =
  '们这个来说时为对会过发还进动后与问样国经现开关长门东车书见话语认让议记论设证识请该调谈谁读转轻较边达远连选运钱铁银错间闻';
export const HAN_LEAD_TRADITIONAL =
  '們這個來說時為對會過發還進動後與問樣國經現開關長門東車書見話語認讓議記論設證識請該調談誰讀轉輕較邊達遠連選運錢鐵銀錯間聞';
