// Vitest setup: a real IndexedDB implementation in jsdom, DOM matchers, cleanup.
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/preact';

afterEach(() => cleanup());
