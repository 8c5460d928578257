// Finding what to tap and timing until the page has visibly responded.

const TYPE_LABEL = /ウイルス|ランサム|情報漏えい|漏えい|システム停止/;

/**
 * Marks the element to tap with data-bench-target and returns its text, or null.
 * kind 'app': the first incident-type button/link on home, else the first link in main.
 * kind 'floor': the table-of-contents anchor about ransomware, else the first anchor.
 */
export function markTarget(page, kind) {
  return page.evaluate(
    ({ kind, source }) => {
      const re = new RegExp(source);
      const visible = (el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
      };
      const pick = (els) => els.find((el) => visible(el) && re.test(el.textContent ?? '')) ?? null;
      let el;
      if (kind === 'app') {
        const main = document.querySelector('main') ?? document.body;
        const controls = [...main.querySelectorAll('a[href], button')];
        el = pick(controls) ?? [...main.querySelectorAll('a[href]')].find(visible) ?? null;
      } else {
        // The guide's section on the first incident type, like the app's first type button.
        const anchors = [...document.querySelectorAll('a[href^="#"]')];
        el =
          anchors.find((a) => /感染の場合/.test(a.textContent ?? '')) ??
          pick(anchors) ??
          anchors.find(visible) ??
          null;
      }
      if (!el) return null;
      el.setAttribute('data-bench-target', '');
      return { text: (el.textContent ?? '').trim().slice(0, 40), href: el.getAttribute('href') };
    },
    { kind, source: TYPE_LABEL.source },
  );
}

/**
 * In the page: resolves with the absolute time (ms since epoch, browser clock) at which the
 * condition first holds, checked every animation frame; null after `timeout` ms.
 * mode 'next-page': another path shows a visible h1 with another text.
 * mode 'anchor': the element with id `hash` is scrolled into the viewport.
 * Runs through the DevTools protocol, so the app's CSP (no eval) does not get in the way.
 */
const waitShown = ({ mode, path, heading, hash, timeout }) =>
  new Promise((resolve) => {
    const inView = (el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight;
    };
    const holds = () => {
      if (mode === 'anchor') {
        const el = document.getElementById(hash.slice(1));
        return (
          !!el &&
          el.getBoundingClientRect().top > -2 &&
          el.getBoundingClientRect().top < innerHeight
        );
      }
      const h1 = document.querySelector('main h1') ?? document.querySelector('h1');
      return !!h1 && location.pathname !== path && (h1.textContent ?? '') !== heading && inView(h1);
    };
    const until = performance.now() + timeout;
    const tick = () => {
      if (holds()) resolve(performance.timeOrigin + performance.now());
      else if (performance.now() > until) resolve(null);
      else requestAnimationFrame(tick);
    };
    tick();
  });

/** Records when the next touch starts (absolute time), surviving a cross-document navigation. */
const armTapClock = () => {
  const mark = (e) => {
    if (sessionStorage.getItem('bench-tap-at')) return;
    sessionStorage.setItem('bench-tap-at', String(performance.timeOrigin + e.timeStamp));
  };
  sessionStorage.removeItem('bench-tap-at');
  addEventListener('touchstart', mark, { capture: true, once: true });
  addEventListener('pointerdown', mark, { capture: true, once: true });
};

/**
 * Taps the marked element and returns the milliseconds from the touch (the event's own
 * timestamp) to the frame in which the condition holds; null after `timeout` ms.
 */
export async function tapAndTime(page, condition, timeout = 30_000) {
  await page.evaluate(armTapClock);
  await page.tap('[data-bench-target]', { noWaitAfter: true });
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    try {
      const shownAt = await page.evaluate(waitShown, {
        ...condition,
        timeout: deadline - Date.now(),
      });
      if (shownAt === null) return null;
      const tapAt = Number(await page.evaluate(() => sessionStorage.getItem('bench-tap-at')));
      return tapAt ? shownAt - tapAt : null;
    } catch (error) {
      // A full navigation destroys the context: wait for the next document and look again.
      if (!/context was destroyed|navigat/i.test(String(error))) throw error;
      await page.waitForLoadState('domcontentloaded').catch(() => {});
    }
  }
  return null;
}
