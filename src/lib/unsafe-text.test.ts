// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  BIDI_CONTROLS,
  escapeUnsafeInJson,
  hasUnsafeChars,
  markUnsafeChars,
  stripUnsafeChars,
  stripUnsafeDeep,
} from './unsafe-text';

describe('the one rule for control and bidi characters', () => {
  const named = BIDI_CONTROLS.map((c) => [c.charCodeAt(0).toString(16).toUpperCase(), c]);
  it.each(named)('removes U+%s and keeps the text around it', (_, c) => {
    const text = `請求書${c}txt.exe${c}`;
    expect(hasUnsafeChars(text)).toBe(true);
    expect(stripUnsafeChars(text)).toBe('請求書txt.exe');
    expect(markUnsafeChars(text)).toMatch(/^請求書\[U\+[0-9A-F]{4}\]txt\.exe\[U\+[0-9A-F]{4}\]$/);
  });

  it('keeps tabs, line breaks, Japanese, Arabic letters and the joiners of emoji', () => {
    const text = '行1\n行2\tタブ\r\nمرحبا 👨‍👩‍👧';
    expect(hasUnsafeChars(text)).toBe(false);
    expect(stripUnsafeChars(text)).toBe(text);
  });

  it('names the character it marks', () => {
    expect(markUnsafeChars('a\u202Eb')).toBe('a[U+202E]b');
    expect(markUnsafeChars('a\u0007b')).toBe('a[U+0007]b');
  });

  it('strips every string of a record, and keeps an untouched part the same object', () => {
    const clean = { note: 'ok', list: ['a', 'b'] };
    const record = { id: 'x', name: 'A\u202EB', nested: { tell: ['\u2066x\u2069'] }, clean, n: 3 };
    const out = stripUnsafeDeep(record);
    expect(out).toEqual({ id: 'x', name: 'AB', nested: { tell: ['x'] }, clean, n: 3 });
    expect(out.clean).toBe(clean);
    expect(stripUnsafeDeep(clean)).toBe(clean);
    expect(record.name).toBe('A\u202EB');
  });

  it('keeps a __proto__ key a plain key and leaves non-text objects alone', () => {
    const record = JSON.parse('{"__proto__": "\u202Ex", "a": "b"}') as Record<string, unknown>;
    const out = stripUnsafeDeep(record);
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toBe('x');
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    const blob = new Blob(['x']);
    expect(stripUnsafeDeep({ blob }).blob).toBe(blob);
  });

  it('writes JSON with \\u escapes instead of raw characters, the same data when parsed', () => {
    const data = { text: `a${BIDI_CONTROLS.join('')}\u0085b`, plain: 'c' };
    const json = escapeUnsafeInJson(JSON.stringify(data, null, 1));
    expect(hasUnsafeChars(json)).toBe(false);
    expect(json).toContain('\\u202e');
    expect(JSON.parse(json)).toEqual(data);
  });
});
