import { render, screen } from '@testing-library/preact';
import { App } from '../../app/App';

/** Renders the whole app at `url` (routing, lazy pages and content chunks included). */
export function renderAt(url: string) {
  history.replaceState(null, '', url);
  const result = render(<App />);
  return { ...result, screen };
}
