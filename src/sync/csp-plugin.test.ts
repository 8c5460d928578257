// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { syncOriginCsp } from './csp-plugin';

const html = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; connect-src 'self'; worker-src 'self'">`;
const transform = (origin: string | undefined) =>
  (syncOriginCsp(origin).transformIndexHtml as (h: string) => string)(html);

describe('the sync origin set at build time', () => {
  it('keeps connect-src to this origin when none is set (the /couchdb/ proxy)', () => {
    expect(transform(undefined)).toBe(html);
  });
  it('adds exactly the origin of VITE_SYNC_ORIGIN, never its path', () => {
    expect(transform('https://sync.example.co.jp:6984/couchdb/')).toContain(
      "connect-src 'self' https://sync.example.co.jp:6984;",
    );
  });
  it('refuses a value that is not a URL (the build fails)', () => {
    expect(() => syncOriginCsp('sync.example.co.jp')).toThrow();
  });
});
