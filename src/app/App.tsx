import type { ComponentType } from 'preact';
import { useEffect } from 'preact/hooks';
import { LocationProvider, Route, Router, useLocation } from 'preact-iso';
import { markHydrated } from './storedData';
import { PageErrorBoundary } from './PageErrorBoundary';
import { Layout } from './Layout';
import { NotFound, routes } from './routes';

/** The whole app: routing inside the shell layout. */
export function App() {
  useEffect(markHydrated, []);
  return (
    <LocationProvider>
      <Layout>
        <Pages />
      </Layout>
    </LocationProvider>
  );
}

function Pages() {
  const { path } = useLocation();
  return (
    <PageErrorBoundary path={path}>
      <Router onRouteChange={focusMain}>
        {[
          ...routes.map((r) => (
            <Route key={r.path} path={r.path} component={r.component as ComponentType} />
          )),
          <Route key="404" default component={NotFound} />,
        ]}
      </Router>
    </PageErrorBoundary>
  );
}

// After a client-side navigation, move focus to the page so screen readers announce it.
function focusMain() {
  if (typeof document === 'undefined') return;
  document.getElementById('main')?.focus({ preventScroll: true });
  window.scrollTo(0, 0);
}
