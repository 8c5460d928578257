// @vitest-environment node
// The documents of a 1,000-entry incident stay byte for byte what they were before the
// builder was made faster (digests taken from the builder at commit 63be188).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildExport, EXPORT_KINDS } from './build';
import { largeSnapshot } from './large-fixture';
import { content, NOW } from './test-fixtures';
import { reportingOutline } from '../features/reporting/outline';

const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

const EXPECTED: Record<string, string> = {
  'summary-short': '6efb0c94e4409e76 概要_経理PCのランサムウェア感染_2026-11-25.txt',
  'summary-full': '9572a34d38ccc939 概要_全文_経理PCのランサムウェア感染_2026-11-25.txt',
  markdown: 'c09fbe1c43bcf8e9 概要_経理PCのランサムウェア感染_2026-11-25.md',
  'first-report': '1719284098df91c1 第一報_経理PCのランサムウェア感染_2026-11-25.txt',
  'later-report': 'bbe46b8f01d9553e 第二報・最終報_経理PCのランサムウェア感染_2026-11-25.txt',
  ppc: 'a289a610d2625418 個人情報保護委員会向け_経理PCのランサムウェア感染_2026-11-25.txt',
  handover: 'e1508c9b3ffcf456 引継ぎ_経理PCのランサムウェア感染_2026-11-25.txt',
  'deletion-request': 'e5fae64d2e62c78b 削除依頼_経理PCのランサムウェア感染_2026-11-25.txt',
};

describe('documents of an incident with 1,000 timeline entries', () => {
  const snap = largeSnapshot(1000);
  const withRules = { ...content, reportingOutline };
  for (const { kind } of EXPORT_KINDS) {
    it(`${kind} is unchanged`, () => {
      const doc = buildExport(kind, snap, withRules, NOW, {});
      expect(`${digest(doc.text)} ${doc.filename}`).toBe(EXPECTED[kind]);
    });
  }
});
