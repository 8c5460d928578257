import { axeSource } from '../e2e/axe';
import { axeTags, axeViolationsInPage } from '../e2e/page-checks';
import type { WebKitPage } from './page';

/** Serious and critical WCAG 2.1 A/AA violations on the WebKit page as it is now. */
export async function seriousViolations(page: WebKitPage): Promise<string[]> {
  // Run through WebDriver, so the page's CSP (script-src 'self') does not block it.
  await page.evaluate(axeSource);
  return page.evaluateAsync(axeViolationsInPage, axeTags);
}
