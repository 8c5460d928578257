// The one rule for characters that user text may not carry to a screen or a document: control
// characters (except tab and line breaks) and the bidirectional formatting characters
// (embeddings, overrides, isolates, the marks LRM/RLM/ALM). Invisible in an editor, they can
// hide or reorder the text around them («exe.txt» shown for «txt.exe»). Typed text and imported
// records are stripped with it; the render guard and every export apply it too.

/** The rule's character class as RegExp source, with escapes (the file holds no such character). */
export const UNSAFE_CLASS =
  '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069]';
const UNSAFE = new RegExp(UNSAFE_CLASS, 'g');
const HAS_UNSAFE = new RegExp(UNSAFE_CLASS);

/** The bidirectional formatting characters the rule removes (for tests and fixtures). */
export const BIDI_CONTROLS = [
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200e',
  '\u200f',
  '\u061c',
] as const;

/** Whether the text holds any character the rule removes. */
export const hasUnsafeChars = (text: string): boolean => HAS_UNSAFE.test(text);

/** User text made safe for any screen or document: control and bidi characters removed. */
export function stripUnsafeChars(text: string): string {
  return hasUnsafeChars(text) ? text.replace(UNSAFE, '') : text;
}

/** Each unsafe character replaced by a visible mark such as «[U+202E]» (for what is kept). */
export function markUnsafeChars(text: string): string {
  return hasUnsafeChars(text)
    ? text.replace(
        UNSAFE,
        (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`,
      )
    : text;
}

/**
 * The value with every string (in objects and arrays, at any depth) passed through
 * stripUnsafeChars. A part with nothing to strip is kept as it is (same reference), so a long
 * list is not copied entry by entry and an untouched record stays the same object.
 */
export function stripUnsafeDeep<T>(value: T): T {
  if (typeof value === 'string') return stripUnsafeChars(value) as T;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const clean: unknown = stripUnsafeDeep(value[i]);
      if (clean !== value[i]) (copy ??= value.slice())[i] = clean;
    }
    return (copy ?? value) as T;
  }
  if (Object.prototype.toString.call(value) === '[object Object]') {
    const record = value as Record<string, unknown>;
    let copy: Record<string, unknown> | undefined;
    for (const key of Object.keys(record)) {
      const clean = stripUnsafeDeep(record[key]);
      if (clean === record[key]) continue;
      // defineProperty, so a '__proto__' key stays a plain key of the copy.
      copy ??= Object.fromEntries(Object.entries(record));
      Object.defineProperty(copy, key, {
        value: clean,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return (copy ?? value) as T;
  }
  // Blobs, dates and other objects are not text.
  return value;
}

/**
 * A record that arrives from outside (a restored backup, another phone) with its text stripped.
 * A timeline entry keeps what its hash covers as written (every field but `via`, see
 * src/storage/chain.ts): changing it would break the chain that shows the record is intact, so
 * its text is neutralised where it is shown or exported instead.
 */
export function stripUnsafeRecord<T>(store: string, record: T): T {
  if (store !== 'timeline') return stripUnsafeDeep(record);
  const via = (record as { via?: unknown }).via;
  const clean = stripUnsafeDeep(via);
  return clean === via ? record : { ...record, via: clean };
}

/**
 * JSON text with every unsafe character inside its strings written as a \u escape: the same
 * data when parsed, but no raw control character in the file. (JSON allows such characters only
 * inside strings, so the escape is always valid there.)
 */
export function escapeUnsafeInJson(json: string): string {
  return hasUnsafeChars(json)
    ? json.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    : json;
}
