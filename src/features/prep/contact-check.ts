import { emailProblem, normalizeEmail } from '../../lib/email';
import { normalizePhone, phoneProblem } from '../../lib/phone';
import type { PrepContact } from '../../storage';
import type { Problems } from './useSaveForm';

/** A contact as its form edits it. */
export type ContactInput = Omit<PrepContact, 'updatedAt'>;

/** Normalises a contact as typed (numbers half-width, text trimmed) and lists its problems. */
export function checkContact(v: ContactInput): { values: ContactInput; problems: Problems } {
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
  if (phone) problems.phone = phone;
  const deputy = phoneProblem(values.deputyPhone);
  if (deputy) problems.deputyPhone = deputy;
  const email = emailProblem(values.email);
  if (email) problems.email = email;
  return { values, problems };
}
