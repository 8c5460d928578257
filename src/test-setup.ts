// Vitest setup: a real IndexedDB implementation in jsdom, DOM cleanup after each test.
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { cleanup, configure } from '@testing-library/preact';
import { installTextGuard } from './ui/text-guard';
import { loadAllMessages } from './i18n/active';

// Views are tested as the app renders them: with the render guard of src/main.tsx.
installTextGuard();

afterEach(() => cleanup());

// Every catalogue of the other languages is there before a test switches to one: a test then
// waits for what it checks, never for a namespace that arrives a moment after the screen.
beforeAll(() => Promise.all([loadAllMessages('en'), loadAllMessages('ja-easy')]));

// findBy…/waitFor wait for a settled signal; on a loaded 2-core machine a strict IndexedDB
// commit or a playbook chunk can take longer than the default 1 s, so give them 5 s.
configure({ asyncUtilTimeout: 5000 });

// Preact runs effects after the next frame (a 100 ms timer where jsdom has no frames). Let
// those timers fire before the file's environment is torn down, or they meet no `document`.
afterAll(() => new Promise((resolve) => setTimeout(resolve, 150)));
