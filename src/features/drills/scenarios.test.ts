// @vitest-environment node
import { describe, it, expect } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPlaybooksDir } from '../../content/read-dir';
import { drillAndPlaybookRenderings, drillsPlugin, readDrillsDir } from './drills-plugin';
import { RENDERINGS_MODULE } from '../../content/yaml-plugin';
import { renderingKey } from '../../content/rendering-key';
import { knownIds } from './scenario-validate';
import { QUESTION_IDS } from '../reporting/questions';

const root = resolve(fileURLToPath(import.meta.url), '../../../..');

/** Copies playbooks/ to a temp root, edits one scenario, reads the drills there: a thunk that rethrows. */
function readEdited(file: string, edit: (text: string) => string): () => unknown {
  const tmp = mkdtempSync(join(tmpdir(), 'drills-'));
  try {
    cpSync(join(root, 'playbooks'), join(tmp, 'playbooks'), { recursive: true });
    const path = join(tmp, 'playbooks/drills', file);
    const text = readFileSync(path, 'utf8');
    const edited = edit(text);
    expect(edited).not.toBe(text);
    writeFileSync(path, edited);
    const result = readDrillsDir(join(tmp, 'playbooks'), tmp);
    return () => result;
  } catch (e) {
    return () => {
      throw e;
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

describe('drill scenarios', () => {
  const drills = readDrillsDir(join(root, 'playbooks'), root);
  const known = knownIds(readPlaybooksDir(join(root, 'playbooks'), root));

  it('has the four required scenarios', () => {
    expect(drills.map((d) => d.data.id).sort()).toEqual([
      'lost-usb',
      'misdirected-mail',
      'ransomware-monday',
      'website-outage',
    ]);
  });

  it('refers only to checklist items and questions that exist, injects in order', () => {
    for (const { file, data } of drills) {
      const items = [
        ...data.injects.flatMap((i) => i.expect?.items ?? []),
        ...data.model.flatMap((m) => (m.item ? [m.item] : [])),
      ];
      expect(items.length, file).toBeGreaterThan(0);
      for (const id of items) expect(known.items.has(id), `${file}: ${id}`).toBe(true);
      for (const i of data.injects)
        for (const q of Object.keys(i.expect?.answers ?? {}))
          expect(QUESTION_IDS, `${file}: ${q}`).toContain(q);
      const times = data.injects.map((i) => i.at);
      expect(times, file).toEqual([...times].sort((a, b) => a - b));
      expect(times.at(-1)!, file).toBeLessThanOrEqual(data.minutes);
      for (const t of data.types) expect(known.types.has(t), `${file}: ${t}`).toBe(true);
    }
  });

  it('names the file and the path of an unknown checklist item', () => {
    const read = readEdited('lost-usb.yaml', (t) =>
      t.replace('items: [leak-check-what-leaked]', 'items: [leak-check-what-was-lost]'),
    );
    expect(read).toThrow(
      /^playbooks\/drills\/lost-usb\.yaml: injects\.1\.expect\.items\.0: unknown checklist item "leak-check-what-was-lost"/,
    );
  });

  it('names an inject out of order', () => {
    const read = readEdited('website-outage.yaml', (t) => t.replace('- at: 18', '- at: 4'));
    expect(read).toThrow(
      /^playbooks\/drills\/website-outage\.yaml: injects\.3\.at: T\+4 comes before T\+10/,
    );
  });

  it('names a bad channel, answer or cause', () => {
    expect(
      readEdited('misdirected-mail.yaml', (t) => t.replace('channel: visit', 'channel: fax')),
    ).toThrow(/^playbooks\/drills\/misdirected-mail\.yaml: injects\.1\.channel: /);
    expect(
      readEdited('misdirected-mail.yaml', (t) => t.replace("count: 'up-to-100'", "count: 'many'")),
    ).toThrow(/^playbooks\/drills\/misdirected-mail\.yaml: injects\.1\.expect\.answers\.count: /);
    expect(
      readEdited('lost-usb.yaml', (t) => t.replace('causes: [loss]', 'causes: [lost]')),
    ).toThrow(
      /^playbooks\/drills\/lost-usb\.yaml: causes\.0: no chosen incident type has the cause "lost"/,
    );
  });

  it('names a decision step without its reason in the guide', () => {
    const read = readEdited('ransomware-monday.yaml', (t) =>
      t.replace(/\n {4}guide:\n(?: {6}[^\n]*\n){3}/, '\n'),
    );
    expect(read).toThrow(
      /^playbooks\/drills\/ransomware-monday\.yaml: model\.3: a step without an item needs text, why and guide/,
    );
  });

  it('compiles a scenario to a JSON module and leaves other files alone', () => {
    const plugin = drillsPlugin() as unknown as {
      configResolved: (c: { root: string }) => void;
      load: (id: string) => { code: string } | null;
    };
    plugin.configResolved({ root });
    const out = plugin.load(join(root, 'playbooks/drills/lost-usb.yaml') + '?import');
    const json = JSON.parse(out!.code.replace(/^export default /, '').replace(/;\s*$/, ''));
    expect(json).toMatchObject({ kind: 'drill', id: 'lost-usb', causes: ['loss'] });
    expect(plugin.load(join(root, 'playbooks/leak.yaml'))).toBeNull();
  });
});

describe('drill scenario renderings', () => {
  /** The plugin's transform of a module `id` (the playbooks plugin made `code`). */
  function transform(id: string, code = 'export default {};\n') {
    const plugin = drillsPlugin() as unknown as {
      configResolved: (c: { root: string }) => void;
      transform: (
        this: { addWatchFile: (f: string) => void },
        code: string,
        id: string,
      ) => { code: string } | null;
    };
    plugin.configResolved({ root });
    const watched: string[] = [];
    const out = plugin.transform.call({ addWatchFile: (f) => watched.push(f) }, code, id);
    return { out, watched };
  }
  const table = (code: string) =>
    JSON.parse(code.replace(/^export default /, '').replace(/;\s*$/, '')) as Record<string, string>;
  const arrival = '社長が会議から戻りました。';

  it('compiles every scenario Japanese-only', () => {
    const drills = readDrillsDir(join(root, 'playbooks'), root);
    const lostUsb = drills.find((d) => d.data.id === 'lost-usb')!.data;
    expect(lostUsb.title).toBe('顧客データの入ったUSBメモリーをなくした');
    expect(lostUsb.injects[2]!.text).toBe(arrival);
    const strings = JSON.stringify(drills.map((d) => d.data));
    expect(strings).not.toMatch(/"(en|easy)":/);
  });

  it("adds the scenarios' renderings to the playbooks' renderings modules", () => {
    const en = transform(`\0${RENDERINGS_MODULE}en`);
    const easy = transform(`\0${RENDERINGS_MODULE}easy`);
    expect(table(en.out!.code)[renderingKey(arrival)]).toBe(
      'The president is back from a meeting.',
    );
    expect(table(easy.out!.code)[renderingKey(arrival)]).toBe('社長が会議から戻りました。');
    // The playbooks' own renderings are still there.
    const isolate = '感染したパソコンやサーバーの利用を停止し、ネットワークから切り離します。';
    expect(table(en.out!.code)[renderingKey(isolate)]).toMatch(/^Stop using the infected PC/);
    expect(en.watched).toContain(join(root, 'playbooks/drills/lost-usb.yaml'));
    expect(transform('/src/main.tsx', 'x').out).toBeNull();
  });

  it('renders every sentence of every scenario', () => {
    const { unrendered } = drillAndPlaybookRenderings(join(root, 'playbooks'), root);
    expect(unrendered.filter((u) => u.file.startsWith('playbooks/drills/'))).toEqual([]);
  });

  it('names a rendering without やさしい日本語', () => {
    const read = readEdited('lost-usb.yaml', (t) =>
      t.replace(/\n {6}easy: 社長が会議から戻りました。/, ''),
    );
    expect(read).toThrow(/^playbooks\/drills\/lost-usb\.yaml: injects\.2\.text\.easy: /);
  });
});
