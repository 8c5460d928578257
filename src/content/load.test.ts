// @vitest-environment node
import { describe, it, expect } from 'vitest';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPlaybooksDir } from './read-dir';
import { createLoader } from './load';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const files = readPlaybooksDir(join(root, 'playbooks'), root);

/** A fake `import.meta.glob` result that records which files were imported. */
function fakeModules() {
  const loaded: string[] = [];
  const modules = Object.fromEntries(
    files.map((f) => [`../../${f.file}`, async () => (loaded.push(f.data.id), f.data)]),
  );
  return { modules, loaded };
}

describe('load', () => {
  it('loads one playbook lazily, once', async () => {
    const { modules, loaded } = fakeModules();
    const loader = createLoader(modules);
    expect(loaded).toEqual([]);
    const pb = await loader.loadPlaybook('ransomware');
    await loader.loadPlaybook('ransomware');
    expect(pb.kind).toBe('incident-type');
    expect(loaded).toEqual(['ransomware']);
    await expect(loader.loadPlaybook('nope')).rejects.toThrow(/unknown playbook "nope"/);
  });

  it('loads what checklistFor needs, and everything as Content', async () => {
    const { modules } = fakeModules();
    const loader = createLoader(modules);
    const pbs = await loader.loadIncidentPlaybooks(['leak']);
    expect(pbs.map((p) => p.id)).toEqual(['basic', 'leak']);
    const content = await loader.loadAll();
    expect(content.incidentTypes.map((t) => t.id)).toEqual([
      'virus',
      'ransomware',
      'leak',
      'outage',
    ]);
    expect(content.contacts.groups.length).toBeGreaterThan(3);
    expect(content.files.every((f) => f.kind !== ('reporting-rules' as string))).toBe(true);
  });

  it('retries a failed chunk load', async () => {
    let calls = 0;
    const loader = createLoader({
      '../../playbooks/basic.yaml': async () => {
        if (calls++ === 0) throw new Error('offline');
        return files.find((f) => f.data.id === 'basic')!.data;
      },
    });
    await expect(loader.loadPlaybook('basic')).rejects.toThrow('offline');
    await expect(loader.loadPlaybook('basic')).resolves.toMatchObject({ id: 'basic' });
  });
});
