/** The document as printed (A4): hidden on screen, the only thing on paper. */
export function PrintDocument({ title, text }: { title: string; text: string }) {
  return (
    <article class="print-document">
      <h1 class="print-title">{title}</h1>
      <div class="print-text">{text}</div>
    </article>
  );
}
