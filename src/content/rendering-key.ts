/**
 * The key of a playbook sentence's renderings (build and browser): FNV-1a (32 bit) of its
 * Japanese text, in base 36. A view looks a sentence up by the text it shows, so no path has
 * to travel with the text; the build fails if two different sentences share a key.
 */
export function renderingKey(ja: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < ja.length; i++) {
    hash ^= ja.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
