import type { ClaimKind } from '../../core/index';
import { kindStyle } from '../kinds';

/** A letter badge + text label: the kind never relies on colour alone. */
export function KindBadge({ kind, className = '' }: { kind: ClaimKind; className?: string }) {
  const s = kindStyle(kind);
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${s.badge} ${className}`}
    >
      <span aria-hidden="true" className="font-mono text-[0.7rem] leading-none">
        {s.letter}
      </span>
      <span>{s.label}</span>
    </span>
  );
}

/** A sample of the in-text styling (tint + underline style). */
export function KindSample({ kind }: { kind: ClaimKind }) {
  const s = kindStyle(kind);
  return (
    <span
      aria-hidden="true"
      className={`rounded-sm px-1 font-serif text-sm underline decoration-2 underline-offset-4 ${s.sentence}`}
    >
      Text
    </span>
  );
}
