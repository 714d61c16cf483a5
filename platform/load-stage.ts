/**
 * Loading the detector's later stages into a tab (background only: it owns `scripting`).
 */
import { browser } from 'wxt/browser';

// Built by WXT from entrypoints/reader/ and entrypoints/precheck.ts, both unlisted scripts, so neither is in the
// manifest's content scripts.
export const READER_SCRIPT = '/reader.js' as const;
export const PRECHECK_SCRIPT = '/precheck.js' as const;

/** Runs `file` in the tab's top frame; the scripts themselves make a second load harmless. */
export async function loadIntoTab(
  tabId: number,
  file: typeof READER_SCRIPT | typeof PRECHECK_SCRIPT,
): Promise<{ loaded: boolean; error?: string }> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [file] });
    return { loaded: true };
  } catch (error) {
    // A tab showing a browser page, the store, or one closed meanwhile.
    return { loaded: false, error: String(error) };
  }
}
