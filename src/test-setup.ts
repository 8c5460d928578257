// Vitest setup: a real IndexedDB implementation in jsdom, DOM cleanup after each test.
import 'fake-indexeddb/auto';
import { afterAll, afterEach } from 'vitest';
import { cleanup } from '@testing-library/preact';

afterEach(() => cleanup());

// Preact runs effects after the next frame (a 100 ms timer where jsdom has no frames). Let
// those timers fire before the file's environment is torn down, or they meet no `document`.
afterAll(() => new Promise((resolve) => setTimeout(resolve, 150)));
