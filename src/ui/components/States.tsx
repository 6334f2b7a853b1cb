import type { CSSProperties } from 'react';
import { AlertIcon } from './icons';

export function ColumnsSkeleton({ count, label, names = [] }: { count: number; label: string; names?: string[] }) {
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <p role="status" className="border-b border-stone-200 bg-stone-50 px-6 py-2 text-sm text-stone-500">
        {label}
      </p>
      <div
        aria-hidden="true"
        className="grid min-h-0 flex-1 grid-cols-1 bg-white lg:grid-cols-[repeat(var(--cols),minmax(0,1fr))]"
        style={{ '--cols': Math.max(1, count) } as CSSProperties}
      >
        {Array.from({ length: Math.max(1, count) }, (_, i) => (
          <div key={i} className="border-stone-200 px-5 py-4 lg:border-r lg:last:border-r-0">
            {names[i] ? (
              <p className="font-serif text-xl font-semibold tracking-tight text-stone-300">{names[i]}</p>
            ) : (
              <div className="h-5 w-32 animate-pulse rounded bg-stone-200" />
            )}
            <div className="mt-2 h-3 w-48 animate-pulse rounded bg-stone-100" />
            <div className="mt-4 h-1.5 w-full animate-pulse rounded-full bg-stone-100" />
            <div className="mt-8 space-y-3">
              {Array.from({ length: 12 }, (_, j) => (
                <div
                  key={j}
                  className="h-3.5 animate-pulse rounded bg-stone-100"
                  style={{ width: `${70 + ((i * 7 + j * 13) % 30)}%`, marginTop: j % 4 === 0 && j > 0 ? '1.5rem' : undefined }}
                />
              ))}
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}

export function ErrorState({ title, message, onRetry }: { title: string; message: string; onRetry?: () => void }) {
  return (
    <div className="flex flex-1 items-center justify-center p-8">
      <div role="alert" className="max-w-md rounded-xl border border-rose-200 bg-white p-6 shadow-sm">
        <div className="flex items-start gap-3">
          <AlertIcon className="mt-0.5 size-5 shrink-0 text-rose-600" />
          <div>
            <h2 className="font-semibold text-stone-900">{title}</h2>
            <p className="mt-1 text-sm text-stone-600">{message}</p>
            {onRetry && (
              <button
                type="button"
                onClick={onRetry}
                className="mt-4 rounded-md bg-stone-900 px-3.5 py-1.5 text-sm font-medium text-white hover:bg-stone-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700"
              >
                Retry
              </button>
            )}
          </div>
        </div>
      </div>
    </div>
  );
}

export function EmptyState({ title, message }: { title: string; message: string }) {
  return (
    <div className="flex flex-1 items-center justify-center p-8">
      <div className="max-w-md text-center">
        <h2 className="font-serif text-xl text-stone-900">{title}</h2>
        <p className="mt-2 text-sm text-stone-600">{message}</p>
      </div>
    </div>
  );
}
