/// <reference types="vite/client" />

/** The app's version, set at build time from package.json (plus APP_BUILD_ID in tests). */
declare const __APP_VERSION__: string;

/** A playbook file, compiled to data and validated at build time by the playbooks plugin. */
declare module '*.yaml' {
  const data: unknown;
  export default data;
}

/** One language's playbook renderings (renderingKey(ja) → text), made by the playbooks plugin. */
declare module 'virtual:playbook-renderings/*' {
  const table: Record<string, string>;
  export default table;
}
