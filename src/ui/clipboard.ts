import { stripUnsafeChars } from '../lib/unsafe-text';

/** Copies text to the clipboard (without control or bidi characters); true when it worked. */
export async function copyText(typed: string): Promise<boolean> {
  const text = stripUnsafeChars(typed);
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older browsers, or no permission: copy through a temporary selection.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    document.body.append(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}
