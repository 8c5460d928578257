// Checks that run inside the page, shared by the Chromium (Playwright) and WebKit (WebDriver)
// lanes: each is a self-contained function a driver can serialise and run in the page.

/** The axe rules the tests hold the app to: WCAG 2.1 A and AA. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** In the page (axe loaded): serious and critical violations of `tags` (empty when clean). */
export async function axeViolationsInPage(tags: string[]): Promise<string[]> {
  const axe = (
    window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<AxeResult> } }
  ).axe;
  interface AxeResult {
    violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
  }
  const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

/** In the page: controls smaller than 44×44 CSS px (links in running text are exempt, WCAG 2.5.8). */
export function smallTargetsInPage(): string[] {
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
}

/** In the page: controls whose content is cut off, and whether the page scrolls sideways. */
export function clippingInPage(): string[] {
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
}
