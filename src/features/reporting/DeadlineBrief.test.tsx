import { describe, expect, it } from 'vitest';
import { shortTitle } from './words';

describe('shortTitle', () => {
  it('drops a trailing 「（…）」 only when it repeats the deadline label', () => {
    expect(shortTitle('個人情報保護委員会への報告（速報・確報）', '速報')).toBe(
      '個人情報保護委員会への報告',
    );
    expect(shortTitle('個人情報保護委員会への報告（特定個人情報・マイナンバー）', '速報')).toBe(
      '個人情報保護委員会への報告（特定個人情報・マイナンバー）',
    );
  });
});
