import type { WebKitPage } from './page';

// Files the app hands to the browser: kept in the page so a test can read them. WebKitGTK
// under WebDriver has no download folder to look into, so the hook records what the app's
// `<a download>` click would save (name and bytes) instead of starting a download.

/** A file the app saved or shared. */
export interface SavedFile {
  name: string;
  text: string;
}

/** Starts recording the files the page saves (call after the page has loaded). */
export async function recordSavedFiles(page: WebKitPage) {
  await page.evaluate(() => {
    const w = window as unknown as { __saved: Promise<{ name: string; text: string }>[] };
    if (w.__saved) return;
    w.__saved = [];
    const blobs = new Map<string, Blob>();
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (obj: Blob | MediaSource) => {
      const url = create(obj);
      if (obj instanceof Blob) blobs.set(url, obj);
      return url;
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const blob = this.download ? blobs.get(this.href) : undefined;
      if (!blob) return click.call(this);
      w.__saved.push(blob.text().then((text) => ({ name: this.download, text })));
    };
  });
}

/** The files saved so far, in order. */
export async function savedFiles(page: WebKitPage): Promise<SavedFile[]> {
  return page.evaluateAsync(() =>
    Promise.all((window as unknown as { __saved: Promise<SavedFile>[] }).__saved),
  );
}
