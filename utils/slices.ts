/**
 * Long loops over a page, run either at once (Node, tests, the parser) or in slices that give the page its main
 * thread back between them (the glance and the pre-check in the browser, so that a page of 5,000 rows never freezes
 * while Diglot looks at it). A loop is written once, as a generator that yields now and then; the two drivers below
 * run it. Both give the same result on a page that does not change meanwhile.
 */

/** Runs a stepped loop to the end, synchronously. */
export function drain<T>(steps: Generator<void, T>): T {
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}

/** The page gets its turn: `scheduler.yield()` where the browser has it, otherwise a new task. */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((done) => setTimeout(done, 0));
}

/** Runs a stepped loop in slices of about `sliceMs` milliseconds, yielding to the page between them. */
export async function runInSlices<T>(steps: Generator<void, T>, sliceMs = 8): Promise<T> {
  let start = performance.now();
  let r = steps.next();
  while (!r.done) {
    if (performance.now() - start >= sliceMs) {
      await nextTask();
      start = performance.now();
    }
    r = steps.next();
  }
  return r.value;
}
