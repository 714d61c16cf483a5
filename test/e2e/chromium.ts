/**
 * How Diglot starts Chromium everywhere (tests, demo, benchmarks): Debian's build, never a downloaded one, with the
 * flags that keep it quiet on a machine without network access.
 */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
