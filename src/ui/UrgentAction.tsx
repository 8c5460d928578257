import type { ComponentChildren } from 'preact';
import './urgent.css';

/** One urgent action as shown (text, and the guide's caution). */
interface Shown {
  text: string;
  detail?: string;
}

/**
 * The most urgent action(s), first on the screen, big: 「まず、すぐに」. `actionFor` adds
 * controls under an action (the incident page's 完了).
 */
export function UrgentAction<T extends Shown>({
  actions,
  actionFor,
}: {
  actions: T[];
  actionFor?: (action: T, textId: string) => ComponentChildren;
}) {
  if (!actions.length) return null;
  return (
    <section class="urgent" aria-labelledby="urgent-title">
      <h2 id="urgent-title" class="urgent-title">
        まず、すぐに
      </h2>
      {actions.map((action, i) => {
        const { text, detail } = action;
        return (
          <div key={text}>
            <p id={`urgent-text-${i}`} class="urgent-text">
              {text}
            </p>
            {detail && (
              <p class="urgent-detail">
                <strong>注意：</strong>
                {detail}
              </p>
            )}
            {actionFor?.(action, `urgent-text-${i}`)}
          </div>
        );
      })}
    </section>
  );
}
