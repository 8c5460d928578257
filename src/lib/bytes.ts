/** How sizes are worded in one language (src/i18n ui catalogues: `bytes`, `kilobytes`, `megabytes`). */
export interface ByteUnits {
  bytes: (n: number) => string;
  kilobytes: (n: string) => string;
  megabytes: (n: string) => string;
}

/** Japanese: the default, and what the Japanese exports print. */
const JAPANESE_UNITS: ByteUnits = {
  bytes: (n) => `${n} バイト`,
  kilobytes: (n) => `${n} KB`,
  megabytes: (n) => `${n} MB`,
};

/** A file size for people: 「820 バイト」「1.5 KB」「3.2 MB」 (or in the words of `units`). */
export function formatBytes(size: number, units: ByteUnits = JAPANESE_UNITS): string {
  if (size < 1024) return units.bytes(size);
  if (size < 1_048_576) return units.kilobytes((size / 1024).toFixed(1));
  return units.megabytes((size / 1_048_576).toFixed(1));
}
