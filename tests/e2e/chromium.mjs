// Debian's Chromium, for the browser tests and the bench (Playwright cannot download browsers
// on these machines). The flags keep a headless run quiet on a closed network.

/** The Chromium binary. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags every launch uses. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
