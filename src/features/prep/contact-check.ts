import { emailProblem, normalizeEmail } from '../../lib/email';
import { normalizePhone, phoneProblem } from '../../lib/phone';
import type { PrepContact } from '../../storage';
import type { Problems } from './useSaveForm';
import { isEntered } from '../../ui/CompanyContact';
import { messagesOf } from '../../i18n/active';
import type { Messages } from '../../i18n/namespace';
import { prep } from '../../i18n/ja/prep';

/** A contact as its form edits it. */
export type ContactInput = Omit<PrepContact, 'updatedAt'>;

/**
 * Normalises a contact as typed (numbers half-width, text trimmed) and lists its problems,
 * worded with `m` (the language on screen by default). A form with nothing in it is refused
 * unless a contact was stored before (emptying a stored one clears it: it reads 未登録 again).
 */
export function checkContact(
  v: ContactInput,
  m: Messages<typeof prep> = messagesOf(prep),
  stored = false,
): { values: ContactInput; problems: Problems } {
  const values: ContactInput = {
    ...v,
    name: v.name.trim(),
    org: v.org.trim(),
    phone: normalizePhone(v.phone),
    email: normalizeEmail(v.email),
    deputyName: v.deputyName.trim(),
    deputyPhone: normalizePhone(v.deputyPhone),
    tell: v.tell.trim(),
    policyNumber: v.policyNumber.trim(),
  };
  const problems: Problems = {};
  const phone = phoneProblem(values.phone);
  if (phone) problems.phone = m.phoneProblem(phone);
  const deputy = phoneProblem(values.deputyPhone);
  if (deputy) problems.deputyPhone = m.phoneProblem(deputy);
  const email = emailProblem(values.email);
  if (email) problems.email = m.emailProblem(email);
  if (!stored && !isEntered(values)) problems.name = m.contactEmpty;
  return { values, problems };
}
