// @vitest-environment node
import { describe, it, expect } from 'vitest';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPlaybooksDir } from './read-dir';
import { checklistFor, checklistItemIds, phaseItemIds, twinItemId, urgentFor } from './checklist';
import { toContent } from './assemble';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const content = toContent(readPlaybooksDir(join(root, 'playbooks'), root).map((f) => f.data));
const files = content.files;

const section = (list: ReturnType<typeof checklistFor>, kind: string) =>
  list.flatMap((p) => p.sections).find((s) => s.kind === kind)!;

describe('checklistFor', () => {
  it('gives ransomware the basic steps first, then its own items', () => {
    const list = checklistFor(files, ['ransomware']);
    expect(list.map((p) => p.phase)).toEqual(['detect', 'report', 'recover']);
    const intake = section(list, 'intake');
    expect(intake.items.map((i) => i.id)).toEqual([
      'basic-report-to-security-officer',
      'basic-note-reporter-contact',
      'ransomware-report-ransom-message',
    ]);
    expect(intake.items[0]).toMatchObject({
      playbookId: 'basic',
      playbookShortTitle: '基本ステップ',
    });
    expect(intake.items[2]).toMatchObject({
      playbookId: 'ransomware',
      playbookShortTitle: 'ランサムウェア',
    });
    // Sections the type does not refine still carry the basic steps.
    expect(section(list, 'team').items.map((i) => i.id)).toEqual([
      'basic-report-to-management',
      'basic-set-up-response-team',
    ]);
    expect(section(list, 'evidence').items.map((i) => i.id)).toEqual(['basic-preserve-evidence']);
    const inv = section(list, 'investigation');
    expect(inv.items.map((i) => i.id).slice(-3)).toEqual([
      'ransomware-try-decryptor',
      'ransomware-restore-backup',
      'ransomware-rebuild',
    ]);
    expect(inv.refs[0]).toMatchObject({
      title: '＜参考＞適切なバックアップ方法',
      playbookId: 'ransomware',
    });
    expect(checklistItemIds(list)).toContain('ransomware-verify-restore');
  });

  it('keeps only the chosen cause of a leak (and items for every cause)', () => {
    const list = checklistFor(files, ['leak'], ['misdelivery']);
    const ids = checklistItemIds(list);
    expect(ids).toContain('leak-ask-recipient-to-delete');
    expect(ids).toContain('leak-remove-web-exposure');
    expect(ids).toContain('leak-check-what-leaked');
    expect(ids).not.toContain('leak-cut-off-unauthorized-access');
    expect(ids).not.toContain('leak-insider-restrict-and-secure');
    const all = checklistItemIds(checklistFor(files, ['leak']));
    expect(all).toContain('leak-cut-off-unauthorized-access');
    expect(all).toContain('leak-ask-recipient-to-delete');
    expect(all.length).toBeGreaterThan(ids.length);
  });

  it('merges ransomware and leak without duplicates', () => {
    const list = checklistFor(files, ['leak', 'ransomware'], ['unauthorized-access']);
    const ids = checklistItemIds(list);
    expect(new Set(ids).size).toBe(ids.length);
    const first = section(list, 'first-response').items.map((i) => i.id);
    // The chosen cause's first response leads, then the general ones in their order.
    expect(first).toEqual([
      'leak-cut-off-unauthorized-access',
      'basic-contain',
      'ransomware-isolate',
      'leak-check-what-leaked',
      'leak-card-and-account-response',
    ]);
    expect(section(list, 'first-response').sectionIds).toEqual([
      'ransomware-first-response',
      'leak-first-response',
    ]);
    expect(ids.filter((id) => id === 'basic-preserve-evidence')).toHaveLength(1);
  });

  it("shows the guide's shared virus/ransomware items once", () => {
    const ids = checklistItemIds(checklistFor(files, ['ransomware', 'virus']));
    expect(ids).toContain('virus-isolate');
    expect(ids).not.toContain('ransomware-isolate');
    expect(ids).not.toContain('ransomware-notify-ipa');
    expect(ids).toContain('ransomware-try-decryptor');
  });

  it('gives the basic steps alone for no type, and rejects unknown types', () => {
    const ids = checklistItemIds(checklistFor(files, []));
    const basic = content.basic.phases.flatMap((p) =>
      p.sections.flatMap((s) => s.items.map((i) => i.id)),
    );
    expect(ids).toEqual(basic);
    expect(() => checklistFor(files, ['fire'])).toThrow(/unknown playbook "fire"/);
  });

  it('refers every basic step from every incident type', () => {
    const basic = checklistItemIds(checklistFor(files, []));
    for (const t of content.incidentTypes) {
      const ids = checklistItemIds(checklistFor(files, [t.id]));
      for (const b of basic) expect(ids, `${t.id} lacks ${b}`).toContain(b);
    }
  });

  it("puts the chosen cause's first response first, and keeps the order with no cause", () => {
    const misdelivery = section(checklistFor(files, ['leak'], ['misdelivery']), 'first-response');
    expect(misdelivery.items.map((i) => i.id)).toEqual([
      'leak-ask-recipient-to-delete',
      'leak-remove-web-exposure',
      'basic-contain',
      'leak-check-what-leaked',
      'leak-card-and-account-response',
    ]);
    const any = section(checklistFor(files, ['leak']), 'first-response');
    expect(any.items.map((i) => i.id).slice(0, 3)).toEqual([
      'basic-contain',
      'leak-check-what-leaked',
      'leak-cut-off-unauthorized-access',
    ]);
  });

  it('leaves info items (how an incident is found) out of the ids to tick', () => {
    const list = checklistFor(files, ['leak', 'virus'], ['misdelivery']);
    const intake = section(list, 'intake').items;
    const info = intake.filter((i) => i.info).map((i) => i.id);
    expect(info).toEqual(['virus-external-notice', 'leak-detect-misdelivery']);
    const ids = checklistItemIds(list);
    for (const id of info) expect(ids).not.toContain(id);
    expect(ids).toContain('virus-report-warning');
    expect(ids).toContain('basic-report-to-security-officer');
    expect(phaseItemIds(list[0])).not.toContain('leak-detect-misdelivery');
    // Every info item only states a fact: none says to do something.
    const all = content.incidentTypes.flatMap((t) =>
      t.phases.flatMap((p) => p.sections.flatMap((s) => s.items.filter((i) => i.info))),
    );
    expect(all.map((i) => i.id).sort()).toEqual([
      'leak-detect-insider',
      'leak-detect-misdelivery',
      'leak-detect-unauthorized-access',
      'virus-external-notice',
    ]);
    for (const i of all) expect(i.contacts).toBeUndefined();
  });

  it("gives a chosen cause's own urgent action, the playbook's for a cause without one", () => {
    const mis = urgentFor(files, ['leak'], ['misdelivery']);
    expect(mis).toHaveLength(1);
    expect(mis[0]).toMatchObject({ playbookId: 'leak', causeId: 'misdelivery' });
    expect(mis[0].text).toMatch(/受信先に対して、受信した情報の削除を依頼します/);
    expect(mis[0].detail).toMatch(/Webでの誤公開の場合は、直ちに当該情報を削除する/);
    const general = urgentFor(files, ['leak'])[0];
    expect(general.causeId).toBeUndefined();
    // 紛失 keeps the general action, without the cautions that speak of other causes.
    const loss = urgentFor(files, ['leak'], ['loss']);
    expect(loss.map((u) => u.text)).toEqual([general.text]);
    expect(general.detail).toMatch(/メール誤送信の場合は/);
    expect(loss[0].detail).toBeUndefined();
    const two = urgentFor(files, ['leak'], ['unauthorized-access', 'insider', 'loss']);
    expect(two.map((u) => u.causeId)).toEqual(['unauthorized-access', 'insider', undefined]);
    expect(two[0].text).toMatch(/ネットワークから切り離して/);
    expect(two[0].detail).toMatch(/カード会社への連絡/);
    expect(two[1].text).toMatch(/アクセス制限や使用パソコン等の確保/);
    // Causes of other types do not hide a type's own urgent action; duplicates collapse.
    const mixed = urgentFor(files, ['virus', 'leak'], ['misdelivery', 'misdelivery']);
    expect(mixed.map((u) => u.playbookId)).toEqual(['virus', 'leak']);
  });

  it('lists the urgent actions of the chosen types', () => {
    const u = urgentFor(files, ['ransomware', 'virus', 'leak']);
    expect(u.map((x) => x.playbookId)).toEqual(['virus', 'leak']);
    expect(u[0].text).toContain('ネットワークから切り離します');
    expect(u[0].detail).toContain('電源を切る');
  });

  it('finds the checklist twin of each urgent action, across sameAs merges', () => {
    const twin = (types: string[], causes: string[] = []) => {
      const list = checklistFor(files, types, causes);
      return urgentFor(files, types, causes).map((u) => twinItemId(list, u));
    };
    expect(twin(['ransomware'])).toEqual(['ransomware-isolate']);
    // With virus chosen too, the merged list keeps virus-isolate: the same item.
    expect(twin(['ransomware', 'virus'])).toEqual(['virus-isolate']);
    expect(twin(['leak'], ['misdelivery'])).toEqual(['leak-ask-recipient-to-delete']);
    expect(twin(['leak'], ['loss'])).toEqual(['leak-check-what-leaked']);
    expect(twin([])).toEqual([]);
    expect(twin(['basic'])).toEqual(['basic-contain']);
    expect(twin(['outage'])).toEqual(['outage-keep-running']);
  });

  it('carries the advice on how to cut the network, with its source and date, never to power off', () => {
    const [u] = urgentFor(files, ['ransomware']);
    expect(u.extra?.text).toMatch(/LANケーブルを抜き/);
    expect(u.extra?.text).toMatch(/Wi-Fi/);
    expect(u.extra?.text).toMatch(/電源を切ったり.*はしません/);
    expect(u.extra?.source).toMatch(/^.+ https:\/\//);
    expect(u.extra?.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // And the guide's caution stays with it.
    expect(u.detail).toMatch(/電源を切る等、不用意な操作で/);
  });
});
