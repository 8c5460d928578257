// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { listPrep, putPrep } from './index';
import { applyRemote, type ApplyPolicy } from './sync-apply';
import type { PrepContact } from './prep-schema';
import { listReplacedPrep, MAX_PREP_REPLACED } from './prep-replaced';
import { readAllForBackup } from './backup-repo';
import { useFreshDB } from './test-db';
import { contactInput } from './test-prep-data';

useFreshDB();

const contact = (phone: string, updatedAt: string): PrepContact => ({
  ...contactInput('vendor', phone),
  org: '保守会社',
  updatedAt,
});

/** Takes every remote 備え record and reports the stored one as replaced. */
const replaceAll: ApplyPolicy = () => ({
  take: true,
  conflict: { text: '別の端末（佐藤のスマホ）の変更で置き換わりました', by: '' },
});

describe('applyRemote keeps the 備え record it replaces', () => {
  it('stores the remote record and keeps the replaced one with its time and text', async () => {
    const { updatedAt, ...input } = contact('03-1111-2222', '');
    void updatedAt;
    const mine = await putPrep(input);
    await applyRemote(
      [{ type: 'prep', record: contact('03-9999-0000', '2999-01-01T00:00:00.000Z') }],
      replaceAll,
    );
    expect((await listPrep()).map((r) => (r as PrepContact).phone)).toEqual(['03-9999-0000']);
    const kept = await listReplacedPrep();
    expect(kept).toHaveLength(1);
    expect(kept[0]!.record).toEqual(mine);
    expect(kept[0]!.text).toContain('佐藤のスマホ');
    expect(kept[0]!.at).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('keeps nothing when the policy reports no conflict', async () => {
    await applyRemote([{ type: 'prep', record: contact('03-1', 't1') }], () => ({ take: true }));
    await applyRemote([{ type: 'prep', record: contact('03-2', 't2') }], () => ({ take: true }));
    expect(await listReplacedPrep()).toEqual([]);
  });

  it('keeps the newest first, at most the cap', async () => {
    const batch = Array.from({ length: MAX_PREP_REPLACED + 2 }, (_, i) => ({
      type: 'prep' as const,
      record: contact(`03-${i}`, `t${String(i).padStart(3, '0')}`),
    }));
    for (const r of batch) await applyRemote([r], replaceAll);
    const kept = await listReplacedPrep();
    expect(kept).toHaveLength(MAX_PREP_REPLACED);
    // The first apply replaced nothing; the last replaced the one before it.
    expect((kept[0]!.record as PrepContact).phone).toBe(`03-${MAX_PREP_REPLACED}`);
  });

  it('goes into a backup as an ordinary settings row', async () => {
    await applyRemote([{ type: 'prep', record: contact('03-1', 't1') }], replaceAll);
    await applyRemote([{ type: 'prep', record: contact('03-2', 't2') }], replaceAll);
    const { settings } = await readAllForBackup();
    const row = settings.find((r) => (r as { key: string }).key === 'prep-replaced');
    expect(row).toBeDefined();
  });
});
