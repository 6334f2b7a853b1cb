import { describe, expect, it } from 'vitest';
import { BUNDLED_LANGUAGES, bundledProfile } from './bundled';
import { LanguageProfileError, loadLanguageProfile } from './load';

const ru = BUNDLED_LANGUAGES.ru!;

function errorOf(files: Record<string, unknown>): LanguageProfileError {
  try {
    loadLanguageProfile(files, 'data/lang/xx');
  } catch (e) {
    return e as LanguageProfileError;
  }
  throw new Error('no error');
}

describe('loadLanguageProfile', () => {
  it('loads every bundled profile', () => {
    expect(bundledProfile('en')!.tag).toBe('en');
    expect(bundledProfile('en-GB')!.tag).toBe('en');
    expect(bundledProfile('ru')!.months[10]).toContain('ноября');
    expect(bundledProfile('de')).toBeUndefined();
  });

  it.each([
    ['a missing required file', { stopwords: ru.stopwords }, 'data/lang/xx/profile.json: (file): missing (required)'],
    ['an unknown file', { ...ru, colours: {} }, 'data/lang/xx/colours.json: (file): unknown file'],
    ['a wrong schema', { ...ru, dates: { schema: 'x' } }, 'data/lang/xx/dates.json: schema'],
    ['eleven months', { ...ru, dates: { schema: 'parallax.lang/1', months: [['a']] } }, 'data/lang/xx/dates.json: months: expected 12 lists'],
    ['a number among words', { ...ru, speech: { schema: 'parallax.lang/1', speechVerbs: ['said', 3] } }, 'data/lang/xx/speech.json: speechVerbs: entry 1'],
    ['an unknown stemmer', { ...ru, profile: { ...(ru.profile as object), stemmer: 'snowball' } }, 'data/lang/xx/profile.json: stemmer'],
    ['an unknown abbreviation kind', { ...ru, segmentation: { schema: 'parallax.lang/1', abbreviations: { sometimes: ['x'] } } }, 'segmentation.json: abbreviations.sometimes'],
  ])('%s: the error names the file and the field', (_name, files, message) => {
    const e = errorOf(files);
    expect(e).toBeInstanceOf(LanguageProfileError);
    expect(e.message).toContain(message);
  });
});
