import { describe, expect, it } from 'vitest';
import { tierFiles, tierOfModule, tierOfUrl } from './precache-plan';

const node = (
  facade: string,
  imports: string[] = [],
  dynamicImports: string[] = [],
  css: string[] = [],
) => ({
  facade,
  imports,
  dynamicImports,
  css,
});

describe('precache plan', () => {
  it('keeps a chunk shared with an incident page in the install step', () => {
    const chunks = new Map([
      ['main.js', node('/src/main.tsx', [], ['Playbook.js', 'Share.js', 'Team.js'])],
      ['Playbook.js', node('/src/features/guide/PlaybookPage.tsx', ['shared.js'], [], ['p.css'])],
      ['Share.js', node('/src/features/export/SharePage.tsx', ['shared.js', 'build.js'])],
      ['Team.js', node('/src/features/team/TeamPage.tsx', ['pouch.js'])],
      ['shared.js', node('/src/ui/x.ts')],
      ['build.js', node('/src/export/build.ts')],
      ['pouch.js', node('/node_modules/pouchdb/index.js')],
    ]);
    const tiers = tierFiles(chunks, ['main.js']);
    expect(Object.fromEntries(tiers)).toEqual({
      'main.js': 'install',
      'Playbook.js': 'install',
      'p.css': 'install',
      'shared.js': 'install',
      'Share.js': 'warm',
      'build.js': 'warm',
      'Team.js': 'demand',
      'pouch.js': 'demand',
    });
  });

  it('never stores prerendered pages; stores the shell, and warms icons and unlinked workers', () => {
    const tiers = new Map([['assets/main-a.js', 'install' as const]]);
    expect(tierOfUrl('index.html', tiers)).toBe('install');
    expect(tierOfUrl('guide/virus/index.html', tiers)).toBeNull();
    expect(tierOfUrl('assets/main-a.js', tiers)).toBe('install');
    expect(tierOfUrl('assets/export.worker-b.js', tiers)).toBe('warm');
    expect(tierOfUrl('icons/icon-512.png', tiers)).toBe('warm');
  });

  it('puts the rare screens after install and team mode on first use', () => {
    expect(tierOfModule('/src/features/incidents/IncidentPage.tsx')).toBe('install');
    expect(tierOfModule('/src/features/drills/pages.tsx')).toBe('warm');
    expect(tierOfModule('/src/features/guide/GuideDocPage.tsx')).toBe('warm');
    expect(tierOfModule('/src/features/team/TeamPage.tsx')).toBe('demand');
    expect(tierOfModule('/src/i18n/en/home.ts')).toBe('languages');
    expect(tierOfModule('/src/i18n/ja-easy/guide.ts')).toBe('languages');
    expect(tierOfModule('/src/i18n/ja/home.ts')).toBe('install');
  });
});
