import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute, type Route } from './route';
import { format, parse } from './view/urlState';

describe('route: format → parse round trip', () => {
  const cases: [name: string, route: Route, address: string][] = [
    ['bundled event (default)', { page: 'event' }, ''],
    ['the editor', { page: 'new' }, '?new'],
    ['shared reports', { page: 'shared', payload: 'v1.12.eJxLTEoGAAJNASs' }, '#r=v1.12.eJxLTEoGAAJNASs'],
    ['an empty payload is still a shared link (decodeShare says it is empty)', { page: 'shared', payload: '' }, '#r='],
  ];
  it.each(cases)('%s', (_name, route, address) => {
    expect(formatRoute(route)).toBe(address);
    const [search, hash] = address.startsWith('#') ? ['', address] : [address, ''];
    expect(parseRoute(search, hash)).toEqual(route);
  });
});

describe('route: what the address asks for', () => {
  const cases: [name: string, search: string, hash: string, expected: Route][] = [
    ['nothing', '', '', { page: 'event' }],
    ['an event in the query', '?event=us-mines-ukraine-2024-11&claim=c3', '', { page: 'event' }],
    ['a plain anchor is not shared state', '?event=x', '#main', { page: 'event' }],
    ['the fragment wins over the query string', '?event=x&claim=c2', '#r=v1.3.abc', { page: 'shared', payload: 'v1.3.abc' }],
    ['the fragment wins over ?new', '?new', '#r=v1.3.abc', { page: 'shared', payload: 'v1.3.abc' }],
    ['?new with other parameters', '?new&event=x', '', { page: 'new' }],
    ['?new=1', '?new=1', '', { page: 'new' }],
    ['a corrupted link is still routed to the shared page', '', '#r=v1.garbage', { page: 'shared', payload: 'v1.garbage' }],
    ['an unknown version too', '', '#r=v9.xxx', { page: 'shared', payload: 'v9.xxx' }],
    ['percent-encoded by a chat app', '', '#r%3Dv1.3.abc', { page: 'shared', payload: 'v1.3.abc' }],
    ['r among other fragment parts', '', '#x=1&r=v1.3.abc', { page: 'shared', payload: 'v1.3.abc' }],
    ['broken percent encoding in the query', '?%E0%A4%A', '', { page: 'event' }],
  ];
  it.each(cases)('%s', (_name, search, hash, expected) => {
    expect(parseRoute(search, hash)).toEqual(expected);
  });

  it('tolerates non-strings at run time', () => {
    expect(parseRoute(undefined as unknown as string, null as unknown as string)).toEqual({ page: 'event' });
  });

  it('the bundled view in the query string is untouched by the editor parameter', () => {
    const view = parse('?new&event=e1&claim=c2');
    expect(view.event).toBe('e1');
    expect(format(view)).toBe('?event=e1&claim=c2');
  });
});
