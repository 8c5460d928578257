// @vitest-environment node
import { describe, it, expect } from 'vitest';
import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { playbooksPlugin } from './yaml-plugin';

const root = resolve(fileURLToPath(import.meta.url), '../../..');

/** Calls the plugin's hooks the way Vite would, with `root` as the Vite root. */
function run(viteRoot: string, id: string, options?: Parameters<typeof playbooksPlugin>[0]) {
  const plugin = playbooksPlugin(options) as unknown as {
    configResolved: (c: { root: string }) => void;
    load: (id: string) => { code: string } | null;
  };
  plugin.configResolved({ root: viteRoot });
  return plugin.load(id);
}

describe('playbooksPlugin', () => {
  it('compiles a playbook to a JSON default export', () => {
    const out = run(root, join(root, 'playbooks/ransomware.yaml') + '?import');
    const json = JSON.parse(out!.code.replace(/^export default /, '').replace(/;\s*$/, ''));
    expect(json).toMatchObject({ kind: 'incident-type', id: 'ransomware' });
    expect(run(root, join(root, 'src/other.yaml'))).toBeNull();
    expect(run(root, join(root, 'src/main.tsx'))).toBeNull();
  });

  it('fails naming the file and the path inside it', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'plugin-'));
    try {
      cpSync(join(root, 'playbooks'), join(tmp, 'playbooks'), { recursive: true });
      const path = join(tmp, 'playbooks/ransomware.yaml');
      const text = readFileSync(path, 'utf8').replace(
        'id: ransomware-rebuild',
        'id: ransomware rebuild',
      );
      writeFileSync(path, text);
      expect(() => run(tmp, join(tmp, 'playbooks/virus.yaml'))).toThrow(
        /^playbooks\/ransomware\.yaml: phases\.2\.sections\.0\.items\.2\.id: must be kebab-case/,
      );
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('runs the validators of external kinds', () => {
    const external = {
      'reporting-rules': () => {
        throw new Error('bad rule');
      },
    };
    expect(() => run(root, join(root, 'playbooks/basic.yaml'), { external })).toThrow(
      /^playbooks\/reporting-rules\.yaml: \(root\): bad rule/,
    );
  });
});
