/**
 * The printed handout ("Print handout", or the browser's own Print): title,
 * date and note, the outlets, what shared / partial / unique mean, the claims
 * by kind with each outlet's sentence (the words only that outlet uses in
 * bold and underlined, which black-and-white printing keeps), the framing
 * summary and the questions for students. Print only (`.handout`, index.css):
 * on screen it is not shown, and the page's controls are not printed. Its own
 * chunk, loaded once a comparison is on screen. All text is React text.
 */
import { useMemo } from 'react';
import type { Comparison } from '../../core/index';
import { handoutModel, HANDOUT_KINDS, KIND_EXPLANATION, KIND_HEADING, type HandoutClaim } from './handout';

export interface HandoutProps {
  comparison: Comparison;
  title: string;
  date?: string;
  note?: string;
  hidden: boolean;
  questions: readonly string[];
}

export function Handout({ comparison, title, date, note, hidden, questions }: HandoutProps) {
  const model = useMemo(() => handoutModel(comparison), [comparison]);
  return (
    <article className="handout" aria-label="Handout">
      <header>
        <h1>
          <bdi>{title}</bdi>
        </h1>
        <p className="handout-meta">
          {date && <>{date} · </>}
          {model.outlets.length} reports compared with Parallax
          {hidden && ' · outlet names hidden'}
        </p>
        {note && (
          <div className="handout-note">
            <p className="handout-label">Note to readers</p>
            <p>
              <bdi>{note}</bdi>
            </p>
          </div>
        )}
      </header>

      <section aria-labelledby="handout-outlets">
        <h2 id="handout-outlets">Outlets</h2>
        <ol className="handout-outlets">
          {model.outlets.map((o) => (
            <li key={o.label}>
              <strong>
                <bdi>{o.label}</bdi>
              </strong>
              {o.details && <span className="handout-meta"> · {o.details}</span>}
            </li>
          ))}
        </ol>
        {hidden && (
          <p className="handout-small">
            The outlets’ names are hidden: each report is Outlet A, B, C…, and where a text names one of the outlets its name is
            replaced too. Can you tell who published which report from how it tells the story?
          </p>
        )}
      </section>

      <section aria-labelledby="handout-how">
        <h2 id="handout-how">How to read this handout</h2>
        <p>
          Parallax groups the reports’ sentences into <em>claims</em>: sentences that state the same fact. {model.totals}
        </p>
        <ul className="handout-kinds">
          {HANDOUT_KINDS.map((k) => (
            <li key={k}>
              <strong>{KIND_HEADING[k].replace(' claims', '')}</strong>: {KIND_EXPLANATION[k]}
            </li>
          ))}
        </ul>
        <p>
          In a claim, <b className="handout-only">bold underlined</b> words are wording only that outlet uses. The grouping is
          automatic: a “possible” match can be wrong, so read the sentences.
        </p>
      </section>

      {model.groups.map((g) => (
        <section key={g.kind} aria-labelledby={`handout-${g.kind}`}>
          <h2 id={`handout-${g.kind}`}>
            {KIND_HEADING[g.kind]} ({g.claims.length}): {KIND_EXPLANATION[g.kind]}
          </h2>
          {g.claims.length === 0 ? <p>None.</p> : g.claims.map((c) => <ClaimBlock key={c.id} claim={c} />)}
        </section>
      ))}

      <section aria-labelledby="handout-framing" className="handout-break">
        <h2 id="handout-framing">Framing summary</h2>
        <p className="handout-small">Rule-based counts: who is quoted, how each outlet names the actors, and its loaded words.</p>
        {model.framing.map((f) => (
          <div key={f.outlet} className="handout-framing">
            <h3>
              <bdi>{f.outlet}</bdi>
            </h3>
            <ul>
              <li>
                <strong>Quoted or cited:</strong> {f.lines.voices.length ? f.lines.voices.join('; ') : 'nobody detected'}
              </li>
              <li>
                <strong>Quotation:</strong> {f.lines.quoteShare}
              </li>
              {f.lines.actors.map((a) => (
                <li key={a.name}>
                  <strong>Names for {a.name}:</strong> {a.labels.join(', ')}
                </li>
              ))}
              <li>
                <strong>Loaded and hedging words:</strong> {f.lines.loadedCounts}
                {f.lines.loadedTerms.length > 0 && <> ({f.lines.loadedTerms.join(', ')})</>}
              </li>
            </ul>
          </div>
        ))}
      </section>

      {questions.length > 0 && (
        <section aria-labelledby="handout-questions" className="handout-break">
          <h2 id="handout-questions">Questions for discussion</h2>
          <ol className="handout-questions">
            {questions.map((q, i) => (
              <li key={i}>{q}</li>
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}

function ClaimBlock({ claim }: { claim: HandoutClaim }) {
  return (
    <div className="handout-claim">
      <p className="handout-claim-head">
        <span className="handout-id">{claim.id}</span> <bdi>{claim.statedBy}</bdi>
        {claim.missing.length > 0 && (
          <>
            {' '}
            · not in <bdi>{claim.missing.join(', ')}</bdi>
          </>
        )}
        {claim.possible && ' · possible match, check'}
        {claim.edited && ' · edited by the user'}
      </p>
      <ul>
        {claim.members.map((m, i) => (
          <li key={i}>
            <strong className="handout-outlet">
              <bdi>{m.outlet}</bdi>:
            </strong>{' '}
            {m.pieces.map((p, j) =>
              p.differing ? (
                <b key={j} className="handout-only">
                  {p.text}
                </b>
              ) : (
                <span key={j}>{p.text}</span>
              ),
            )}
          </li>
        ))}
      </ul>
      {claim.note && (
        <p className="handout-note-line">
          <strong>Note:</strong> <bdi>{claim.note}</bdi>
        </p>
      )}
    </div>
  );
}
