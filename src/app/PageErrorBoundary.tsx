import { Component, type ComponentChildren } from 'preact';
import { useMessages } from '../i18n/active';
import { app } from '../i18n/ja/app';
import { ReloadButton } from './lazyPage';

interface State {
  error: unknown;
}

interface Props {
  /** The current path: a new page clears the error. */
  path: string;
  children: ComponentChildren;
}

/** Catches a page that failed to load or render, and says what to do instead of going blank. */
export class PageErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  override componentDidCatch(error: unknown) {
    this.setState({ error });
  }

  override componentDidUpdate(previous: Props) {
    if (previous.path !== this.props.path && this.state.error) this.setState({ error: null });
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return <PageError />;
  }
}

function PageError() {
  const m = useMessages(app);
  return (
    <section role="alert" class="card">
      <h1>{m.pageErrorTitle}</h1>
      <p>{m.pageErrorText}</p>
      <ReloadButton />
    </section>
  );
}
