// Verifying an incident's hash chain of 1,000 timeline entries, in the app, in Chromium.
import { phone, startApp } from './browser.mjs';
import { median, ms } from './stats.mjs';

/**
 * In the page (the app has opened its database): writes incident bench-00000 with `count`
 * chained timeline entries, hashed as src/storage/chain.ts does (SHA-256 of the UTF-8 JSON
 * of every field but `hash`, keys sorted), with WebCrypto.
 */
const seedChain = async ({ count }) => {
  const hex = (buf) =>
    [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');
  const canonical = (o) =>
    JSON.stringify(Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1))));
  const base = Date.parse('2026-11-01T09:00:00+09:00');
  const entries = [];
  let prevHash = '0'.repeat(64);
  for (let j = 0; j < count; j++) {
    const at = new Date(base + j * 1000).toISOString();
    const entry = {
      id: `bench-tl-${String(j).padStart(5, '0')}`,
      incidentId: 'bench-00000',
      at,
      createdAt: at,
      kind: 'note',
      text: `ベンチ経過 ${j}: 状況を確認し、関係者に連絡した。`,
      by: 'ベンチ',
      seq: j + 1,
      prevHash,
    };
    const digest = await crypto.subtle.digest(
      'SHA-256',
      new TextEncoder().encode(canonical(entry)),
    );
    prevHash = hex(digest);
    entries.push({ ...entry, hash: prevHash });
  }
  const db = await new Promise((ok, fail) => {
    const r = indexedDB.open('incident-navi');
    r.onsuccess = () => ok(r.result);
    r.onerror = () => fail(r.error);
  });
  const tx = db.transaction(['incidents', 'timeline'], 'readwrite');
  const at = new Date(base).toISOString();
  tx.objectStore('incidents').put({
    id: 'bench-00000',
    title: 'ベンチ用インシデント 00000',
    types: ['ransomware'],
    causes: [],
    status: 'open',
    discoveredAt: at,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
  });
  for (const e of entries) tx.objectStore('timeline').put(e);
  await new Promise((ok, fail) => {
    tx.oncomplete = ok;
    tx.onerror = () => fail(tx.error);
  });
  db.close();
};

/** Reads the app's 'verify-chain' measure once the timeline page says the chain is intact. */
async function readVerify(page, timeout) {
  const until = Date.now() + timeout;
  for (;;) {
    const found = await page.evaluate(() => {
      const text = document.querySelector('main')?.textContent ?? '';
      const m = performance.getEntriesByName('verify-chain')[0];
      const h = performance.getEntriesByName('verify-chain-hashes')[0];
      return {
        intact: /改ざんされていません/.test(text),
        ms: m ? m.duration : null,
        hashes: h ? h.duration : null,
      };
    });
    if ((found.intact && found.ms !== null) || Date.now() > until) return found;
    await page.waitForTimeout(50);
  }
}

/** Median over `runs` cold opens of the timeline page: reading + verifying, and verifying alone. */
export async function measureChain(browser, origin, runs, count = 1_000) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ ...phone, serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      await page.goto(`${origin}/incidents`, { waitUntil: 'networkidle' });
      await startApp(page, { database: true });
      await page.evaluate(seedChain, { count });
      await page.goto(`${origin}/incidents/bench-00000/timeline`, { waitUntil: 'load' });
      const found = await readVerify(page, 20_000);
      if (!found.intact)
        return { value: null, reason: 'the timeline page never said the chain is intact' };
      samples.push(found);
    } finally {
      await context.close();
    }
  }
  return {
    runs,
    entries: count,
    ms: ms(median(samples.map((s) => s.ms))),
    hashesMs: ms(median(samples.map((s) => s.hashes))),
    samples: samples.map((s) => ({ ms: ms(s.ms), hashes: ms(s.hashes) })),
  };
}
