import { render, screen } from '@testing-library/preact';
import { App } from '../../app/App';

/** Renders the whole app at `url` (routing, lazy pages and content chunks included). */
export function renderAt(url: string) {
  history.replaceState(null, '', url);
  const result = render(<App />);
  return { ...result, screen };
}

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

/**
 * The texts of the page's headings and buttons that still show Japanese outside parentheses
 * (an English screen keeps a Japanese term only beside its English, e.g. "First report (第一報)").
 */
export function japaneseLeft(root: HTMLElement = document.body): string[] {
  return [...root.querySelectorAll('h1, h2, h3, button')]
    .map((el) => el.textContent ?? '')
    .filter((t) => JAPANESE.test(t.replace(/\([^)]*\)|（[^）]*）/g, '')));
}
