// Placeholders the drafts leave for what the record cannot know: 「（事業者名を記入してください）」.
// Read from the text itself: a draft is free text once edited, so the words are the only mark
// left. Only drafts for Japanese authorities and partners hold them, and those stay Japanese.

const PLACEHOLDER = /（[^（）\n]*記入してください[^（）\n]*）/g;

/** What each placeholder left in `text` asks for (e.g. 「事業者名」), once each, in order. */
export function placeholdersIn(text: string): string[] {
  const names = [...text.matchAll(PLACEHOLDER)].map((m) =>
    m[0]
      .slice(1, -1)
      .replace(/[をに]?記入してください.*$/, '')
      .trim(),
  );
  return [...new Set(names.filter(Boolean))];
}
