// @vitest-environment node
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deriveTeamKeys } from './crypto';
import { openFile, sealFile } from './evidence-file';

// A few iterations here: the app always uses 600,000 (the default).
const keys = (passphrase: string) => deriveTeamKeys(passphrase, 'team-a', 1000);
const photo = new TextEncoder().encode('PNG-ish 経理部の画面 ransom note bytes');
const sha = createHash('sha256').update(photo).digest('hex');
const plainBase64 = Buffer.from(photo).toString('base64');

describe('evidence files in team mode', () => {
  it('round-trips the bytes; the sealed form holds neither them nor their base64', async () => {
    const k = await keys('合言葉');
    const sealed = await sealFile(k, 'r1', photo.slice().buffer);
    const stored = JSON.stringify(sealed);
    expect(stored).not.toContain('経理部');
    expect(stored).not.toContain(plainBase64.slice(0, 16));
    const opened = await openFile(k, 'r1', sealed, sha);
    expect(Array.from(opened)).toEqual(Array.from(photo));
  });

  it('bytes that do not match the recorded SHA-256 are refused (kind evidence)', async () => {
    const k = await keys('合言葉');
    const sealed = await sealFile(k, 'r1', photo.slice().buffer);
    const other = createHash('sha256').update('another file').digest('hex');
    await expect(openFile(k, 'r1', sealed, other)).rejects.toMatchObject({ kind: 'evidence' });
  });

  it('another key, another document or a damaged body cannot be opened', async () => {
    const k = await keys('合言葉');
    const sealed = await sealFile(k, 'r1', photo.slice().buffer);
    await expect(openFile(await keys('違う'), 'r1', sealed, sha)).rejects.toMatchObject({
      kind: 'passphrase',
    });
    await expect(openFile(k, 'r2', sealed, sha)).rejects.toMatchObject({ kind: 'passphrase' });
    await expect(openFile(k, 'r1', { c: sealed.c }, sha)).rejects.toMatchObject({
      kind: 'damaged',
    });
  });
});
