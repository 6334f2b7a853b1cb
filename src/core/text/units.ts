/**
 * A class byte per code unit below `end`, `classOf` asked once per unit at module load (lone surrogates
 * stay 0: a one-unit string of one is not a character). The scanners that read text by char code
 * (clean.ts's word count, segment.ts's spaces) look a unit's class up instead of testing a
 * one-character string against an expression per character.
 */
export function unitTable(end: number, classOf: (ch: string) => number): Uint8Array {
  const table = new Uint8Array(end);
  for (let c = 0; c < end; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    table[c] = classOf(String.fromCharCode(c));
  }
  return table;
}
