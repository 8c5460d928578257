/** The document as printed (A4): hidden on screen, the only thing on paper. */
export function PrintDocument({ label, text }: { label: string; text: string }) {
  return (
    <article class="print-document" aria-label={`印刷用: ${label}`}>
      <div class="print-text">{text}</div>
    </article>
  );
}
