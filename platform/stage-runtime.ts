/**
 * The runtime's own `sendMessage`, for the glance and the pre-check: they run on many pages and stay small, so they do
 * without the polyfill and the messaging library (Chromium's `chrome` and Firefox's `browser` both return promises in
 * Manifest V3).
 */
import type { StageMessage, StageReply } from '../utils/messages';

interface Runtime {
  sendMessage(message: StageMessage): Promise<StageReply | undefined>;
}

export async function sendStage(message: StageMessage): Promise<StageReply> {
  const g = globalThis as { browser?: { runtime: Runtime }; chrome?: { runtime: Runtime } };
  const runtime = (g.browser ?? g.chrome)?.runtime;
  try {
    return (await runtime?.sendMessage(message)) ?? { loaded: false };
  } catch {
    // The extension was updated or removed under the page: its old scripts stay until reload and must stay quiet.
    return { loaded: false };
  }
}
