import { lazy, Suspense } from 'react';
import { EventPage } from './event/EventPage';
import { useRoute } from './useRoute';

/** The editor (and Readability, for pasted and dropped HTML) loads only when it is opened. */
const EditorPage = lazy(() => import('./editor/EditorPage').then((m) => ({ default: m.EditorPage })));
/**
 * A shared comparison (`#r=`: the link decoder and its validation) loads only for such a link: the
 * bundled event's page does not carry it (main bundle 125.6 → below 120 KB gzip, #16).
 */
const SharedPage = lazy(() => import('./share/SharedPage').then((m) => ({ default: m.SharedPage })));

const Loading = () => <div className="min-h-screen bg-stone-100" aria-busy="true" />;

/**
 * The page the address asks for (see route.ts): a bundled event (query
 * string), the user's own reports carried in the fragment, or the editor.
 */
export function App() {
  const route = useRoute();
  switch (route.page) {
    case 'new':
      return (
        <Suspense fallback={<Loading />}>
          <EditorPage />
        </Suspense>
      );
    case 'shared':
      return (
        <Suspense fallback={<Loading />}>
          <SharedPage payload={route.payload} />
        </Suspense>
      );
    case 'event':
      return <EventPage />;
  }
}
