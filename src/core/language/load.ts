/**
 * Load and validate a language profile from its raw JSON files. Every file but
 * profile.json and stopwords.json is optional (a missing one means "nothing
 * known": a small profile still segments, tokenizes and matches). A file that
 * is there must have the declared shape; otherwise `LanguageProfileError`
 * names the file and the field.
 */
import type { ActorLexicon, FactQualifier, LoadedLexicon } from '../types';
import type { AbbreviationKind, LanguageFiles, LanguageProfile, ProfileOverride } from './profile';

export class LanguageProfileError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    problem: string,
  ) {
    super(`${file}: ${field}: ${problem}`);
    this.name = 'LanguageProfileError';
  }
}

type Shape = 'string' | 'number' | 'strings' | 'stringMap' | 'numberMap' | 'months' | 'listMap';

/** Every file a profile folder may hold, its fields and their shapes. */
export const PROFILE_FILES: Record<string, { required?: boolean; fields: Record<string, Shape> }> = {
  profile: { required: true, fields: { tag: 'string', name: 'string', segmenterLocale: 'string', stemmer: 'string' } },
  stopwords: { required: true, fields: { function: 'strings', matching: 'strings', negations: 'strings', denials: 'strings' } },
  segmentation: { fields: { abbreviations: 'listMap', sentenceOpeners: 'strings' } },
  dates: { fields: { months: 'months', timestampWords: 'strings', dateLabels: 'strings' } },
  numbers: { fields: { words: 'numberMap', scales: 'numberMap', moneyScales: 'numberMap', countScales: 'numberMap', qualifiers: 'listMap', countedPhraseStops: 'strings' } },
  currencies: { fields: { symbols: 'stringMap', words: 'stringMap' } },
  speech: {
    fields: {
      speechVerbs: 'strings', captionReportingWords: 'strings', phraseBoundaries: 'strings', skipBeforeVerb: 'strings',
      speakerPhraseWords: 'strings', personNouns: 'strings', outletNouns: 'strings', unnamedSourceNouns: 'strings',
    },
  },
  roles: { fields: { titles: 'strings', titlesAlsoSurnames: 'strings', nameBreakers: 'strings', notDemonyms: 'strings' } },
  institutions: { fields: { common: 'strings', speakerOnly: 'strings', organizationOnly: 'strings', placeWords: 'strings' } },
  outlets: { fields: { outlets: 'strings', aliases: 'stringMap' } },
  places: { fields: { places: 'strings' } },
  loaded: { fields: { ignore: 'strings' } },
  evaluative: { fields: { source: 'string', package: 'string', version: 'string', licence: 'string', minScore: 'number', minPositiveScore: 'number', scores: 'numberMap', factual: 'strings' } },
};

const STEMMERS = ['porter', 'none'];
const ABBREVIATION_KINDS: AbbreviationKind[] = ['always', 'beforeNumber', 'beforeLowercase', 'ambiguous'];
const QUALIFIER_KINDS: FactQualifier[] = ['more-than', 'fewer-than', 'about', 'up-to', 'at-least', 'exactly'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function check(file: string, field: string, value: unknown, shape: Shape): void {
  const fail = (p: string) => {
    throw new LanguageProfileError(file, field, p);
  };
  const strings = (v: unknown, where = '') => {
    if (!Array.isArray(v)) fail(`expected a list of strings${where}`);
    (v as unknown[]).forEach((x, i) => {
      if (typeof x !== 'string' || x === '') fail(`entry ${i}${where} is not a non-empty string`);
    });
  };
  switch (shape) {
    case 'string':
      if (typeof value !== 'string' || value === '') fail('expected a non-empty string');
      return;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) fail('expected a number');
      return;
    case 'strings':
      return strings(value);
    case 'stringMap':
    case 'numberMap':
      if (!isRecord(value)) return fail('expected an object');
      for (const [k, v] of Object.entries(value)) {
        if (shape === 'stringMap' ? typeof v !== 'string' : typeof v !== 'number' || !Number.isFinite(v)) fail(`"${k}" is not a ${shape === 'stringMap' ? 'string' : 'number'}`);
      }
      return;
    case 'months':
      if (!Array.isArray(value) || value.length !== 12) return fail('expected 12 lists of month forms, January first');
      value.forEach((forms, i) => strings(forms, ` (month ${i + 1})`));
      return;
    case 'listMap':
      if (!isRecord(value)) return fail('expected an object of string lists');
      for (const [k, v] of Object.entries(value)) strings(v, ` ("${k}")`);
      return;
    default: {
      const never: never = shape;
      return never;
    }
  }
}

/** Validate the raw files of one folder. `folder` names it in errors ("data/lang/ru"). */
export function validateLanguageFiles(files: LanguageFiles, folder: string): void {
  for (const name of Object.keys(files)) {
    if (!(name in PROFILE_FILES)) throw new LanguageProfileError(`${folder}/${name}.json`, '(file)', `unknown file; expected one of ${Object.keys(PROFILE_FILES).join(', ')}`);
  }
  for (const [name, spec] of Object.entries(PROFILE_FILES)) {
    const file = `${folder}/${name}.json`;
    const raw = files[name];
    if (raw === undefined) {
      if (spec.required) throw new LanguageProfileError(file, '(file)', 'missing (required)');
      continue;
    }
    if (!isRecord(raw)) throw new LanguageProfileError(file, '(file)', 'expected a JSON object');
    const schema = name === 'loaded' ? 'parallax.lexicon/1' : 'parallax.lang/1';
    if (raw.schema !== schema) throw new LanguageProfileError(file, 'schema', `expected "${schema}"`);
    if (name === 'loaded') checkLexicon(file, raw.entries);
    for (const [field, shape] of Object.entries(spec.fields)) {
      if (raw[field] === undefined) {
        if (name === 'profile' || name === 'stopwords') {
          if (name === 'stopwords' && field !== 'function') continue;
          throw new LanguageProfileError(file, field, 'missing (required)');
        }
        continue;
      }
      check(file, field, raw[field], shape);
    }
  }
  const profile = files.profile as Record<string, unknown>;
  if (!STEMMERS.includes(profile.stemmer as string)) throw new LanguageProfileError(`${folder}/profile.json`, 'stemmer', `expected one of ${STEMMERS.join(', ')}`);
  const seg = (files.segmentation as Record<string, unknown> | undefined)?.abbreviations as Record<string, unknown> | undefined;
  for (const k of Object.keys(seg ?? {})) {
    if (!ABBREVIATION_KINDS.includes(k as AbbreviationKind)) throw new LanguageProfileError(`${folder}/segmentation.json`, `abbreviations.${k}`, `unknown kind; expected ${ABBREVIATION_KINDS.join(', ')}`);
  }
  const q = (files.numbers as Record<string, unknown> | undefined)?.qualifiers as Record<string, unknown> | undefined;
  for (const k of Object.keys(q ?? {})) {
    if (!QUALIFIER_KINDS.includes(k as FactQualifier)) throw new LanguageProfileError(`${folder}/numbers.json`, `qualifiers.${k}`, `unknown qualifier; expected ${QUALIFIER_KINDS.join(', ')}`);
  }
}

const CATEGORIES = ['loaded', 'hedge', 'distancing', 'intensifier'];

function checkLexicon(file: string, entries: unknown): void {
  if (!Array.isArray(entries)) throw new LanguageProfileError(file, 'entries', 'expected a list of { term, category, explain }');
  entries.forEach((e: unknown, i) => {
    const r = (isRecord(e) ? e : {}) as Record<string, unknown>;
    if (typeof r.term !== 'string' || r.term === '') throw new LanguageProfileError(file, `entries[${i}].term`, 'expected a non-empty string');
    if (!CATEGORIES.includes(r.category as string)) throw new LanguageProfileError(file, `entries[${i}].category`, `expected one of ${CATEGORIES.join(', ')}`);
    if (typeof r.explain !== 'string') throw new LanguageProfileError(file, `entries[${i}].explain`, 'expected a string');
  });
}

const EMPTY_LOADED: LoadedLexicon = { schema: 'parallax.lexicon/1', entries: [], ignore: [] };
const EMPTY_ACTORS: ActorLexicon = { schema: 'parallax.actors/1', actors: [], ignore: [], placeNouns: [], placePrepositions: [] };

/** Validate `files` and build the profile. Throws LanguageProfileError on a malformed file. */
export function loadLanguageProfile(files: LanguageFiles, folder = 'data/lang/?'): LanguageProfile {
  validateLanguageFiles(files, folder);
  // Validated above: the casts only name the shapes.
  const f = (name: string) => (files[name] ?? {}) as Record<string, never>;
  const list = (name: string, field: string): string[] => (f(name)[field] as string[] | undefined) ?? [];
  const map = <T>(name: string, field: string): Record<string, T> => (f(name)[field] as Record<string, T> | undefined) ?? {};
  const lower = (xs: string[]) => new Set(xs.map((w) => w.toLowerCase()));
  const profile = f('profile') as unknown as { tag: string; name: string; segmenterLocale: string; stemmer: 'porter' | 'none' };
  const functionWords = list('stopwords', 'function');
  const abbreviations = map<string[]>('segmentation', 'abbreviations');
  return {
    tag: profile.tag,
    name: profile.name,
    segmenterLocale: profile.segmenterLocale,
    stemmer: profile.stemmer,
    functionWords: lower(functionWords),
    matchingStopWords: lower([...functionWords, ...list('stopwords', 'matching')]),
    negations: lower(list('stopwords', 'negations')),
    denials: lower(list('stopwords', 'denials')),
    abbreviations: {
      always: abbreviations.always ?? [],
      beforeNumber: abbreviations.beforeNumber ?? [],
      beforeLowercase: abbreviations.beforeLowercase ?? [],
      ambiguous: abbreviations.ambiguous ?? [],
    },
    sentenceOpeners: lower(list('segmentation', 'sentenceOpeners')),
    months: ((f('dates').months as string[][] | undefined) ?? []).map((forms) => forms.map((m) => m.toLowerCase())),
    timestampWords: lower(list('dates', 'timestampWords')),
    dateLabels: lower(list('dates', 'dateLabels')),
    numberWords: map<number>('numbers', 'words'),
    scales: map<number>('numbers', 'scales'),
    moneyScales: map<number>('numbers', 'moneyScales'),
    countScales: map<number>('numbers', 'countScales'),
    qualifiers: map<string[]>('numbers', 'qualifiers'),
    countedPhraseStops: lower(list('numbers', 'countedPhraseStops')),
    currencySymbols: map<string>('currencies', 'symbols'),
    currencyWords: map<string>('currencies', 'words'),
    speechVerbs: list('speech', 'speechVerbs'),
    captionReportingWords: list('speech', 'captionReportingWords'),
    phraseBoundaries: lower(list('speech', 'phraseBoundaries')),
    skipBeforeVerb: lower(list('speech', 'skipBeforeVerb')),
    speakerPhraseWords: lower(list('speech', 'speakerPhraseWords')),
    personNouns: lower(list('speech', 'personNouns')),
    outletNouns: lower(list('speech', 'outletNouns')),
    unnamedSourceNouns: list('speech', 'unnamedSourceNouns'),
    titles: lower(list('roles', 'titles')),
    titlesAlsoSurnames: lower(list('roles', 'titlesAlsoSurnames')),
    nameBreakers: lower(list('roles', 'nameBreakers')),
    notDemonyms: new Set(list('roles', 'notDemonyms')),
    institutions: {
      common: list('institutions', 'common'),
      speakerOnly: list('institutions', 'speakerOnly'),
      organizationOnly: list('institutions', 'organizationOnly'),
      placeWords: list('institutions', 'placeWords'),
    },
    outlets: list('outlets', 'outlets'),
    outletAliases: map<string>('outlets', 'aliases'),
    places: new Set(list('places', 'places')),
    aliases: [],
    loaded: (files.loaded as LoadedLexicon | undefined) ?? EMPTY_LOADED,
    ...(files.evaluative
      ? {
          evaluative: {
            source: f('evaluative').source as unknown as string,
            package: f('evaluative').package as unknown as string,
            version: f('evaluative').version as unknown as string,
            licence: f('evaluative').licence as unknown as string,
            minScore: (f('evaluative').minScore as number | undefined) ?? 2,
            minPositiveScore: (f('evaluative').minPositiveScore as number | undefined) ?? (f('evaluative').minScore as number | undefined) ?? 2,
            scores: map<number>('evaluative', 'scores'),
            factual: lower(list('evaluative', 'factual')),
          },
        }
      : {}),
    actors: EMPTY_ACTORS,
    overrides: [],
  };
}

/** The profile with overrides for its language applied (others are skipped). Pure: returns a new profile. */
export function applyOverrides(profile: LanguageProfile, overrides: readonly ProfileOverride[]): LanguageProfile {
  const mine = overrides.filter((o) => o.language === profile.tag);
  if (mine.length === 0) return profile;
  const actors = mine.reduce<ActorLexicon>(
    (acc, o) =>
      o.actors
        ? {
            ...acc,
            ...(o.actors.about !== undefined ? { about: o.actors.about } : {}),
            actors: [...acc.actors, ...o.actors.actors],
            ignore: [...acc.ignore, ...o.actors.ignore],
            placeNouns: [...acc.placeNouns, ...o.actors.placeNouns],
            placePrepositions: [...acc.placePrepositions, ...o.actors.placePrepositions],
          }
        : acc,
    profile.actors,
  );
  // One override with actors: its lexicon object itself, so callers comparing by identity (the page's DEFAULT_ACTORS) still match.
  const withActors = mine.filter((o) => o.actors);
  return {
    ...profile,
    outlets: [...profile.outlets, ...mine.flatMap((o) => o.outlets ?? [])],
    outletAliases: Object.assign({}, profile.outletAliases, ...mine.map((o) => o.outletAliases ?? {})),
    places: new Set([...profile.places, ...mine.flatMap((o) => o.places ?? [])]),
    aliases: [...profile.aliases, ...mine.flatMap((o) => o.aliases ?? [])],
    actors: withActors.length === 1 && profile.actors.actors.length === 0 ? withActors[0]!.actors! : actors,
    overrides: [...profile.overrides, ...mine.map((o) => o.id)],
  };
}
