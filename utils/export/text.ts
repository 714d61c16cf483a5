/** Text clean-up shared by the text exporters. */

// C0 controls except tab/LF/CR, U+FFFE/U+FFFF, and surrogates that are not part of a pair.
/* eslint-disable no-control-regex -- matching control characters is the point */
const INVALID =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

/**
 * Drop what XML 1.0 cannot carry and what a UTF-8 file cannot hold: C0 controls other than tab/LF/CR, lone
 * surrogates (written to UTF-8 they become U+FFFD), U+FFFE and U+FFFF. Pages do contain them (a stray U+0008 pasted
 * from a word processor) and in XML one makes the whole file unreadable. Emoji are proper surrogate pairs and stay;
 * zero-width joiners and marks are valid text and stay.
 */
export function stripInvalidChars(text: string): string {
  return text.replace(INVALID, '');
}
