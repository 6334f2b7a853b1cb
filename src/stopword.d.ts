declare module 'stopword' {
  /** English stopwords (the package ships no type declarations). */
  export const eng: string[];
  export const rus: string[];
}
