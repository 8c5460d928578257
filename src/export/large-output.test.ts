// @vitest-environment node
// The documents of a 1,000-entry incident stay byte for byte what they were before the
// builder was made faster (digests taken from the builder at commit 63be188; the reporting
// section's 決め手の質問 updated when they became the deciding questions only).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildExport, EXPORT_KINDS } from './build';
import { largeSnapshot } from './large-fixture';
import { content, NOW } from './test-fixtures';
import { reportingOutline } from '../features/reporting/outline';

const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

const EXPECTED: Record<string, string> = {
  'summary-short': '6efb0c94e4409e76 概要_経理PCのランサムウェア感染_2026-11-25.txt',
  'summary-full': '281c4ac50d6e41c5 概要_全文_経理PCのランサムウェア感染_2026-11-25.txt',
  markdown: '5a949dec04e0d535 概要_経理PCのランサムウェア感染_2026-11-25.md',
  'first-report': '227c2bff898a7ecd 第一報_経理PCのランサムウェア感染_2026-11-25.txt',
  'later-report': 'cd1bd2683a9a771d 第二報・最終報_経理PCのランサムウェア感染_2026-11-25.txt',
  ppc: '5782602e7ccf8db8 個人情報保護委員会向け_経理PCのランサムウェア感染_2026-11-25.txt',
  handover: '5a93b3d16ebb1761 引継ぎ_経理PCのランサムウェア感染_2026-11-25.txt',
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
