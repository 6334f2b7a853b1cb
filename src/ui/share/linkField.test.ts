import { describe, expect, it } from 'vitest';
import { FIELD_PREVIEW, fieldValue } from './linkField';

describe('fieldValue', () => {
  const long = `https://x.test/#r=v1.${'A'.repeat(FIELD_PREVIEW)}`;
  it.each([
    ['no link yet', null, false, ''],
    ['a short link, whole', 'https://x.test/#r=v1.5.AbCdE', false, 'https://x.test/#r=v1.5.AbCdE'],
    ['a link of exactly the preview length, whole', 'h'.repeat(FIELD_PREVIEW), false, 'h'.repeat(FIELD_PREVIEW)],
    ['a long link, its beginning and an ellipsis', long, false, `${long.slice(0, FIELD_PREVIEW)}…`],
    ['a long link while focused, whole', long, true, long],
  ])('%s', (_name, url, full, expected) => {
    expect(fieldValue(url, full)).toBe(expected);
  });
});
