/** The claims view's legend: the claim kinds' tints, in one plain sentence. */
import { KindSample } from '../../components/KindBadge';
import type { LensView } from '../types';

function Legend() {
  return (
    <>
      <li className="flex flex-wrap items-center gap-1 text-stone-700">
        <KindSample kind="shared" />
        <span>
          <strong className="font-semibold">Shared</strong>: every outlet reports the fact;
        </span>
        <KindSample kind="partial" />
        <span>
          <strong className="font-semibold">partial</strong>: some outlets do;
        </span>
        <KindSample kind="unique" />
        <span>
          <strong className="font-semibold">unique</strong>: only one outlet does.
        </span>
      </li>
      <li className="flex items-center gap-1.5">
        <span aria-hidden="true" className="rounded-sm px-1 font-serif text-sm underline decoration-amber-600 decoration-double decoration-2 underline-offset-4">
          Text<sup className="ml-0.5 inline-block font-sans text-[0.7rem] font-bold text-amber-800">?</sup>
        </span>
        <span className="text-stone-700">possible match, check it</span>
      </li>
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
