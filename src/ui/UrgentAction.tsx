import './urgent.css';

/** The most urgent action(s), first on the screen, big: 「まず、すぐに」. */
export function UrgentAction({ actions }: { actions: { text: string; detail?: string }[] }) {
  if (!actions.length) return null;
  return (
    <section class="urgent" aria-labelledby="urgent-title">
      <h2 id="urgent-title" class="urgent-title">
        まず、すぐに
      </h2>
      {actions.map(({ text, detail }) => (
        <div key={text}>
          <p class="urgent-text">{text}</p>
          {detail && (
            <p class="urgent-detail">
              <strong>注意：</strong>
              {detail}
            </p>
          )}
        </div>
      ))}
    </section>
  );
}
