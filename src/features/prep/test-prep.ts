// Test helper for the 備え forms: a fresh store state and one part page rendered.
import { h } from 'preact';
import { render, screen } from '@testing-library/preact';
import { beforeEach } from 'vitest';
import { useStore } from '../../app/store';
import { useFreshDB } from '../../storage/test-db';
import PrepPartPage from './PrepPartPage';

/** Gives every test its own database and an empty 備え in the store. */
export function useFreshPrep(): void {
  useFreshDB();
  beforeEach(() => useStore.setState({ prep: null, prepError: null }));
}

/** Renders /prep/<part> and waits until the stored profile was read. */
export async function renderPart(part: string, heading: string) {
  render(h(PrepPartPage, { part }));
  await screen.findByRole('heading', { level: 2, name: heading });
}
