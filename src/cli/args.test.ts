import { describe, expect, it } from 'vitest';
import { parseArgs, parseSensitivity, type CliOptions, type ParseResult } from './args';

const ok = (files: string[], extra: Omit<CliOptions, 'files'> = {}): ParseResult => ({ kind: 'ok', options: { files, ...extra } });

describe('parseArgs', () => {
  const accepted: [string, string[], ParseResult][] = [
    ['two files', ['a.txt', 'b.txt'], ok(['a.txt', 'b.txt'])],
    ['keeps the order of the files', ['c.txt', 'a.txt', 'b.txt'], ok(['c.txt', 'a.txt', 'b.txt'])],
    ['--json anywhere', ['a.txt', '--json', 'b.txt'], ok(['a.txt', 'b.txt'], { format: 'json' })],
    ['--out PATH', ['a', 'b', '--out', 'x.json'], ok(['a', 'b'], { out: 'x.json' })],
    ['--out=PATH', ['--out=x.json', 'a', 'b'], ok(['a', 'b'], { out: 'x.json' })],
    ['--sensitivity X', ['a', 'b', '--sensitivity', '0.25'], ok(['a', 'b'], { sensitivity: 0.25 })],
    ['--sensitivity=X', ['a', 'b', '--sensitivity=1'], ok(['a', 'b'], { sensitivity: 1 })],
    ['sensitivity 0', ['a', 'b', '--sensitivity', '0'], ok(['a', 'b'], { sensitivity: 0 })],
    ['sensitivity .5', ['a', 'b', '--sensitivity', '.5'], ok(['a', 'b'], { sensitivity: 0.5 })],
    ['all options', ['--json', '--sensitivity', '0.7', '--out', 'o.json', 'a', 'b', 'c'], ok(['a', 'b', 'c'], { format: 'json', out: 'o.json', sensitivity: 0.7 })],
    ['-- makes the rest files', ['--', '--json', '-x'], ok(['--json', '-x'])],
    ['the same file twice', ['a', 'a'], ok(['a', 'a'])],
    ['file names with spaces and unicode', ['my report.txt', 'отчёт.txt'], ok(['my report.txt', 'отчёт.txt'])],
    ['--help', ['--help'], { kind: 'help' }],
    ['-h wins over errors', ['--bogus', '-h'], { kind: 'help' }],
    ['--help with files', ['a', 'b', '--help'], { kind: 'help' }],
    ['-h after -- is a file', ['a', '--', '-h'], ok(['a', '-h'])],
    ['--format csv', ['a', 'b', '--format', 'csv'], ok(['a', 'b'], { format: 'csv' })],
    ['--format=markdown', ['a', 'b', '--format=markdown'], ok(['a', 'b'], { format: 'markdown' })],
    ['--format md is markdown', ['a', 'b', '--format', 'md'], ok(['a', 'b'], { format: 'markdown' })],
    ['--format HTML (any case)', ['a', 'b', '--format', 'HTML'], ok(['a', 'b'], { format: 'html' })],
    ['--json --format json agree', ['a', 'b', '--json', '--format', 'json'], ok(['a', 'b'], { format: 'json' })],
    ['--title', ['a', 'b', '--title', 'Mines, 2024'], ok(['a', 'b'], { title: 'Mines, 2024' })],
    ['--title empty', ['a', 'b', '--title='], ok(['a', 'b'], { title: '' })],
    ['--hide-outlets', ['a', 'b', '--hide-outlets'], ok(['a', 'b'], { hideOutletNames: true })],
    ['--edits FILE', ['a', 'b', '--edits', 'e.json'], ok(['a', 'b'], { edits: 'e.json' })],
    ['--edits=FILE', ['--edits=out.json', 'a', 'b'], ok(['a', 'b'], { edits: 'out.json' })],
    ['--edits with --json and --out', ['a', 'b', '--edits', 'e.json', '--json', '--out', 'o.json'], ok(['a', 'b'], { edits: 'e.json', format: 'json', out: 'o.json' })],
    ['--edits with a file name starting with one dash', ['a', 'b', '--edits', '-e.json'], ok(['a', 'b'], { edits: '-e.json' })],
    ['six files (the page\'s maximum)', ['1', '2', '3', '4', '5', '6'], ok(['1', '2', '3', '4', '5', '6'])],
  ];

  it.each(accepted)('accepts %s', (_name, argv, expected) => {
    expect(parseArgs(argv)).toEqual(expected);
  });

  const rejected: [string, string[], RegExp][] = [
    ['no arguments', [], /no report files/],
    ['only flags', ['--json'], /no report files/],
    ['one file', ['a.txt'], /only one report file given \("a\.txt"\)/],
    ['unknown long flag', ['a', 'b', '--verbose'], /unknown option "--verbose"/],
    ['unknown short flag', ['a', 'b', '-v'], /unknown option "-v"/],
    ['unknown flag with value', ['a', 'b', '--colour=never'], /unknown option "--colour"/],
    ['stdin dash', ['a', '-'], /standard input/],
    ['--json with a value', ['a', 'b', '--json=yes'], /--json takes no value/],
    ['--out without value', ['a', 'b', '--out'], /--out needs a file path/],
    ['--out followed by a flag', ['a', 'b', '--out', '--json'], /--out needs a file path/],
    ['--out= empty', ['a', 'b', '--out='], /--out needs a file path/],
    ['--out -', ['a', 'b', '--out', '-'], /use --json/],
    ['--out twice', ['a', 'b', '--out', 'x', '--out', 'y'], /--out given twice/],
    ['--sensitivity without value', ['a', 'b', '--sensitivity'], /--sensitivity needs a number/],
    ['--sensitivity followed by a flag', ['a', 'b', '--sensitivity', '--json'], /--sensitivity needs a number/],
    ['--sensitivity not a number', ['a', 'b', '--sensitivity', 'high'], /must be a number from 0 to 1, got "high"/],
    ['--sensitivity above 1', ['a', 'b', '--sensitivity', '1.5'], /between 0 and 1, got 1\.5/],
    ['--sensitivity negative', ['a', 'b', '--sensitivity', '-0.1'], /between 0 and 1, got -0\.1/],
    ['--sensitivity NaN', ['a', 'b', '--sensitivity=NaN'], /must be a number/],
    ['--sensitivity Infinity', ['a', 'b', '--sensitivity=Infinity'], /must be a number/],
    ['--sensitivity hex', ['a', 'b', '--sensitivity=0x1'], /must be a number/],
    ['--sensitivity exponent', ['a', 'b', '--sensitivity=1e-1'], /must be a number/],
    ['seven files (the page takes six)', ['1', '2', '3', '4', '5', '6', '7'], /^7 report files given; compare takes at most 6 \(as the page does\)$/],
    ['--format unknown', ['a', 'b', '--format', 'pdf'], /^--format must be one of json, csv, markdown, html, got "pdf"$/],
    ['--format without value', ['a', 'b', '--format'], /^--format needs one of json, csv, markdown, html$/],
    ['--format twice', ['a', 'b', '--format', 'csv', '--format', 'html'], /^--format given twice$/],
    ['--json with --format csv', ['a', 'b', '--json', '--format', 'csv'], /^--json and --format csv contradict each other$/],
    ['--format csv with --json', ['a', 'b', '--format', 'csv', '--json'], /^--json and --format csv contradict each other$/],
    ['--title without value', ['a', 'b', '--title'], /^--title needs a text$/],
    ['--title twice', ['a', 'b', '--title', 'x', '--title', 'y'], /^--title given twice$/],
    ['--hide-outlets with a value', ['a', 'b', '--hide-outlets=1'], /^--hide-outlets takes no value$/],
    ['--edits without a value', ['a', 'b', '--edits'], /^--edits needs a file path \(an edits file or a Comparison JSON\)$/],
    ['--edits= empty', ['a', 'b', '--edits='], /^--edits needs a file path/],
    ['--edits followed by a flag', ['a', 'b', '--edits', '--json'], /^--edits needs a file path/],
    ['--edits -', ['a', 'b', '--edits', '-'], /^reading edits from standard input \("-"\) is not supported; give a file$/],
    ['--edits twice', ['a', 'b', '--edits', 'x', '--edits', 'y'], /^--edits given twice$/],
    ['--sensitivity twice', ['a', 'b', '--sensitivity', '0.1', '--sensitivity', '0.2'], /given twice/],
  ];

  it.each(rejected)('rejects %s', (_name, argv, message) => {
    const result = parseArgs(argv);
    expect(result.kind).toBe('usage-error');
    if (result.kind !== 'usage-error') return;
    expect(result.message).toMatch(message);
    expect(result.message).not.toContain('\n');
  });
});

describe('parseSensitivity', () => {
  it.each([
    ['0.5', 0.5],
    [' 0.3 ', 0.3],
    ['1.', 1],
    ['+0.2', 0.2],
  ])('reads %j', (raw, value) => {
    expect(parseSensitivity(raw)).toBe(value);
  });
  it.each(['', ' ', '1,5', '0.5.1', '2', '-1'])('refuses %j', (raw) => {
    expect(typeof parseSensitivity(raw)).toBe('string');
  });
});
