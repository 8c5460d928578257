import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** Serious and critical WCAG 2.1 A/AA violations on the page as it is now (empty when clean). */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through DevTools, so the page's CSP (script-src 'self') does not block it.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<AxeResult> } }
    ).axe;
    interface AxeResult {
      violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
    }
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
  });
}

/** Controls smaller than 44×44 CSS px (links inside running text are exempt, as in WCAG 2.5.8). */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>(
      'button, input:not([type=hidden]), select, textarea, summary, a.button, nav a, [role=button], [role=tab]',
    );
    const out: string[] = [];
    for (const el of controls) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue; // not rendered
      if (el.matches('input[type=checkbox], input[type=radio]')) {
        // A small box is fine when its label makes the target large.
        const label =
          el.closest('label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`) : null);
        const lb = label?.getBoundingClientRect();
        if (lb && lb.height >= 44) continue;
      }
      if (box.width < 44 || box.height < 44) {
        out.push(
          `${el.tagName.toLowerCase()} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
      }
    }
    return out;
  });
}

/** Controls whose content is cut off, and whether the page scrolls sideways. */
export async function clipping(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    if (document.documentElement.scrollWidth > document.documentElement.clientWidth + 1) {
      out.push(
        `page scrolls sideways: ${document.documentElement.scrollWidth} > ${document.documentElement.clientWidth}`,
      );
    }
    for (const el of document.querySelectorAll<HTMLElement>(
      'button, a.button, nav a, label, summary',
    )) {
      if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) {
        out.push(
          `clipped: ${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`,
        );
      }
    }
    return out;
  });
}
