import { newRansomware, responder } from '../e2e/journey-data';
import type { Matcher, WebKitPage } from './page';

// The incident steps of the Playwright journeys (tests/e2e/incident.ts, records.spec.ts),
// for a WebKit page.

/** Starts a ransomware incident through the form and returns the incident's path. */
export async function startIncident(page: WebKitPage): Promise<string> {
  await page.goto(newRansomware.path);
  await page.find({ role: 'checkbox', name: newRansomware.type, checked: true });
  await page.find({ role: 'button', name: '対応を開始する' });
  const name = await page.all({ label: responder.label });
  if (name.length) await page.fill({ label: responder.label }, responder.name);
  await page.click({ role: 'button', name: '対応を開始する' });
  const path = await page.hasPath(/^\/incidents\/[0-9a-f-]{36}$/);
  await page.find(progress);
  return path;
}

/** The checklist's overall progress: shown once the incident has loaded. */
export const progress = { text: /^全体: \d+ \// };

/** Opens an incident's page and waits until its record has loaded. */
export async function openIncident(page: WebKitPage, path: string) {
  await page.goto(path);
  await page.find(progress);
}

/** The checklist row whose text matches. */
export const checklistRow = (text: Matcher) => ({ css: 'li.check-item', hasText: text });

/** Ticks a checklist item and waits until it says it is saved. */
export async function tick(page: WebKitPage, text: Matcher) {
  await page.click([checklistRow(text), { role: 'button', name: '完了' }]);
  await page.find([checklistRow(text), { text: /完了（.*）保存済み/ }]);
}

/** Fills a record field, leaves it, and waits for its 保存済み mark. */
export async function fillRecord(page: WebKitPage, label: string, value: string) {
  await page.fill({ label }, value);
  await page.find([
    { css: '.record-field', hasText: label },
    { css: '[role=status]', hasText: /^✓ 保存済み$/ },
  ]);
}
