import { describe, it, expect } from 'vitest';
import { sectionOf } from './routes';

describe('sectionOf', () => {
  it('marks the section a path belongs to', () => {
    expect(sectionOf('/')).toBe('/');
    expect(sectionOf('/incidents')).toBe('/incidents');
    expect(sectionOf('/incidents/abc')).toBe('/incidents');
    expect(sectionOf('/guide/ransomware')).toBe('/guide');
    expect(sectionOf('/guidelines')).toBe('');
    expect(sectionOf('/nope')).toBe('');
  });
});
