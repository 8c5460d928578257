import { describe, it, expect } from 'vitest';
import { htmlLang, pickLanguage } from './languages';

describe('pickLanguage', () => {
  it('keeps a stored choice', () => {
    expect(pickLanguage('ja-easy', ['en-US'])).toBe('ja-easy');
    expect(pickLanguage('en', ['ja'])).toBe('en');
  });

  it("follows the browser's first English or Japanese preference on a first visit", () => {
    expect(pickLanguage(undefined, ['en-GB', 'ja'])).toBe('en');
    expect(pickLanguage(undefined, ['ja-JP', 'en'])).toBe('ja');
    expect(pickLanguage(undefined, ['vi', 'EN'])).toBe('en');
    expect(pickLanguage('fr', ['vi', 'pt-BR'])).toBe('ja');
    expect(pickLanguage(undefined, [])).toBe('ja');
  });

  it('sets a valid html lang for both Japanese variants', () => {
    expect(htmlLang('ja-easy')).toBe('ja');
    expect(htmlLang('en')).toBe('en');
  });
});
