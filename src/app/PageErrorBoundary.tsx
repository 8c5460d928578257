import { Component, type ComponentChildren } from 'preact';

interface State {
  error: unknown;
}

/** Catches a page that failed to load or render, and says what to do instead of going blank. */
interface Props {
  /** The current path: a new page clears the error. */
  path: string;
  children: ComponentChildren;
}

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
    return (
      <section role="alert" class="card">
        <h1>この画面を表示できませんでした</h1>
        <p>
          保存済みの記録は失われていません。再読み込みしてください。初めて開いた直後でネットワークがない場合は、接続してからもう一度開いてください。
        </p>
        <button type="button" class="button primary" onClick={() => location.reload()}>
          再読み込み
        </button>
      </section>
    );
  }
}
