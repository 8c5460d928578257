import { describe, expect, it } from 'vitest';
import { emailProblem, normalizeEmail, normalizePhone, phoneProblem } from './phone';

describe('phone numbers as typed', () => {
  it('turns full-width digits and dashes half-width and keeps hyphens', () => {
    expect(normalizePhone('０３ー１２３４－５６７８')).toBe('03-1234-5678');
    expect(normalizePhone(' 090-1234-5678 ')).toBe('090-1234-5678');
    expect(normalizePhone('03(1234)5678')).toBe('03-1234-5678');
    expect(normalizePhone('＃９１１０')).toBe('#9110');
  });
  it('accepts empty and callable numbers, refuses letters and odd lengths', () => {
    expect(phoneProblem('')).toBeNull();
    expect(phoneProblem('110')).toBeNull();
    expect(phoneProblem('+81-3-1234-5678')).toBeNull();
    expect(phoneProblem('03-abcd')).toMatch(/数字とハイフン/);
    expect(phoneProblem('12')).toMatch(/桁数/);
  });
  it('checks e-mail addresses loosely', () => {
    expect(normalizeEmail(' a＠b．jp ')).toBe('a@b.jp');
    expect(emailProblem('')).toBeNull();
    expect(emailProblem('a@b.jp')).toBeNull();
    expect(emailProblem('a@b')).toMatch(/メールアドレス/);
  });
});
