/** Loading the questions for students (data/classroom/questions.en.json) through TanStack Query. */
import { queryOptions } from '@tanstack/react-query';
import { fetchText } from '../data';
import { parseQuestions, QUESTIONS_FILE } from './questions';

export function questionsQueryOptions() {
  return queryOptions({
    queryKey: ['classroom-questions', QUESTIONS_FILE] as const,
    queryFn: async ({ signal }) => {
      const text = await fetchText(QUESTIONS_FILE, signal);
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw new Error('The questions file is not valid JSON.');
      }
      return parseQuestions(json);
    },
    staleTime: Infinity,
  });
}
