/**
 * The pre-check, loaded by the background into a page the glance could not call one-language. It walks the page's
 * blocks (`utils/precheck.ts`) and, when they may hold two languages, has the reader loaded, which parses the page
 * and sets the badge. Like the glance it does without the polyfill and the messaging library: it runs on a third of
 * pages or so, and its size is paid on each.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { detectState } from '../platform/detect-state';
import { getReader } from '../platform/reader-hook';
import { sendStage } from '../platform/stage-runtime';
import { precheckInSlices } from '../utils/precheck';

export default defineUnlistedScript(() => {
  const state = detectState();
  const run = async (): Promise<void> => {
    const result = await precheckInSlices(document);
    state.precheck = { candidate: result.candidate, reason: result.reason };
    if (!result.candidate) return;
    const reader = getReader();
    if (reader) void reader.parse({});
    else
      void sendStage({ diglot: 'candidate' }).then((reply) => {
        if (!reply.loaded) state.stopped = true;
      });
  };
  state.recheck ??= () => void run();
  void run();
});
