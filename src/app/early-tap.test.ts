import { afterEach, describe, expect, it, vi } from 'vitest';
import { markPageWorks, replayEarlyTap, type EarlyTap } from './early-tap';

afterEach(() => {
  delete (window as EarlyTap).incidentNaviEarlyTap;
  delete (window as EarlyTap).incidentNaviEarlyChoice;
  delete (window as EarlyTap).incidentNaviPageWorks;
  document.body.innerHTML = '';
});

const button = (onTap: () => void) => {
  const b = document.createElement('button');
  b.addEventListener('click', onTap);
  document.body.append(b);
  return b;
};

describe('replayEarlyTap', () => {
  it('taps again, once, the button tapped before the page worked; then keeps no more taps', () => {
    const onTap = vi.fn();
    (window as EarlyTap).incidentNaviEarlyTap = button(onTap);
    replayEarlyTap();
    expect(onTap).toHaveBeenCalledTimes(1);
    expect((window as EarlyTap).incidentNaviPageWorks).toBe(true);
    (window as EarlyTap).incidentNaviEarlyTap = button(onTap);
    replayEarlyTap(); // a later page: the loader's taps are over
    expect(onTap).toHaveBeenCalledTimes(1);
  });

  it('stops keeping taps at the commit, and replays only what was kept before it', () => {
    const onTap = vi.fn();
    const before = button(onTap);
    (window as EarlyTap).incidentNaviEarlyTap = before;
    markPageWorks();
    expect((window as EarlyTap).incidentNaviPageWorks).toBe(true);
    expect((window as EarlyTap).incidentNaviEarlyTap).toBeNull();
    expect(onTap).not.toHaveBeenCalled(); // the replay waits for the page's effects
    replayEarlyTap();
    expect(onTap).toHaveBeenCalledTimes(1);
    replayEarlyTap();
    expect(onTap).toHaveBeenCalledTimes(1);
  });

  it('leaves a button that is no longer on the page, and works without a kept tap', () => {
    const onTap = vi.fn();
    const gone = button(onTap);
    gone.remove();
    (window as EarlyTap).incidentNaviEarlyTap = gone;
    replayEarlyTap();
    expect(onTap).not.toHaveBeenCalled();
    delete (window as EarlyTap).incidentNaviPageWorks;
    expect(() => replayEarlyTap()).not.toThrow();
  });

  it('makes again the choice made in a list before the page worked, even if a render reset it', () => {
    document.body.innerHTML =
      '<select id="lang"><option value="ja" selected>日本語</option><option value="en">English</option></select>';
    const select = document.querySelector('select')!;
    const chosen: string[] = [];
    select.addEventListener('change', () => chosen.push(select.value));
    (window as EarlyTap).incidentNaviEarlyChoice = { select, value: 'en' };
    select.value = 'ja'; // the hydrated page rendered its own value over the person's choice
    replayEarlyTap();
    expect(chosen).toEqual(['en']);
    expect(select.value).toBe('en');
    expect((window as EarlyTap).incidentNaviEarlyChoice).toBeNull();
  });
});
