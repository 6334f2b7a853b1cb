import type { ReactNode } from 'react';
import { InfoIcon } from './icons';

export function Notice({ message, onDismiss, children }: { message: string; onDismiss?: () => void; children?: ReactNode }) {
  return (
    <div role="status" className="flex items-start gap-3 border-b border-amber-200 bg-amber-50 px-6 py-2.5 text-sm text-amber-950">
      <InfoIcon className="mt-0.5 size-4 shrink-0 text-amber-700" />
      <p className="flex-1">{message}</p>
      {children}
      {onDismiss && (
        <button
          type="button"
          onClick={onDismiss}
          className="rounded px-2 text-amber-900 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-sky-700"
        >
          Dismiss
        </button>
      )}
    </div>
  );
}

