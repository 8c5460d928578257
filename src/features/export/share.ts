// Getting text off the phone: the system share sheet, the clipboard, a downloaded file.
import { copyText } from '../../ui/clipboard';
import type { MessagesOf } from '../../i18n/namespace';
import type { exportPage } from '../../i18n/ja/export';
import { stripUnsafeChars } from '../../lib/unsafe-text';

export { copyText };

/** Whether this browser can offer its share sheet for files. */
export const canShareFiles = () =>
  typeof navigator !== 'undefined' && typeof navigator.canShare === 'function';

/** What happened, to tell the person. */
export type ShareOutcome = 'shared' | 'cancelled' | 'copied' | 'saved' | 'copied-saved' | 'failed';

/** The sentence for an outcome in the share page's messages ('' for a cancelled share: not an error). */
export const outcomeText = (m: MessagesOf<typeof exportPage.ja>, outcome: ShareOutcome): string =>
  outcome === 'cancelled' ? '' : m.outcomes[outcome];

/** A document to send: its text and file form. */
export interface Shareable {
  title: string;
  text: string;
  filename: string;
  mime: string;
}

const isAbort = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';

/**
 * Downloads text (or a Blob, bytes as they are) as a file (a[download]); true when the
 * download was started.
 */
export function saveFile(text: string | Blob, filename: string, mime: string): boolean {
  try {
    const blob =
      typeof text === 'string'
        ? new Blob([stripUnsafeChars(text)], { type: `${mime};charset=utf-8` })
        : text;
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    a.rel = 'noopener';
    document.body.append(a);
    a.click();
    a.remove();
    // Give the browser time to start reading the blob before it is released.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return true;
  } catch {
    return false;
  }
}

/** Opens the share sheet with the text (and the file where allowed). */
async function tryShare(doc: Shareable): Promise<ShareOutcome | null> {
  if (typeof navigator.share !== 'function') return null;
  const file = new File([doc.text], doc.filename, { type: doc.mime });
  const withFile = navigator.canShare?.({ files: [file] }) ?? false;
  const data: ShareData = { title: doc.title, text: doc.text };
  if (withFile) data.files = [file];
  try {
    await navigator.share(data);
    return 'shared';
  } catch (error) {
    return isAbort(error) ? 'cancelled' : null;
  }
}

/**
 * 共有: the share sheet with text (and file where allowed); when it is missing or fails,
 * copy to the clipboard and download the file. A cancelled share is not an error.
 */
export async function shareDocument(edited: Shareable): Promise<ShareOutcome> {
  // The text as she edited it: the export boundary's rule for control and bidi characters.
  const doc = { ...edited, text: stripUnsafeChars(edited.text) };
  const shared = await tryShare(doc);
  if (shared) return shared;
  const copied = await copyText(doc.text);
  const saved = saveFile(doc.text, doc.filename, doc.mime);
  if (copied && saved) return 'copied-saved';
  return copied ? 'copied' : saved ? 'saved' : 'failed';
}

/** Shares a file only (backups); falls back to downloading it. */
export async function shareFile(doc: Shareable): Promise<ShareOutcome> {
  if (typeof navigator.share === 'function') {
    const file = new File([doc.text], doc.filename, { type: doc.mime });
    if (navigator.canShare?.({ files: [file] })) {
      try {
        await navigator.share({ title: doc.title, files: [file] });
        return 'shared';
      } catch (error) {
        if (isAbort(error)) return 'cancelled';
      }
    }
  }
  return saveFile(doc.text, doc.filename, doc.mime) ? 'saved' : 'failed';
}

/** Shares a file through the share sheet, or saves it: what happened. */
export async function deliverFile(doc: Shareable, how: 'share' | 'save'): Promise<ShareOutcome> {
  if (how === 'share') return shareFile(doc);
  return saveFile(doc.text, doc.filename, doc.mime) ? 'saved' : 'failed';
}
