import { ErrorBoundary, LocationProvider, Route, Router } from 'preact-iso';
import { Layout } from './Layout';
import { NotFound, routes } from './routes';

/** The whole app: routing inside the shell layout. */
export function App() {
  return (
    <LocationProvider>
      <ErrorBoundary>
        <Layout>
          <Router onRouteChange={focusMain}>
            {[
              ...routes.map((r) => <Route key={r.path} path={r.path} component={r.component} />),
              <Route key="404" default component={NotFound} />,
            ]}
          </Router>
        </Layout>
      </ErrorBoundary>
    </LocationProvider>
  );
}

// After a client-side navigation, move focus to the page so screen readers announce it.
function focusMain() {
  if (typeof document === 'undefined') return;
  document.getElementById('main')?.focus({ preventScroll: true });
  window.scrollTo(0, 0);
}
