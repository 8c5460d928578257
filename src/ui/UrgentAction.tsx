import type { ComponentChildren } from 'preact';
import { ExtraNote } from './ExtraNote';
import { OriginalScope, Rendered } from './Rendered';
import { useMessages } from '../i18n/active';
import { ui } from '../i18n/ja/ui';
import './urgent.css';

/** One urgent action as shown (text, and the guide's caution). */
interface Shown {
  text: string;
  detail?: string;
  /** Advice beyond the guide (how to do it), with source and date. */
  extra?: { text: string; source: string; asOf: string };
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
  const m = useMessages(ui);
  if (!actions.length) return null;
  return (
    <section class="urgent" aria-labelledby="urgent-title">
      <h2 id="urgent-title" class="urgent-title">
        {m.urgentTitle}
      </h2>
      {actions.map((action, i) => {
        const { text, detail } = action;
        return (
          <div key={text}>
            <OriginalScope>
              <p id={`urgent-text-${i}`} class="urgent-text">
                <Rendered text={text} />
              </p>
              {actionFor?.(action, `urgent-text-${i}`)}
              {detail && (
                <p class="urgent-detail">
                  <strong>{m.caution}</strong>
                  <Rendered text={detail} />
                </p>
              )}
              {action.extra && <ExtraNote extra={action.extra} />}
            </OriginalScope>
          </div>
        );
      })}
    </section>
  );
}
