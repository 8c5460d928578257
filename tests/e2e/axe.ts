import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { axeTags, axeViolationsInPage, clippingInPage, smallTargetsInPage } from './page-checks';

/** axe-core's source, to evaluate in a page. */
export const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** Serious and critical WCAG 2.1 A/AA violations on the page as it is now (empty when clean). */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through DevTools, so the page's CSP (script-src 'self') does not block it.
  await page.evaluate(axeSource);
  return page.evaluate(axeViolationsInPage, axeTags);
}

/** Controls smaller than 44×44 CSS px (links inside running text are exempt, as in WCAG 2.5.8). */
export const smallTargets = (page: Page): Promise<string[]> => page.evaluate(smallTargetsInPage);

/** Controls whose content is cut off, and whether the page scrolls sideways. */
export const clipping = (page: Page): Promise<string[]> => page.evaluate(clippingInPage);
