import type { ReactNode } from 'react';
import { onLinkClick } from '../navigation';
import { formatRoute } from '../route';
import { LogoMark, PlusIcon } from './icons';

export const buttonClass = {
  primary:
    'inline-flex items-center justify-center gap-1.5 rounded-md bg-stone-900 px-3.5 py-1.5 text-sm font-medium text-white shadow-sm hover:bg-stone-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 disabled:cursor-not-allowed disabled:bg-stone-400',
  secondary:
    'inline-flex items-center justify-center gap-1.5 rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-stone-800 shadow-xs hover:bg-stone-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 disabled:cursor-not-allowed disabled:text-stone-400',
  quiet:
    'inline-flex items-center gap-1 rounded px-1.5 py-1 text-sm text-stone-600 underline-offset-2 hover:text-stone-900 hover:underline focus-visible:outline-2 focus-visible:outline-sky-700 disabled:cursor-not-allowed disabled:text-stone-400 disabled:no-underline',
};

/** The page header: logo (home), the page's heading, its controls, and "New comparison" everywhere. */
export function PageHeader({ heading, children, current }: { heading: ReactNode; children?: ReactNode; current?: 'new' }) {
  const newHref = formatRoute({ page: 'new' });
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-2 lg:px-6">
        {/* The heading shrinks (its full text is in its tooltip and the document title) so the controls keep one row and the columns their height at 1280×720; below that width the controls wrap. */}
        <div className="flex min-w-0 flex-1 basis-full items-center gap-x-3 gap-y-1 sm:basis-0 sm:gap-x-4">
          <a
            href={import.meta.env.BASE_URL}
            onClick={onLinkClick(import.meta.env.BASE_URL)}
            className="flex shrink-0 items-center gap-2 rounded text-stone-900 focus-visible:outline-2 focus-visible:outline-sky-700"
          >
            <LogoMark className="size-6 text-stone-800" />
            <span className="sr-only font-serif text-lg font-semibold tracking-tight sm:not-sr-only">Parallax</span>
          </a>
          <span aria-hidden="true" className="hidden h-8 w-px bg-stone-200 sm:block" />
          <div className="min-w-0">{heading}</div>
        </div>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
          {children}
          <a
            href={newHref}
            onClick={onLinkClick(newHref)}
            aria-current={current === 'new' ? 'page' : undefined}
            className={`${buttonClass.secondary} aria-[current=page]:border-stone-900 aria-[current=page]:bg-stone-100`}
          >
            <PlusIcon className="size-4" />
            <span className="sr-only sm:not-sr-only">New comparison</span>
          </a>
        </div>
      </div>
    </header>
  );
}

/** The heading block of a header: title and one line under it. */
export function HeaderTitle({ title, sub, subTitle }: { title: string; sub?: ReactNode; subTitle?: string }) {
  return (
    <>
      <h1 className="truncate font-serif text-lg leading-tight font-semibold text-stone-900 sm:text-xl" title={title}>
        {title}
      </h1>
      {sub && (
        <p className="truncate text-sm text-stone-600" title={subTitle}>
          {sub}
        </p>
      )}
    </>
  );
}
