// Tests only: 備え records as a form would give them.
import type { ContactRole } from './prep-schema';

/** Tests only: a contact of 体制と連絡先 with a name and a phone, every other field empty. */
export const contactInput = (role: ContactRole, phone: string, name = '') =>
  ({
    id: `contact:${role}`,
    kind: 'contact',
    role,
    name,
    org: '',
    phone,
    email: '',
    deputyName: '',
    deputyPhone: '',
    tell: '',
    policyNumber: '',
  }) as const;
