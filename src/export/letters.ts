/** "A", "B", … "Z", "AA", "AB", …: the letter of the report at `index`, shared by the exports and the page's hidden names. */
export function outletLetter(index: number): string {
  let n = index;
  let s = '';
  do {
    s = String.fromCharCode(65 + (n % 26)) + s;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return s;
}
