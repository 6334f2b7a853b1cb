import { lazy, Suspense } from 'react';
import { EventPage } from './event/EventPage';
import { SharedPage } from './share/SharedPage';
import { useRoute } from './useRoute';

/** The editor (and Readability, for pasted and dropped HTML) loads only when it is opened. */
const EditorPage = lazy(() => import('./editor/EditorPage').then((m) => ({ default: m.EditorPage })));

/**
 * The page the address asks for (see route.ts): a bundled event (query
 * string), the user's own reports carried in the fragment, or the editor.
 */
export function App() {
  const route = useRoute();
  switch (route.page) {
    case 'new':
      return (
        <Suspense fallback={<div className="min-h-screen bg-stone-100" aria-busy="true" />}>
          <EditorPage />
        </Suspense>
      );
    case 'shared':
      return <SharedPage payload={route.payload} />;
    case 'event':
      return <EventPage />;
  }
}
