import type { ReactNode } from 'react';
import type { ClaimKind } from '../../core/index';
import { PAGE_ACTORS as DEFAULT_ACTORS } from './actors';
import { KindSample } from '../components/KindBadge';
import { KINDS, kindStyle } from '../kinds';
import {
  actorSwatch,
  actorTag,
  actorTint,
  DISCREPANCY_CLASS,
  FACT_MARKS,
  factStyle,
  LABEL_LOADED_CLASS,
  LABEL_NEUTRAL_CLASS,
  LOADED_CATEGORIES,
  loadedStyle,
  UNATTRIBUTED_CLASS,
  voiceStyle,
  type Lens,
} from './lens';

/** The kinds' descriptions, short enough for one line (the full ones are read out with each sentence). */
const SHORT_KIND: Record<ClaimKind, string> = { shared: 'every outlet', partial: 'some outlets', unique: 'one outlet only' };

function Sample({ className, children = 'Text' }: { className: string; children?: string }) {
  return (
    <span aria-hidden="true" className={`rounded-sm px-1 font-serif text-sm ${className}`}>
      {children}
    </span>
  );
}

function Item({ sample, label, cue }: { sample: ReactNode; label: string; cue?: string }) {
  return (
    <li className="flex items-center gap-1.5">
      {sample}
      <span className="text-stone-700">{label}</span>
      {cue && <span className="text-stone-500">({cue})</span>}
    </li>
  );
}

/** What the marks of a lens mean; every entry names its non-colour cue. */
export function LensLegend({ lens, actors }: { lens: Lens; actors?: readonly string[] }) {
  let items: ReactNode;
  switch (lens) {
    case 'claims':
      items = (
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
      break;
    case 'voices':
      items = (
        <>
          {(['quote', 'speaker', 'cue'] as const).map((k) => (
            <Item key={k} sample={<Sample className={voiceStyle(k).className} />} label={voiceStyle(k).label} cue={voiceStyle(k).cue} />
          ))}
          <Item sample={<Sample className={UNATTRIBUTED_CLASS} />} label="Outlet’s own voice, no source" cue="dotted underline" />
        </>
      );
      break;
    case 'labels': {
      const shown = DEFAULT_ACTORS.actors.filter((a) => !actors || actors.includes(a.id));
      items = (
        <>
          {shown.map((a) => {
            const i = DEFAULT_ACTORS.actors.indexOf(a);
            return (
              <li key={a.id} className="flex items-center gap-1.5">
                <span aria-hidden="true" className={`inline-block size-2.5 rounded-full ${actorSwatch(i)}`} />
                <span aria-hidden="true" className={`rounded-sm px-1 font-mono text-[0.65rem] font-semibold ${actorTint(i)}`}>
                  {actorTag(a.id, a.name)}
                </span>
                <span className="text-stone-700">{a.name}</span>
              </li>
            );
          })}
          <Item sample={<Sample className={`bg-stone-100 ${LABEL_NEUTRAL_CLASS}`} />} label="Neutral label" cue="thin underline" />
          <Item sample={<Sample className={`bg-stone-100 ${LABEL_LOADED_CLASS}`} />} label="Loaded label" cue="bold, wavy underline" />
        </>
      );
      break;
    }
    case 'loaded':
      items = LOADED_CATEGORIES.map((c) => (
        <Item key={c} sample={<Sample className={loadedStyle(c).className} />} label={loadedStyle(c).label} cue={loadedStyle(c).cue} />
      ));
      break;
    case 'facts':
      items = (
        <>
          {FACT_MARKS.map((k) => (
            <Item key={k} sample={<Sample className={factStyle(k).className} children={k === 'money' ? '$10' : k === 'date' ? '1997' : '32'} />} label={factStyle(k).label} cue={factStyle(k).cue} />
          ))}
          <Item sample={<Sample className={`${factStyle('date').className} ${DISCREPANCY_CLASS}`} children="1999 ≠" />} label="Outlets disagree" cue="outlined, ≠" />
        </>
      );
      break;
  }
  return (
    <ul aria-label="Lens legend" className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs">
      {items}
    </ul>
  );
}
