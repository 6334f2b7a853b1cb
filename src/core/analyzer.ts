/**
 * The analyzer: raw reports in, a serialisable Comparison out.
 *
 *   per report:  prepare (clean → segment → dedupe) → tokenize   [its language profile]
 *   all reports: matcher.score → groupClaims (→ the reader's corrections, edits/apply.ts) → classify → word diff
 *   per report:  every lens of the registry (voices → loaded words, actors, facts)
 *
 * `createAnalyzer({ language, matchers, lenses, overrides })` fixes the
 * injectable parts once; `compareReports` (index.ts) uses a default analyzer
 * built once (English, the lexical matcher, every lens, the default override).
 * An analyzer keeps the last input's sensitivity-free work (ContentWork below),
 * so comparing the same reports again with another sensitivity only re-groups,
 * and caches each report's own work (ReportWork: the last input's reports and
 * a few more), so adding, removing or editing one report re-prepares and
 * re-frames only that one. `forget()` drops both.
 */
import { classifyClaim } from './claims/classify';
import { clusterNodes, explainGroups, groupClaims, type AlignedMember } from './claims/group';
import { replayCorrections } from './edits/apply';
import { parseCorrections } from './edits/format';
import { attachNotes } from './edits/notes';
import { diffClaim } from './claims/worddiff';
import { CompareInputError } from './errors';
import { allBundledProfiles, bundledProfile, DEFAULT_OVERRIDES } from './language/bundled';
import { applyOverrides } from './language/load';
import type { LanguageProfile, ProfileOverride } from './language/profile';
import { frameReport } from './lenses/frame';
import { factMatrix } from './lenses/facts/detect';
import type { Lens } from './lenses/lens';
import { LENSES } from './lenses/registry';
import { createLexicalMatcher } from './matching/lexical/matcher';
import type { Matcher, MatchSentence, ScoredPairs } from './matching/matcher';
import { DEFAULT_THRESHOLD, resolveOptions } from './defaults';
import { prepareTokenized, type prepareReport } from './preparation/prepare';
import type { Token } from './text/tokenize';
import { COMPARISON_SCHEMA } from './types';
import type { Claim, ClaimStrength, CompareOptions, Comparison, KindCounts, MemberDiff, ReportFraming, ReportInput, ReportResult, ResolvedOptions } from './types';

export { prepareReport, type PreparedReport } from './preparation/prepare';

export interface AnalyzerConfig {
  /** The default language: a bundled tag ("en") or a profile. Reports name their own with `language`. Default "en". */
  language?: string | LanguageProfile;
  /** Extra profiles by primary tag, besides the bundled ones (they win over a bundled profile of the same tag). */
  languages?: Readonly<Record<string, LanguageProfile>>;
  /** The matchers `CompareOptions.matcher` may name; the first is the default. Default: [the lexical matcher]. */
  matchers?: readonly Matcher[];
  /** The lenses run on each report, in order. Default: every lens of lenses/registry.ts. */
  lenses?: readonly Lens[];
  /** Per-topic overrides applied to profiles of their language. Default: [russia-ukraine-war] (data/overrides/). */
  overrides?: readonly ProfileOverride[];
}

export interface Analyzer {
  /** Compare reports. Throws only CompareInputError (bad input); `options` null or undefined means the defaults. */
  compare(reports: readonly ReportInput[], options?: CompareOptions | null): Comparison;
  /**
   * The same, after the matcher's asynchronous preparation (a semantic
   * matcher encodes the sentences it has not seen). Rejects with
   * CompareInputError on bad input, or with the matcher's error (a model that
   * cannot load) — the caller then falls back to another matcher.
   */
  compareAsync(reports: readonly ReportInput[], options?: CompareOptions | null, signal?: { aborted: boolean }): Promise<Comparison>;
  /** The matcher ids `options.matcher` accepts, the default first. */
  readonly matchers: readonly string[];
  /** Resolves when every matcher is ready (a semantic matcher's model loaded). */
  ready(): Promise<void>;
  /**
   * Drop everything kept between calls (the last input's work, the cached
   * reports): the next compare starts cold. For benchmarks (scripts/bench.ts
   * times cold analyses) and for a caller that wants the memory back.
   */
  forget(): void;
}

function emptyCounts(): KindCounts {
  return { shared: 0, partial: 0, unique: 0 };
}

/**
 * One report's sensitivity-free work: prepared, tokenized, as the matcher
 * reads it, and its lens results (on first use). It depends only on the
 * report's text or sentences and its language profile (the analyzer's lenses
 * and furniture are fixed), so it is cached per report (ReportCache below):
 * adding, removing or editing one report re-prepares and re-frames only that one.
 */
interface ReportWork {
  text: string | undefined;
  sentences: readonly string[] | undefined;
  lang: LanguageProfile;
  prepared: PreparedReportOf;
  tokens: Token[][];
  input: MatchSentence[];
  framing?: ReportFraming;
}

/**
 * Reports kept besides the last input's. The last input's reports are always
 * kept (an edit, an added report or a sensitivity change reuses them); a few
 * more cover going back: a removed report put back, an edit undone, a
 * language switched back. Each costs its prepared text, tokens and lens
 * results (a few MB for a 1,000-sentence report), so the bound is small.
 */
const REPORTS_KEPT_BESIDES = 4;

/**
 * The work of one input that does not depend on the sensitivity: its reports'
 * work (above), each matcher's scored pairs, word diffs, the fact matrix.
 * The analyzer keeps the last one, so a re-run that changes only the
 * sensitivity (a slider in the page) only re-groups and rebuilds the claims
 * (issue 16: ≤ 150 ms at 3 × 1,000 sentences; docs/performance.md).
 * Matcher scores are kept for the whole input only: the lexical matcher's
 * term weights depend on every report. Two results of one input (or of two
 * inputs sharing a report) share that report's `framing` objects: a
 * Comparison is read-only data.
 */
interface ContentWork {
  /** Each report's work, in input order (what this input's work depends on). */
  reports: ReportWork[];
  prepared: PreparedReportOf[];
  tokens: Token[][][];
  input: MatchSentence[][];
  /** By matcher: a matcher's scores depend only on the input (a semantic one scores only once prepared, else it throws). */
  scored: Map<Matcher, ScoredPairs>;
  /**
   * Word diffs by claim members: a claim a sensitivity change leaves as it was keeps its diff. Keyed by
   * the first member's node (its index among all reports' sentences), each entry the claims seen that
   * start there, with their members' nodes: a number key and a compare of a few ints instead of a
   * "report:sentence,…" string per claim and its hash.
   */
  diffs: Map<number, { nodes: Int32Array; diff: MemberDiff[] }[]>;
  /** How many diffs `diffs` holds. */
  diffCount: number;
  /** The fact matrix of the last run, for these report ids and fallback profile (it reads only the lens results). */
  facts?: { ids: (string | undefined)[]; fallback: LanguageProfile; matrix: Comparison['facts'] };
}
/** Diffs kept per input at most (a few sensitivities' worth at 3 × 1,000 sentences); beyond it the map starts again. */
const DIFFS_KEPT = 20_000;
type PreparedReportOf = ReturnType<typeof prepareReport>;

const sameStrings = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((x, i) => x === b[i]));

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Check the input's shape; throw CompareInputError naming what is wrong. */
export function checkInput(reports: unknown, options: unknown): void {
  if (!Array.isArray(reports)) throw new CompareInputError('reports-not-array', `reports must be an array of reports, not ${reports === null ? 'null' : typeof reports}`);
  reports.forEach((r: unknown, i) => {
    const at = `report ${i + 1}`;
    if (!isObject(r)) throw new CompareInputError('report-not-object', `${at} is ${r === null ? 'null' : Array.isArray(r) ? 'an array' : `a ${typeof r}`}, not a report`, i);
    // id and outlet may be absent (the evaluation sets carry none); present, they are strings.
    if (r.id !== undefined && typeof r.id !== 'string') throw new CompareInputError('report-id', `${at}: id must be a string`, i);
    if (r.outlet !== undefined && typeof r.outlet !== 'string') throw new CompareInputError('report-outlet', `${at} (${r.id}): outlet must be a string`, i);
    if (r.text !== undefined && typeof r.text !== 'string') throw new CompareInputError('report-text', `${at} (${r.id}): text must be a string, not ${r.text === null ? 'null' : typeof r.text}`, i);
    if (r.sentences !== undefined && !(Array.isArray(r.sentences) && r.sentences.every((s) => typeof s === 'string'))) {
      throw new CompareInputError('report-sentences', `${at} (${r.id}): sentences must be an array of strings`, i);
    }
    for (const field of ['language', 'originalLanguage', 'date', 'url'] as const) {
      if (r[field] !== undefined && typeof r[field] !== 'string') throw new CompareInputError('report-metadata', `${at} (${r.id}): ${field} must be a string`, i);
    }
    if (r.machineTranslated !== undefined && typeof r.machineTranslated !== 'boolean') {
      throw new CompareInputError('report-metadata', `${at} (${r.id}): machineTranslated must be true or false`, i);
    }
  });
  if (options !== undefined && options !== null && !isObject(options)) throw new CompareInputError('options-not-object', `options must be an object, not ${typeof options}`);
  const corrections = isObject(options) ? options.corrections : undefined;
  if (corrections !== undefined && !isObject(corrections)) throw new CompareInputError('options-corrections', 'options.corrections must be an object { edits, notes }');
}

export function createAnalyzer(config: AnalyzerConfig = {}): Analyzer {
  const overrides = config.overrides ?? DEFAULT_OVERRIDES;
  const matchers = config.matchers ?? [createLexicalMatcher()];
  const lenses = config.lenses ?? LENSES;
  const furniture = allBundledProfiles();
  const profiles = new Map<string, LanguageProfile>();
  const withOverrides = new WeakMap<LanguageProfile, LanguageProfile>();
  const effective = (p: LanguageProfile) => {
    let e = withOverrides.get(p);
    if (!e) withOverrides.set(p, (e = applyOverrides(p, overrides)));
    return e;
  };
  /** The profile for a tag, or undefined when none is known. */
  const profileFor = (tag: string): LanguageProfile | undefined => {
    const primary = tag.toLowerCase().split(/[-_]/)[0]!;
    let p = profiles.get(primary);
    if (!p) {
      const base = config.languages?.[primary] ?? bundledProfile(primary);
      if (!base) return undefined;
      profiles.set(primary, (p = effective(base)));
    }
    return p;
  };
  const resolveLanguage = (l: string | LanguageProfile | undefined, fallback: LanguageProfile): LanguageProfile =>
    l === undefined ? fallback : typeof l === 'string' ? (profileFor(l) ?? fallback) : effective(l);
  const english = profileFor('en')!;
  const defaultProfile = resolveLanguage(config.language, english);
  let last: ContentWork | undefined;
  /** Cached report work, most recently used first: the last input's reports, then up to REPORTS_KEPT_BESIDES others. */
  let kept: ReportWork[] = [];
  /** This report's work: a cached one with the same text or sentences and profile (not one `taken` by another report of this input), else new. */
  const reportWork = (r: ReportInput, lang: LanguageProfile, taken: ReadonlySet<ReportWork>): ReportWork => {
    const hit = kept.find((w) => w.lang === lang && w.text === r.text && sameStrings(w.sentences, r.sentences) && !taken.has(w));
    if (hit) return hit;
    const { prepared, tokens } = prepareTokenized(r, lang, furniture);
    const input = prepared.spans.map((s, si): MatchSentence => ({ text: prepared.text.slice(s.start, s.end), tokens: tokens[si]!, profile: lang }));
    return { text: r.text, sentences: r.sentences ? [...r.sentences] : undefined, lang, prepared, tokens, input };
  };
  /** The sensitivity-free work of these reports in these languages: the last input's when it is the same. */
  const contentWork = (reports: readonly ReportInput[], langs: LanguageProfile[]): ContentWork => {
    const taken = new Set<ReportWork>();
    const works = reports.map((r, i) => {
      const w = reportWork(r, langs[i]!, taken);
      taken.add(w);
      return w;
    });
    kept = [...works, ...kept.filter((w) => !taken.has(w)).slice(0, REPORTS_KEPT_BESIDES)];
    if (last && last.reports.length === works.length && works.every((w, i) => w === last!.reports[i])) return last;
    return (last = {
      reports: works,
      prepared: works.map((w) => w.prepared),
      tokens: works.map((w) => w.tokens),
      input: works.map((w) => w.input),
      scored: new Map(),
      diffs: new Map(),
      diffCount: 0,
    });
  };

  return {
    matchers: matchers.map((m) => m.id),
    async ready() {
      await Promise.all(matchers.map((m) => m.ready?.()));
    },
    forget() {
      last = undefined;
      kept = [];
    },
    async compareAsync(reports, rawOptions, signal) {
      const { matcher, input } = setUp(reports, rawOptions);
      if (matcher.prepare) await matcher.prepare({ reports: input.input }, signal);
      return run(reports, rawOptions ?? {}, matcher, input);
    },
    compare(reports, rawOptions) {
      const { matcher, input } = setUp(reports, rawOptions);
      return run(reports, rawOptions ?? {}, matcher, input);
    },
  };

  function setUp(reports: readonly ReportInput[], rawOptions: CompareOptions | null | undefined) {
    checkInput(reports, rawOptions);
    const options = rawOptions ?? {};
    const matcher = options.matcher === undefined ? matchers[0]! : matchers.find((m) => m.id === options.matcher);
    if (!matcher) throw new CompareInputError('unknown-matcher', `no matcher "${String(options.matcher)}"; this analyzer has ${matchers.map((m) => m.id).join(', ')}`);
    const fallback = resolveLanguage(options.language, defaultProfile);
    const langs = reports.map((r) => (r.language === undefined ? fallback : (profileFor(r.language) ?? fallback)));
    const work = contentWork(reports, langs);
    return { matcher, input: { fallback, langs, prepared: work.prepared, tokens: work.tokens, input: work.input, work } };
  }

  function run(reports: readonly ReportInput[], options: CompareOptions, matcher: Matcher, set: ReturnType<typeof setUp>['input']): Comparison {
      const { fallback, langs, prepared, tokens, input, work } = set;
      const settings = matcher.settings ?? { defaultThreshold: DEFAULT_THRESHOLD, strongProbability: 1 };
      const resolved: ResolvedOptions = { ...resolveOptions(options, settings.defaultThreshold), matcher: matcher.id };
      let scored = work.scored.get(matcher);
      if (!scored) work.scored.set(matcher, (scored = matcher.score({ reports: input })));
      const given = options.corrections === undefined ? null : parseCorrections(options.corrections);
      let groups: { members: AlignedMember[]; edited: boolean }[];
      let replay: ReturnType<typeof replayCorrections> | null = null;
      if (given && given.value.edits.length > 0) {
        // The reader's corrections are replayed on this run's grouping (edits/apply.ts says how).
        const { groups: machine, score } = clusterNodes(scored, { threshold: resolved.threshold });
        const nodes = scored.nodes;
        replay = replayCorrections(nodes, (n) => input[nodes[n]!.report]![nodes[n]!.sentence]!.text, machine, given.value.edits);
        const explained = explainGroups(scored, replay.groups.map((g) => g.nodes), score, replay.userLinked);
        groups = replay.groups.map((g, k) => ({ members: explained[k]!, edited: g.edited }));
      } else {
        groups = groupClaims(scored, { threshold: resolved.threshold }).map((members) => ({ members, edited: false }));
      }

      // Reading order: by the first report that states the claim, then its position there.
      groups.sort((a, b) => a.members[0]!.report - b.members[0]!.report || a.members[0]!.sentence - b.members[0]!.sentence);

      const claimOf = prepared.map((p) => new Array<string>(p.spans.length).fill(''));
      const perReport = reports.map(emptyCounts);
      const totals = emptyCounts();
      // Each report's first node (sentences numbered across reports), for the diff cache's keys.
      const firstNode = new Array<number>(prepared.length + 1);
      firstNode[0] = 0;
      for (let r = 0; r < prepared.length; r++) firstNode[r + 1] = firstNode[r]! + prepared[r]!.spans.length;
      // The claim that last counted each report (a claim's reports counted without a Set).
      const seenIn = new Int32Array(reports.length).fill(-1);
      const claims: Claim[] = [];
      for (let i = 0; i < groups.length; i++) {
        const { members, edited } = groups[i]!;
        const id = `c${i + 1}`;
        let reportsIn = 0;
        for (const m of members) {
          if (seenIn[m.report] === i) continue;
          seenIn[m.report] = i;
          reportsIn++;
        }
        // Every member after the first is explained by its best link inside
        // the claim; the claim is only as strong as its weakest such link. A
        // link the reader made is strong: the reader decided.
        let strength: ClaimStrength | undefined;
        if (reportsIn > 1) {
          strength = 'strong';
          for (let k = 1; k < members.length; k++) {
            const m = members[k]!;
            if (m.linkedByUser !== true && (m.match?.score ?? 0) < settings.strongProbability) strength = 'possible';
          }
        }
        // "Shared" is a promise to the reader that every outlet states it: it
        // needs strong links. A claim that reaches every outlet only through
        // a possible link is shown as partial, marked possible.
        const kind = strength === 'possible' && reportsIn >= reports.length ? 'partial' : classifyClaim(reportsIn, reports.length);
        totals[kind]++;
        for (const m of members) {
          if (seenIn[m.report] === i) {
            perReport[m.report]![kind]++;
            seenIn[m.report] = -2;
          }
          claimOf[m.report]![m.sentence] = id;
        }
        const claim: Claim = { id, kind, members };
        if (strength) claim.strength = strength;
        if (edited) claim.edited = true;
        if (reportsIn > 1) claim.diff = diffOf(members);
        claims.push(claim);
      }

      /** The claim's word diff: the one cached for these members, else a new one. */
      function diffOf(members: AlignedMember[]): MemberDiff[] {
        const nodes = new Int32Array(members.length);
        for (let k = 0; k < members.length; k++) nodes[k] = firstNode[members[k]!.report]! + members[k]!.sentence;
        let seen = work.diffs.get(nodes[0]!);
        const same = (e: { nodes: Int32Array }) => e.nodes.length === nodes.length && e.nodes.every((x, k) => x === nodes[k]);
        const hit = seen?.find(same);
        if (hit) return hit.diff;
        const diff = diffClaim(members.map((m) => ({ report: m.report, sentence: m.sentence, span: prepared[m.report]!.spans[m.sentence]!, tokens: tokens[m.report]![m.sentence]! })));
        if (work.diffCount >= DIFFS_KEPT) {
          work.diffs.clear();
          work.diffCount = 0;
          seen = undefined;
        }
        if (seen) seen.push({ nodes, diff });
        else work.diffs.set(nodes[0]!, [{ nodes, diff }]);
        work.diffCount++;
        return diff;
      }

      const results: ReportResult[] = reports.map((r, ri) => {
        const p = prepared[ri]!;
        const result: ReportResult = {
          id: r.id,
          outlet: r.outlet,
          text: p.text,
          sentences: p.spans.map((s, si) => ({ text: input[ri]![si]!.text, start: s.start, end: s.end, claim: claimOf[ri]![si]! })),
          removed: p.removed,
          framing: (work.reports[ri]!.framing ??= frameReport(p.text, p.spans, langs[ri], lenses)),
        };
        if (r.language !== undefined) result.language = r.language;
        if (r.originalLanguage !== undefined) result.originalLanguage = r.originalLanguage;
        if (r.date !== undefined) result.date = r.date;
        if (r.machineTranslated !== undefined) result.machineTranslated = r.machineTranslated;
        if (r.url !== undefined) result.url = r.url;
        return result;
      });

      const ids = results.map((r) => r.id);
      if (!work.facts || work.facts.fallback !== fallback || work.facts.ids.some((id, i) => id !== ids[i])) {
        work.facts = { ids, fallback, matrix: factMatrix(results.map((r) => ({ report: r.id, facts: r.framing.facts ?? [] })), fallback) };
      }
      const comparison: Comparison = {
        schema: COMPARISON_SCHEMA,
        options: resolved,
        reports: results,
        claims,
        summary: { claims: totals, perReport },
        facts: work.facts.matrix,
      };
      if (!given) return comparison;
      if (replay && replay.applied.length > 0) comparison.edits = replay.applied;
      const unreadable = given.dropped;
      if ((replay?.stale.length ?? 0) + unreadable > 0) comparison.stale = { edits: replay?.stale ?? [], notes: [], unreadable };
      // Notes last, on the finished claims (edits/notes.ts; the page attaches them the same way).
      return given.value.notes.length > 0 ? attachNotes(comparison, given.value.notes) : comparison;
  }
}

let defaultAnalyzer: Analyzer | undefined;

/** `forget()` on compareReports' default analyzer (scripts/bench.ts times cold analyses with it). */
export function forgetDefaultAnalyzer(): void {
  defaultAnalyzer?.forget();
}

/** The one-call surface: a default analyzer, built on first use. Throws only CompareInputError. */
export function compareReports(reports: readonly ReportInput[], options?: CompareOptions | null): Comparison {
  defaultAnalyzer ??= createAnalyzer();
  return defaultAnalyzer.compare(reports, options);
}
