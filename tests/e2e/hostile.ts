/** Strings an attacker (or an unlucky paste) might put into any text field. */
export const hostileStrings = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload=window.__pwned=1>',
  'javascript:window.__pwned=1',
  '[クリック](javascript:window.__pwned=1)',
  '![x](https://evil.example/x.png)',
  '# 見出し\n* 箇条書き | 表 | `code` _強調_ **太字**',
  '\u202Eevil.exe\u202C 右から左',
  'NUL\u0000BEL\u0007ESC\u001b[31m',
  '&lt;b&gt; &amp; &#x3C;',
  '__proto__',
  'あ'.repeat(5000),
];

/** Installs a trap that records any sign of executed injected code. */
export const trapScript = () => {
  const w = window as unknown as { __pwned?: number; __cspViolations: string[] };
  w.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
  });
  window.alert = () => {
    w.__pwned = 2;
  };
};
