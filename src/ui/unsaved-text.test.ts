import { afterEach, describe, expect, it } from 'vitest';
import { clearUnsavedOf, readUnsaved, unsavedKey, writeUnsaved } from './unsaved-text';

describe('unsaved text', () => {
  afterEach(() => localStorage.clear());

  it('forgets the typed text of purged incidents only', () => {
    writeUnsaved(unsavedKey('gone', 'event'), { value: '消える', base: null });
    writeUnsaved(unsavedKey('gone', 'timeline'), { value: '消える', base: null });
    writeUnsaved(unsavedKey('gone-too-long', 'event'), { value: '残る', base: null });
    writeUnsaved(unsavedKey('kept', 'event'), { value: '残る', base: null });
    localStorage.setItem('other-app-key', 'x');

    clearUnsavedOf(['gone']);

    expect(readUnsaved(unsavedKey('gone', 'event'))).toBeNull();
    expect(readUnsaved(unsavedKey('gone', 'timeline'))).toBeNull();
    expect(readUnsaved(unsavedKey('gone-too-long', 'event'))?.value).toBe('残る');
    expect(readUnsaved(unsavedKey('kept', 'event'))?.value).toBe('残る');
    expect(localStorage.getItem('other-app-key')).toBe('x');
  });
});
