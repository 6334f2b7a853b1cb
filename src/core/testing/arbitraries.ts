/** fast-check inputs shared by the tests that hold hand-written scanners to the expressions they replace. */
import fc from 'fast-check';

/** Text made of the pieces the capitalised-run expressions turn on: capitals, dots, apostrophes, hyphens, spaces. */
export const capitalRunText = fc
  .array(
    fc.constantFrom(
      'Sen', 'Sen.', 'Rosa', 'Delgado', 'McDonald', "O'Brien", 'Smith-Jones', 'USA', 'NATO', 'ACLU', 'ABCDEFG', 'NATOs', 'Él', 'Жуков', 'жуков', 'of', 'the', 'for', 'and',
      'ofAmerica', 'theWorld', 'said', 'x', '9', '(ACLU)', '(AB)', '(ABCDEFG)', ' ', ' ', ' ', '  ', '\t', '\n', '\u00a0', '.', ',', '-', "'", '’', '(', ')', 'É', 'é', '𝒳',
    ),
    { maxLength: 30 },
  )
  .map((p) => p.join(''));
