import { Component, h, type ComponentType } from 'preact';

const sameProps = (a: object, b: object) => {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const k in x) if (!Object.is(x[k], y[k])) return false;
  for (const k in y) if (!(k in x)) return false;
  return true;
};

/**
 * The component, re-rendered only when a prop changes (shallow, like React's memo) or its
 * own state does: a tick re-renders one checklist row, not all of them. preact/compat's memo
 * would bring compat into the incident page.
 */
export function memo<P extends object>(Inner: ComponentType<P>): ComponentType<P> {
  class Memo extends Component<P> {
    override shouldComponentUpdate(next: P) {
      return !sameProps(this.props, next);
    }
    override render(props: P) {
      return h(Inner as ComponentType<object>, props);
    }
  }
  (Memo as unknown as { displayName: string }).displayName =
    `memo(${Inner.displayName ?? Inner.name})`;
  return Memo as unknown as ComponentType<P>;
}
