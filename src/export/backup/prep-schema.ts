import * as v from 'valibot';
import { CONTACT_ROLES } from '../../storage/prep-schema';
import { LIMITS } from '../../lib/limits';
import { isEmailAddress } from '../../lib/email';

// The strict schema of the 平時の備え records of a backup (database version 2).

const str = (max: number) => v.pipe(v.string(), v.maxLength(max));
// The inputs' own limits (src/lib/limits): whatever 備え can store, a backup restores.
const Short = str(LIMITS.line);
const Text = str(LIMITS.note);
const Time = v.pipe(
  v.string(),
  v.maxLength(64),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'not a date'),
);
const YesNo = v.picklist(['yes', 'no', '']);
const CheckId = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,100}$/));
/** An address as 備え accepts it when typed (the one rule, src/lib/email), or none. */
const Email = v.pipe(
  Short,
  v.check((e) => e === '' || isEmailAddress(e), 'not an e-mail address'),
);

const CompanySchema = v.strictObject({
  id: v.literal('company'),
  kind: v.literal('company'),
  name: Short,
  address: Short,
  industry: Short,
  employees: Short,
  updatedAt: Time,
});

const ContactSchema = v.pipe(
  v.strictObject({
    id: v.string(),
    kind: v.literal('contact'),
    role: v.picklist(CONTACT_ROLES),
    name: Short,
    org: Short,
    phone: Short,
    email: Email,
    deputyName: Short,
    deputyPhone: Short,
    tell: Text,
    policyNumber: Short,
    updatedAt: Time,
  }),
  v.check((c) => c.id === `contact:${c.role}`, 'id does not match role'),
);

const SystemsSchema = v.strictObject({
  id: v.literal('systems'),
  kind: v.literal('systems'),
  systems: Text,
  personalData: Text,
  personalCount: Short,
  cardData: YesNo,
  myNumber: YesNo,
  backups: Text,
  lastRestoreTest: Short,
  offlineCopy: YesNo,
  networkCut: Text,
  networkCutWho: Short,
  updatedAt: Time,
});

const CheckSchema = v.strictObject({
  id: v.literal('check'),
  kind: v.literal('check'),
  answers: v.record(CheckId, v.picklist(['yes', 'no'])),
  reviewedAt: v.union([v.literal(''), Time]),
  updatedAt: Time,
});

/** One record of the prep store, as a backup may carry it. */
export const PrepSchema = v.variant('kind', [
  CompanySchema,
  ContactSchema,
  SystemsSchema,
  CheckSchema,
]);
