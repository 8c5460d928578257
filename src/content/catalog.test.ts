// @vitest-environment node
import { describe, it, expect } from 'vitest';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPlaybooksDir } from './read-dir';
import { toContent } from './assemble';
import { BASIC_STEPS, INCIDENT_TYPES } from './catalog';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const content = toContent(readPlaybooksDir(join(root, 'playbooks'), root).map((f) => f.data));

describe('catalog (home-screen index)', () => {
  it('matches the incident types of playbooks/', () => {
    const fromYaml = content.incidentTypes.map((t) => ({
      id: t.id,
      shortTitle: t.shortTitle,
      ...(t.causes ? { causes: t.causes.map(({ id, title }) => ({ id, title })) } : {}),
    }));
    expect(INCIDENT_TYPES).toEqual(fromYaml);
    expect(BASIC_STEPS).toEqual({ id: content.basic.id, shortTitle: content.basic.shortTitle });
  });
});
