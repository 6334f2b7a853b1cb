/** The claims view's legend: the claim kinds' tints. */
import type { ClaimKind } from '../../../core/index';
import { KindSample } from '../../components/KindBadge';
import { KINDS, kindStyle } from '../../kinds';
import type { LensView } from '../types';

/** The kinds' descriptions, short enough for one line (the full ones are read out with each sentence). */
const SHORT_KIND: Record<ClaimKind, string> = { shared: 'every outlet', partial: 'some outlets', unique: 'one outlet only' };

function Legend() {
  return (
    <>
      {KINDS.map((k) => (
        <li key={k} className="flex items-center gap-1.5">
          <KindSample kind={k} />
          <span className="font-medium text-stone-700">{kindStyle(k).label}</span>
          <span className="text-stone-500">({SHORT_KIND[k]})</span>
        </li>
      ))}
      <li className="flex items-center gap-1.5">
        <span aria-hidden="true" className="rounded-sm bg-sky-100 px-1 font-serif text-sm shadow-[0_0_0_2px_var(--color-sky-500)]">
          Text
        </span>
        <span className="text-stone-700">same claim as the sentence you point at</span>
      </li>
    </>
  );
}

export const view = { Legend } satisfies LensView;
