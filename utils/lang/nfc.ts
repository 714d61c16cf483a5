/**
 * `text.normalize('NFC')` without the ICU pass for text that is NFC by construction: every code unit below U+0300
 * (ASCII, Latin-1, Latin Extended, IPA), where no character changes under NFC and none combines with its neighbour.
 * Every block is normalised when it is read and again when its language is identified; the check costs a fraction of
 * the normalisation.
 */
const BEYOND_LATIN = /[\u0300-\uffff]/;

export function nfc(text: string): string {
  return BEYOND_LATIN.test(text) ? text.normalize('NFC') : text;
}
