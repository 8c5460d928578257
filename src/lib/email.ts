// The one rule for e-mail addresses: what 備え accepts when typed, what a restore and team sync
// accept from a file or another phone, and what becomes a `mailto:` link.

/** Longest address accepted (RFC 5321's path limit). */
const MAX_LENGTH = 254;

// Local part: letters, digits and . _ + - only. Anything else (quotes, angle brackets, spaces,
// ? & % # that would add headers to a mailto: link) is refused. Dots are not checked further:
// older Japanese mobile addresses have «..» or a dot before the @, and they work.
// Domain: two or more labels of letters, digits and inner hyphens.
const ADDRESS =
  /^[A-Za-z0-9._+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/** An e-mail address as typed, trimmed and with full-width @, dots and letters made half-width. */
export function normalizeEmail(input: string): string {
  return input
    .trim()
    .replace(/[＠．＿＋－０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Whether `email` is an address the app accepts and links to. */
export const isEmailAddress = (email: string): boolean =>
  email.length <= MAX_LENGTH && ADDRESS.test(email);

/** Why an address cannot be used: its shape is not one the app accepts. */
export type EmailProblem = 'shape';

/** Why an e-mail address cannot be used, or null when it can (empty is fine). */
export function emailProblem(email: string): EmailProblem | null {
  if (email === '' || isEmailAddress(email)) return null;
  return 'shape';
}

/** The `mailto:` link of a stored address, or null when it does not pass the rule. */
export const mailtoHref = (email: string): string | null =>
  isEmailAddress(email) ? `mailto:${email}` : null;
