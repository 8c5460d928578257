/// <reference types="vite/client" />

/** The app's version, set at build time from package.json (plus APP_BUILD_ID in tests). */
declare const __APP_VERSION__: string;
