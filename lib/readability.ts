/**
 * Reading level of English text: the Flesch-Kincaid grade, computed on the words a reader sees.
 * Every block (heading, paragraph, list item) ends a sentence even without a full stop, as a
 * reader takes it.
 */
import { syllable } from 'syllable';

type Readability = { words: number; sentences: number; grade: number };

export function readability(blocks: string[]): Readability {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const block of blocks) {
    const parts = block
      .split(/[.!?;:]+(?=\s|$)/)
      .map((part) => part.trim())
      .filter(Boolean);
    for (const part of parts) {
      const tokens = part.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
      if (tokens.length === 0) continue;
      sentences += 1;
      words += tokens.length;
      syllables += tokens.reduce((sum, token) => sum + Math.max(1, syllable(token)), 0);
    }
  }
  const grade = words === 0 ? 0 : 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
  return { words, sentences, grade: Math.round(grade * 10) / 10 };
}
