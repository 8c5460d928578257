// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildExport } from './build';
import { escapeHtml, escapeMarkdownInline } from './escape';
import { stripUnsafeChars } from '../lib/unsafe-text';
import { content, fullSnapshot, NOW } from './test-fixtures';

describe('escaping user text', () => {
  it('turns HTML-significant characters into entities', () => {
    expect(escapeHtml(`<script>alert("x" & 'y')</script>`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;',
    );
  });

  it('neutralises Markdown syntax inside a line', () => {
    expect(escapeMarkdownInline('[link](javascript:x) **b** _i_ `c` ~~s~~ a|b \\')).toBe(
      '\\[link\\](javascript:x) \\*\\*b\\*\\* \\_i\\_ \\`c\\` \\~\\~s\\~\\~ a\\|b \\\\',
    );
  });

  it('neutralises block syntax at the start of a line', () => {
    expect(escapeMarkdownInline('# 見出し')).toBe('\\# 見出し');
    expect(escapeMarkdownInline('- 項目')).toBe('\\- 項目');
    expect(escapeMarkdownInline('+ 項目')).toBe('\\+ 項目');
    expect(escapeMarkdownInline('12. 番号')).toBe('12\\. 番号');
    expect(escapeMarkdownInline('> 引用')).toBe('&gt; 引用');
    expect(escapeMarkdownInline('    code')).toBe('code');
    expect(escapeMarkdownInline('a # b - c 1. d')).toBe('a # b - c 1. d');
  });

  it('keeps hostile text inert in the Markdown summary', () => {
    const hostile = '<img src=x onerror=alert(1)>\n# 偽の見出し\n[click](https://evil.example)';
    const snap = {
      ...fullSnapshot,
      incident: { ...fullSnapshot.incident, title: '**太字** <b>' },
      fields: fullSnapshot.fields.map((f) =>
        f.fieldId === 'event' ? { ...f, value: hostile } : f,
      ),
    };
    const md = buildExport('markdown', snap, content, NOW).text;
    expect(md).toContain('# インシデント概要: \\*\\*太字\\*\\* &lt;b&gt;');
    expect(md).not.toContain('<img');
    expect(md).not.toContain('<b>');
    expect(md).toContain(
      '&lt;img src=x onerror=alert(1)&gt;  \n  \\# 偽の見出し  \n  \\[click\\](https://evil.example)',
    );
    expect(md).not.toMatch(/^# 偽/m);
  });
});

describe('stripUnsafeChars', () => {
  it('removes control characters and bidi overrides, keeps tabs, line breaks and Japanese', () => {
    expect(stripUnsafeChars('A\u0000B\u0007C\u001b[31mD\u202Eexe.txt\u202C\u2066x\u2069')).toBe(
      'ABC[31mDexe.txtx',
    );
    expect(stripUnsafeChars('行1\n行2\tタブ\r\n')).toBe('行1\n行2\tタブ\r\n');
  });
});

describe('documents carry no control or bidi-override characters from user text', () => {
  it('strips them in every format', () => {
    const snap = {
      ...fullSnapshot,
      incident: { ...fullSnapshot.incident, title: '請求書\u202Etxt.exe\u202C\u0007' },
    };
    for (const kind of ['summary-short', 'summary-full', 'markdown', 'handover'] as const) {
      const doc = buildExport(kind, snap, content, NOW);
      expect(doc.text).toContain('請求書txt.exe');
      // eslint-disable-next-line no-control-regex -- the test looks for control characters
      expect(doc.text).not.toMatch(/[\u0000-\u0008\u202a-\u202e]/);
    }
  });
});
