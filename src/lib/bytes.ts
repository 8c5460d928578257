/** A file size for people: 「820 バイト」「1.5 KB」「3.2 MB」. */
export function formatBytes(size: number): string {
  if (size < 1024) return `${size} バイト`;
  if (size < 1_048_576) return `${(size / 1024).toFixed(1)} KB`;
  return `${(size / 1_048_576).toFixed(1)} MB`;
}
