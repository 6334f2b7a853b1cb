/**
 * The guided questions for students (`data/classroom/questions.en.json`,
 * schema `parallax.questions/1`): editable data, generic across events.
 * `parseQuestions` gives the list or throws a readable error; ClassroomTools
 * loads the file through TanStack Query.
 */

export const QUESTIONS_FILE = 'classroom/questions.en.json';
export const MAX_QUESTIONS = 30;
export const MAX_QUESTION_LENGTH = 400;

/** The questions: non-empty strings, white space collapsed, at most 30 of at most 400 characters. */
export function parseQuestions(json: unknown): string[] {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error('The questions file is not a JSON object.');
  const data = json as Record<string, unknown>;
  if (data.schema !== 'parallax.questions/1') throw new Error('The questions file is not a “parallax.questions/1” file.');
  if (!Array.isArray(data.questions)) throw new Error('The questions file has no “questions” list.');
  return data.questions
    .filter((q): q is string => typeof q === 'string')
    .map((q) => q.replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ').replace(/\s+/g, ' ').trim())
    .filter((q) => q !== '')
    .map((q) => (q.length > MAX_QUESTION_LENGTH ? `${q.slice(0, MAX_QUESTION_LENGTH - 1)}…` : q))
    .slice(0, MAX_QUESTIONS);
}
