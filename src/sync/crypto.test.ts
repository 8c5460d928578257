// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { deriveTeamKeys, documentId, open, seal } from './crypto';
import { TeamError } from './errors';

// A few iterations here: the app always uses 600,000 (the default).
const keys = (passphrase: string, db = 'team-a') => deriveTeamKeys(passphrase, db, 1000);

describe('team keys and sealed bodies', () => {
  it('round-trips a record; the body holds no plain text', async () => {
    const k = await keys('合言葉');
    const body = await seal(k, 'r1', { text: '経理部の山田' });
    expect(JSON.stringify(body)).not.toContain('山田');
    expect(await open(k, 'r1', body)).toEqual({ text: '経理部の山田' });
  });

  it('another passphrase, another team or a body moved to another id cannot be opened', async () => {
    const body = await seal(await keys('合言葉'), 'r1', { a: 1 });
    const wrong = (p: Promise<unknown>) => expect(p).rejects.toThrow(TeamError);
    await wrong(open(await keys('違う'), 'r1', body));
    await wrong(open(await keys('合言葉', 'team-b'), 'r1', body));
    await wrong(open(await keys('合言葉'), 'r2', body));
    await expect(open(await keys('違う'), 'r1', body)).rejects.toMatchObject({
      kind: 'passphrase',
    });
  });

  it('ids are stable for a team and say nothing of the key', async () => {
    const a = await documentId(await keys('合言葉'), 'field|inc-1|event');
    expect(a).toBe(await documentId(await keys('合言葉'), 'field|inc-1|event'));
    expect(a).not.toBe(await documentId(await keys('合言葉'), 'field|inc-1|where'));
    expect(a).not.toBe(await documentId(await keys('別'), 'field|inc-1|event'));
    expect(a).toMatch(/^r[0-9a-f]{32}$/);
  });
});
