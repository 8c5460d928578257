// Phone numbers as people type them into 備え (e-mail addresses: email.ts).

const DASHES = /[‐‑‒–—―−ーｰ－]/g;

/**
 * A phone number as typed, made ready for a `tel:` link: full-width digits and signs become
 * half-width, every kind of dash a hyphen, brackets hyphens, spaces removed.
 */
export function normalizePhone(input: string): string {
  return input
    .replace(/[０-９＋＃（）]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(DASHES, '-')
    .replace(/[\s\u3000]/g, '')
    .replace(/[()]/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
}

/** Why a number cannot be called: a sign other than digits and hyphens, or too few or many digits. */
export type PhoneProblem = 'characters' | 'digits';

/** Why a normalised phone number cannot be called, or null when it can (empty is fine). */
export function phoneProblem(phone: string): PhoneProblem | null {
  if (phone === '') return null;
  if (!/^[+#]?[0-9][0-9-]*$/.test(phone)) return 'characters';
  const digits = phone.replace(/\D/g, '').length;
  if (digits < 3 || digits > 15) return 'digits';
  return null;
}

/**
 * The `tel:` link of a number as stored or typed (full-width digits and dashes made ASCII),
 * or null when it cannot be called (a number restored or synced from an older version).
 */
export function telHref(phone: string): string | null {
  const normal = normalizePhone(phone);
  return normal && !phoneProblem(normal) ? `tel:${normal}` : null;
}
