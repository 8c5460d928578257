import { afterEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/preact';
import { renderAt } from '../guide/test-utils';
import { useFreshDB } from '../../storage/test-db';
import { setLanguage } from '../../i18n/active';
import type { Language } from '../../i18n/languages';

useFreshDB();
afterEach(() => setLanguage('ja'));

/** The text under the settings' backup heading. */
async function backupText(heading: string): Promise<string> {
  const h = await screen.findByRole('heading', { level: 2, name: heading }, { timeout: 5000 });
  return h.nextElementSibling!.textContent!;
}

describe('設定: the backup passphrase is one word, and says what it is', () => {
  const cases: { lang: Language; heading: string; says: string[]; never: RegExp }[] = [
    {
      lang: 'ja',
      heading: 'バックアップと復元',
      says: [
        'パスフレーズで暗号化できます。',
        'パスフレーズは、バックアップのファイルを守るパスワードで、復元するときに必要です。',
      ],
      never: /パスワードで暗号化/,
    },
    {
      lang: 'en',
      heading: 'Backup and restore',
      says: [
        'encrypted with a passphrase',
        'a password that protects the backup file, needed to restore it',
      ],
      never: /with a password\./,
    },
    {
      lang: 'ja-easy',
      heading: 'バックアップと復元',
      says: ['あいことば（パスワード）で暗号にできます。', 'もとにもどすときに、必要です。'],
      never: /パスフレーズ|パスワードで暗号/,
    },
  ];
  for (const { lang, heading, says, never } of cases)
    it(lang, async () => {
      await setLanguage(lang);
      renderAt('/settings');
      const text = await backupText(heading);
      for (const s of says) expect(text).toContain(s);
      expect(text).not.toMatch(never);
    });
});
