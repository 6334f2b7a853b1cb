/** Building blocks of a lens's legend and framing-summary section. */
import type { ReactNode } from 'react';

export function Sample({ className, children = 'Text' }: { className: string; children?: string }) {
  return (
    <span aria-hidden="true" className={`rounded-sm px-1 font-serif text-sm ${className}`}>
      {children}
    </span>
  );
}

export function Item({ sample, label, cue }: { sample: ReactNode; label: string; cue?: string }) {
  return (
    <li className="flex items-center gap-1.5">
      {sample}
      <span className="text-stone-700">{label}</span>
      {cue && <span className="text-stone-500">({cue})</span>}
    </li>
  );
}

export function H4({ children }: { children: ReactNode }) {
  return <h4 className="mt-4 mb-1.5 text-xs font-semibold tracking-[0.1em] text-stone-500 uppercase first:mt-0">{children}</h4>;
}
