// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildExport } from './build';
import { escapeHtml, escapeMarkdownInline } from './escape';
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
