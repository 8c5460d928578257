// Vitest setup: a real IndexedDB implementation in jsdom, DOM cleanup after each test.
import 'fake-indexeddb/auto';
import { afterAll, afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/preact';

afterEach(() => cleanup());

// Pages load their playbook chunks on first render; on a busy machine that can take more
// than Testing Library's default second. findBy/waitFor still stop as soon as they pass.
configure({ asyncUtilTimeout: 5000 });

// Preact runs effects after the next frame (a 100 ms timer where jsdom has no frames). Let
// those timers fire before the file's environment is torn down, or they meet no `document`.
afterAll(() => new Promise((resolve) => setTimeout(resolve, 150)));
