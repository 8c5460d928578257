// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { emailProblem, isEmailAddress, mailtoHref, normalizeEmail } from './email';

const BAD = 'shape';

describe('the one e-mail address rule', () => {
  it('makes full-width characters half-width and trims', () => {
    expect(normalizeEmail(' ｙａｍａｄａ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ ')).toBe(
      'yamada@example.co.jp',
    );
  });

  it.each([
    'a@b.jp',
    'taro.yamada+incident@example.co.jp',
    'taro..yamada.@docomo.ne.jp',
    'support_desk-1@mail.vendor-name.example',
  ])('accepts %s and links it', (email) => {
    expect(isEmailAddress(email)).toBe(true);
    expect(emailProblem(email)).toBeNull();
    expect(mailtoHref(email)).toBe(`mailto:${email}`);
  });

  it.each([
    '"><script>alert(2)</script>@x.jp',
    '<img src=x onerror=alert(1)>@x.jp',
    'a@b',
    'a b@x.jp',
    'a?cc=evil@evil.jp',
    'a&b@x.jp',
    'a%0Abcc@x.jp',
    "o'brien@x.jp",
    'javascript:alert(1)//@x.jp',
    'a@-x.jp',
    'a@x..jp',
    '山田@例え.jp',
    `${'a'.repeat(250)}@x.jp`,
  ])('refuses %s with the same message as any bad address, and links nothing', (email) => {
    expect(isEmailAddress(email)).toBe(false);
    expect(emailProblem(email)).toBe(BAD);
    expect(mailtoHref(email)).toBeNull();
  });

  it('lets an empty address pass (the field is optional)', () => {
    expect(emailProblem('')).toBeNull();
    expect(mailtoHref('')).toBeNull();
  });
});
