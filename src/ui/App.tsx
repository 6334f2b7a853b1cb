import { EditorPage } from './editor/EditorPage';
import { EventPage } from './event/EventPage';
import { SharedPage } from './share/SharedPage';
import { useRoute } from './useRoute';

/**
 * The page the address asks for (see route.ts): a bundled event (query
 * string), the user's own reports carried in the fragment, or the editor.
 */
export function App() {
  const route = useRoute();
  switch (route.page) {
    case 'new':
      return <EditorPage />;
    case 'shared':
      return <SharedPage payload={route.payload} />;
    case 'event':
      return <EventPage />;
  }
}
