// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { evaluate } from './engine';
import { allNo, due, get } from './test-obligations';

const AT = '2026-11-25T10:00:00+09:00';

/**
 * The 事例 of 個人情報保護委員会「個人情報の保護に関する法律についてのガイドライン（通則編）」
 * 3-5-1 (漏えい・滅失・毀損) and 3-5-3-1 (報告対象となる事態), each with the guideline's answer:
 * the PPC report owed (and by which 号 of 施行規則第7条, and the 確報 period) or not (why).
 */
interface Case {
  /** Section and 事例 of the guideline (Q&A when named). */
  cites: string;
  name: string;
  answers: Record<string, string>;
  types?: string[];
  causes?: string[];
  /** The met criteria of rep-ppc (the 号 of 規則第7条) and the 確報 days, or why it is not owed. */
  ppc:
    | { owed: string[]; days: 30 | 60 }
    | { not: 'rep-ppc-not-applicable' | 'rep-ppc-not-leaked' | 'rep-ppc-encrypted' };
  /** Other destinations that must (or must not) apply. */
  also?: Record<string, boolean>;
}

const SENSITIVE = ['rep-ppc-sensitive'];
const FINANCIAL = ['rep-ppc-financial'];
const UNLAWFUL = ['rep-ppc-unlawful'];
const OVER_1000 = ['rep-ppc-over-1000'];
/** Ransomware on personal data, the data restored from a backup. */
const RESTORED_RANSOMWARE = { personal: 'yes', malware: 'yes', extortion: 'yes', recovered: 'yes' };

const cases: Case[] = [
  // 3-5-1-2 「漏えい」
  {
    cites: '3-5-1-2 事例1',
    name: "a letter with one customer's address sent to the wrong person: 漏えい, but no 号 met",
    answers: allNo({ personal: 'yes' }),
    causes: ['misdelivery'],
    ppc: { not: 'rep-ppc-not-applicable' },
    also: { 'rep-data-subjects': false },
  },
  {
    cites: '3-5-1-2 事例2',
    name: 'an email with a list of 1,200 customers sent to the wrong address',
    answers: allNo({ personal: 'yes', count: 'over-1000' }),
    causes: ['misdelivery'],
    ppc: { owed: OVER_1000, days: 30 },
  },
  {
    cites: '3-5-1-2 なお書き, Q&A A6-1 事例1',
    name: 'health check results emailed to the wrong address, deleted unread (confirmed)',
    answers: allNo({ personal: 'yes', sensitive: 'yes', recovered: 'yes' }),
    causes: ['misdelivery'],
    ppc: { not: 'rep-ppc-not-leaked' },
    also: { 'rep-data-subjects': false },
  },
  {
    cites: '3-5-1-2 事例2, Q&A A6-1 なお書き; 3-5-3-1 (1)',
    name: 'the same email, but whether the recipient read it cannot be confirmed',
    answers: allNo({ personal: 'yes', sensitive: 'yes', recovered: 'unknown' }),
    causes: ['misdelivery'],
    ppc: { owed: SENSITIVE, days: 30 },
  },
  {
    cites: '3-5-1-2 事例3; 3-5-3-1 (4) 事例',
    name: 'a setting error made a list of 2,000 customers visible on the internet',
    answers: allNo({ personal: 'yes', count: 'over-1000', exposed: 'yes' }),
    ppc: { owed: OVER_1000, days: 30 },
  },
  {
    cites: '3-5-1-2 なお書き, Q&A A6-1 事例2',
    name: 'the same list, closed again with the access log showing nobody viewed it',
    answers: allNo({ personal: 'yes', count: 'over-1000', exposed: 'yes', recovered: 'yes' }),
    ppc: { not: 'rep-ppc-not-leaked' },
  },
  {
    cites: '3-5-1-2 事例4; 3-5-3-1 (3) 事例3',
    name: "a bag with 20 customers' application forms stolen",
    answers: allNo({ personal: 'yes', theft: 'yes' }),
    causes: ['loss'],
    ppc: { owed: UNLAWFUL, days: 60 },
    also: { 'rep-police': true },
  },
  {
    cites: '3-5-1-2 事例5; 3-5-3-1 (3) 事例1',
    name: 'customer data taken through unauthorized access',
    answers: allNo({ personal: 'yes', 'unauthorized-access': 'yes' }),
    causes: ['unauthorized-access'],
    ppc: { owed: UNLAWFUL, days: 60 },
    also: { 'rep-police': true, 'rep-ipa': true },
  },
  {
    cites: '3-5-1-2 事例6; 3-5-3-1 (3) 事例6',
    name: "the website's input page altered by an intruder, entered data sent to the intruder",
    answers: allNo({ personal: 'yes', 'unauthorized-access': 'yes', 'other-unlawful': 'yes' }),
    ppc: { owed: UNLAWFUL, days: 60 },
  },
  // 3-5-1-3 「滅失」
  {
    cites: '3-5-1-3 事例1',
    name: 'a printed list of 1,500 customers shredded by mistake, no other copy',
    answers: allNo({ personal: 'yes', count: 'over-1000' }),
    ppc: { owed: OVER_1000, days: 30 },
  },
  {
    cites: '3-5-1-3 なお書き',
    name: 'the same list, printed from the customer database that still holds it',
    answers: allNo({ personal: 'yes', count: 'over-1000', recovered: 'yes' }),
    ppc: { not: 'rep-ppc-not-leaked' },
  },
  {
    cites: '3-5-1-3 事例2; 3-5-3-1 (1)',
    name: "papers with 10 employees' health check results lost inside the office",
    answers: allNo({ personal: 'yes', sensitive: 'yes' }),
    causes: ['loss'],
    ppc: { owed: SENSITIVE, days: 30 },
    also: { 'rep-police': false },
  },
  // 3-5-1-4 「毀損」
  {
    cites: '3-5-1-4 事例1; 3-5-3-1 (3)',
    name: "an intruder altered 30 customers' records",
    answers: allNo({ personal: 'yes', 'unauthorized-access': 'yes' }),
    ppc: { owed: UNLAWFUL, days: 60 },
  },
  {
    cites: '3-5-1-4 事例2 and なお書き',
    name: 'the key of an encrypted file of 1,500 customers lost, a plain copy kept elsewhere',
    answers: allNo({ personal: 'yes', count: 'over-1000', recovered: 'yes' }),
    ppc: { not: 'rep-ppc-not-leaked' },
  },
  {
    cites: '3-5-1-4 事例3; 3-5-3-1 (3) 事例2',
    name: "ransomware encrypted 50 customers' data beyond recovery",
    answers: allNo({ personal: 'yes', malware: 'yes', extortion: 'yes' }),
    types: ['ransomware'],
    ppc: { owed: UNLAWFUL, days: 60 },
  },
  {
    cites: '3-5-1-4 なお書き',
    name: 'ransomware, the data restored from a backup, an investigation found nothing taken out',
    answers: allNo({ ...RESTORED_RANSOMWARE, 'exfiltration-ruled-out': 'yes' }),
    types: ['ransomware'],
    ppc: { not: 'rep-ppc-not-leaked' },
    // Not a 漏えい等, but still a crime and a virus: 警察 and IPA stay.
    also: { 'rep-data-subjects': false, 'rep-police': true, 'rep-ipa': true },
  },
  // Restoring undoes the 毀損, not a leak: until theft is ruled out it stays 第3号.
  ...(['no', 'unknown'] as const).map((ruledOut) => ({
    cites: '3-5-1-4 なお書き (同時に窃取); 3-5-3-1 (3) 事例2',
    name: `ransomware, the data restored from a backup, theft ruled out: ${ruledOut}`,
    answers: allNo({ ...RESTORED_RANSOMWARE, 'exfiltration-ruled-out': ruledOut }),
    types: ['ransomware'],
    ppc: { owed: UNLAWFUL, days: 60 as const },
  })),
  {
    cites: '3-5-1-4 なお書き (同時に窃取); 3-5-3-1 (3) 事例2',
    name: 'restored from a backup, theft not ruled out, and whether it was an attack is not known',
    answers: allNo({ personal: 'yes', 'unauthorized-access': 'unknown', recovered: 'yes' }),
    ppc: { owed: UNLAWFUL, days: 30 },
  },
  {
    cites: '3-5-1-4 (※)',
    name: 'ransomware with a backup, but the data was also taken out (double extortion)',
    answers: allNo({ personal: 'yes', malware: 'yes', extortion: 'yes', recovered: 'no' }),
    types: ['ransomware'],
    ppc: { owed: UNLAWFUL, days: 60 },
  },
  // 3-5-3-1 報告対象となる事態
  {
    cites: '3-5-3-1 (1) 事例1',
    name: "a hospital's USB stick with patients' medical records lost",
    answers: allNo({ personal: 'yes', sensitive: 'yes' }),
    causes: ['loss'],
    ppc: { owed: SENSITIVE, days: 30 },
  },
  {
    cites: '3-5-3-1 (1) 事例2',
    name: "employees' health check results leaked",
    answers: allNo({ personal: 'yes', sensitive: 'yes' }),
    ppc: { owed: SENSITIVE, days: 30 },
  },
  {
    cites: '3-5-3-1 (2) 事例1',
    name: 'credit card numbers leaked from an online shop (by unauthorized access)',
    answers: allNo({ personal: 'yes', card: 'yes', 'unauthorized-access': 'yes' }),
    ppc: { owed: ['rep-ppc-financial', 'rep-ppc-unlawful'], days: 60 },
    also: { 'rep-card-company': true },
  },
  {
    cites: '3-5-3-1 (2) 事例2',
    name: 'login IDs and passwords of a service with payment functions sent to the wrong person',
    answers: allNo({ personal: 'yes', financial: 'yes', account: 'yes' }),
    causes: ['misdelivery'],
    ppc: { owed: FINANCIAL, days: 30 },
    also: { 'rep-account-stop': true },
  },
  {
    cites: '3-5-3-1 (3) 事例4',
    name: "an employee took customers' data out and gave it to a third party",
    answers: allNo({ personal: 'yes', insider: 'yes' }),
    causes: ['insider'],
    ppc: { owed: UNLAWFUL, days: 60 },
    also: { 'rep-police': true },
  },
  {
    cites: '3-5-3-1 (3) 事例5',
    name: "an employee's own device with info-stealing malware infected the server, data leaked",
    answers: allNo({ personal: 'yes', malware: 'yes' }),
    types: ['virus'],
    ppc: { owed: UNLAWFUL, days: 60 },
    also: { 'rep-ipa': true },
  },
  {
    cites: '3-5-3-1 (3) 事例7',
    name: 'a link on the website altered to lead to a fake input page',
    answers: allNo({ personal: 'yes', 'other-unlawful': 'yes' }),
    ppc: { owed: UNLAWFUL, days: 60 },
    also: { 'rep-police': true },
  },
  {
    cites: '3-5-3-1 (3) 事例8',
    name: 'return envelopes with an address altered by a third party: surveys sent to them',
    answers: allNo({ personal: 'yes', 'other-unlawful': 'yes' }),
    causes: ['misdelivery'],
    ppc: { owed: UNLAWFUL, days: 60 },
    also: { 'rep-police': true },
  },
  {
    cites: '3-5-3-1 (4) 本文',
    name: 'the number of people not known yet, possibly over 1,000 (counted at its maximum)',
    answers: allNo({ personal: 'yes', count: 'unknown' }),
    ppc: { owed: OVER_1000, days: 30 },
  },
  {
    cites: '3-5-3-1 なお書き (高度な暗号化)',
    name: 'a stolen laptop encrypted at a high level, the key kept apart',
    answers: allNo({ personal: 'yes', theft: 'yes', encrypted: 'yes' }),
    causes: ['loss'],
    ppc: { not: 'rep-ppc-encrypted' },
    also: { 'rep-data-subjects': false, 'rep-police': true },
  },
];

describe('通則編 3-5-1 and 3-5-3-1: each 事例 gets the guideline answer', () => {
  it.each(cases)('$cites: $name', ({ answers, types = ['leak'], causes = [], ppc, also }) => {
    const os = evaluate(answers, AT, types, causes);
    const o = get(os, 'rep-ppc');
    if ('owed' in ppc) {
      expect(o.applies).toBe(true);
      expect(o.reasons.map((r) => r.id)).toEqual(ppc.owed);
      expect(due(os, 'rep-ppc', 'rep-ppc-final')).toMatchObject({ basis: 'law', days: ppc.days });
      expect(due(os, 'rep-ppc', 'rep-ppc-prompt')).toMatchObject({ basis: 'guideline', days: 3 });
      // 本人への通知 goes with the report (法第26条第2項).
      expect(get(os, 'rep-data-subjects').applies).toBe(true);
    } else {
      expect(o.applies).toBe(false);
      expect(o.reasons.map((r) => r.id)).toContain(ppc.not);
    }
    for (const [dest, applies] of Object.entries(also ?? {}))
      expect(get(os, dest).applies, dest).toBe(applies);
  });
});
