// Seeding the app's IndexedDB directly (schema v1 of src/storage/schema.ts + migrations.ts).

/**
 * In the page: opens 'incident-navi' (creating the v1 stores if the app has not yet), empties
 * every store, and writes `count` incidents plus `timeline` entries for the first one.
 * Returns the id of the first incident.
 */
export const seedDatabase = ({ count, timeline = 0, types = ['ransomware'] }) =>
  new Promise((resolve, reject) => {
    const request = indexedDB.open('incident-navi');
    request.onupgradeneeded = () => {
      const db = request.result;
      if (db.objectStoreNames.contains('incidents')) return;
      const incidents = db.createObjectStore('incidents', { keyPath: 'id' });
      incidents.createIndex('byUpdatedAt', 'updatedAt');
      incidents.createIndex('byStatusUpdatedAt', ['status', 'updatedAt']);
      for (const [name, key] of [
        ['fields', ['incidentId', 'fieldId']],
        ['progress', ['incidentId', 'itemId']],
        ['reporting', ['incidentId', 'key']],
      ]) {
        db.createObjectStore(name, { keyPath: key }).createIndex('byIncident', 'incidentId');
      }
      db.createObjectStore('timeline', { keyPath: 'id' }).createIndex('byIncidentAt', [
        'incidentId',
        'at',
      ]);
      db.createObjectStore('settings', { keyPath: 'key' });
    };
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const stores = ['incidents', 'fields', 'progress', 'timeline', 'reporting', 'settings'];
      const tx = db.transaction(stores, 'readwrite');
      for (const s of stores) tx.objectStore(s).clear();
      const base = Date.parse('2026-11-01T09:00:00+09:00');
      const iso = (t) => new Date(t).toISOString();
      const pad = (n) => String(n).padStart(5, '0');
      for (let i = 0; i < count; i++) {
        const at = iso(base + i * 60_000);
        tx.objectStore('incidents').put({
          id: `bench-${pad(i)}`,
          title: `ベンチ用インシデント ${pad(i)}`,
          types,
          causes: [],
          status: i % 3 === 0 ? 'closed' : 'open',
          discoveredAt: at,
          createdAt: at,
          // The first incident is the newest, so it heads the list.
          updatedAt: iso(base + (count - i) * 60_000),
          deletedAt: null,
        });
      }
      for (let j = 0; j < timeline; j++) {
        tx.objectStore('timeline').put({
          id: `bench-tl-${pad(j)}`,
          incidentId: 'bench-00000',
          at: iso(base + j * 1000),
          createdAt: iso(base + j * 1000),
          kind: 'note',
          text: `ベンチ経過 ${pad(j)}: 状況を確認し、関係者に連絡した。`,
          by: 'ベンチ',
        });
      }
      tx.oncomplete = () => {
        db.close();
        resolve('bench-00000');
      };
      tx.onerror = () => reject(tx.error);
    };
  });

/**
 * Init script: records (ms since navigation start) when an element of main whose text
 * contains `text` is first visible, polled every animation frame.
 */
export const watchText = (text) => {
  const w = /** @type {any} */ (window);
  const state = (w.__shown = { at: null });
  const tick = () => {
    const main = document.querySelector('main');
    // A preview may be the value of a text area (not part of textContent).
    const area = [...(main?.querySelectorAll('textarea') ?? [])].find((t) =>
      t.value.includes(text),
    );
    const box = area?.getBoundingClientRect();
    if (area && box && box.width > 0 && box.height > 0 && box.top < innerHeight) {
      state.at = performance.now();
      return;
    }
    if (main && (main.textContent ?? '').includes(text)) {
      const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.textContent?.includes(text)) continue;
        const el = n.parentElement;
        const r = el?.getBoundingClientRect();
        if (r && r.width > 0 && r.height > 0 && r.top < innerHeight) {
          state.at = performance.now();
          return;
        }
      }
    }
    requestAnimationFrame(tick);
  };
  tick();
};

/** Waits (polling from Node) for watchText's time; null after `timeout` ms. */
export async function readShown(page, timeout) {
  const until = Date.now() + timeout;
  for (;;) {
    const at = await page.evaluate(() => /** @type {any} */ (window).__shown?.at ?? null);
    if (at !== null || Date.now() > until) return at;
    await page.waitForTimeout(50);
  }
}
