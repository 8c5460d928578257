import { describe, expect, it } from 'vitest';
import { normalizePhone, phoneProblem, telHref } from './phone';

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
    expect(phoneProblem('03-abcd')).toBe('characters');
    expect(phoneProblem('12')).toBe('digits');
  });
  it('links a number typed full-width with ASCII digits, and no number that cannot be called', () => {
    expect(telHref('０３－１２３４－５６７８')).toBe('tel:03-1234-5678');
    expect(telHref('03-1234-5678')).toBe('tel:03-1234-5678');
    expect(telHref('')).toBeNull();
    expect(telHref('03-abc')).toBeNull();
  });
});
