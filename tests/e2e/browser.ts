import { chromiumArgs, chromiumPath } from './chromium.mjs';

/** How the tests launch Debian's Chromium (the same binary and flags as the bench). */
export const launchOptions = { executablePath: chromiumPath, args: chromiumArgs };
