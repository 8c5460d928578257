/** The one most urgent action of a playbook, first on its screen, big. */
export function UrgentAction({ text, detail }: { text: string; detail?: string }) {
  return (
    <section class="urgent" aria-labelledby="urgent-title">
      <h2 id="urgent-title" class="urgent-title">
        まず、すぐに
      </h2>
      <p class="urgent-text">{text}</p>
      {detail && (
        <p class="urgent-detail">
          <strong>注意：</strong>
          {detail}
        </p>
      )}
    </section>
  );
}
