// Records of 平時の備え (the company's own profile), stored in the `prep` store (v2).
// FROZEN: the record ids ('company', 'systems', 'check', 'contact:<role>') and the kinds.

/** The roles of the call list: inside the company first, then outside. Order is display order. */
export const CONTACT_ROLES = [
  'executive',
  'security-officer',
  'staff',
  'sysadmin',
  'vendor',
  'cloud',
  'insurance',
  'otasuke',
  'lawyer',
  'card',
  'police',
  'partner',
] as const;
/** One role of the call list (経営者, 保守ベンダー, …). */
export type ContactRole = (typeof CONTACT_ROLES)[number];

/** 会社の情報. */
export interface CompanyProfile {
  id: 'company';
  kind: 'company';
  name: string;
  address: string;
  industry: string;
  employees: string;
  updatedAt: string;
}

/** One person or organisation of 体制と連絡先 (one record per role). */
export interface PrepContact {
  id: `contact:${ContactRole}`;
  kind: 'contact';
  role: ContactRole;
  /** Person's name (inside) or the person in charge (outside). */
  name: string;
  /** Organisation or department. */
  org: string;
  /** Half-width digits and hyphens only ('' when not known). */
  phone: string;
  email: string;
  deputyName: string;
  deputyPhone: string;
  /** What to tell them when calling. */
  tell: string;
  /** サイバー保険: the policy number ('' otherwise). */
  policyNumber: string;
  updatedAt: string;
}

/** A yes / no answer that may be left open. */
export type YesNo = 'yes' | 'no' | '';

/** システムと情報. */
export interface SystemsProfile {
  id: 'systems';
  kind: 'systems';
  /** The important systems and services, free text. */
  systems: string;
  /** Where personal data is kept. */
  personalData: string;
  /** Roughly how many people (free text, e.g. 約3,000人). */
  personalCount: string;
  cardData: YesNo;
  myNumber: YesNo;
  /** Where backups are. */
  backups: string;
  /** When a restore was last tried (YYYY-MM-DD or ''). */
  lastRestoreTest: string;
  offlineCopy: YesNo;
  /** How to cut the network (which cable, router, Wi-Fi). */
  networkCut: string;
  /** Who may cut it. */
  networkCutWho: string;
  updatedAt: string;
}

/** 備えの点検: answers by check id, and when it was last reviewed. */
export interface ReadinessCheck {
  id: 'check';
  kind: 'check';
  answers: Record<string, 'yes' | 'no'>;
  /** When the check was last completed (ISO), '' when never. */
  reviewedAt: string;
  updatedAt: string;
}

/** Any record of the prep store. */
export type PrepRecord = CompanyProfile | PrepContact | SystemsProfile | ReadinessCheck;
