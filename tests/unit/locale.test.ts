import { describe, expect, it } from 'vitest';
import { formatDate, formatList, formatTime, languageName, nativeLanguageName, textDirection, weekdayName } from '@/lib/locale';

describe('an Arabic reader opens the site', () => {
  it('reads right to left', () => {
    expect(textDirection('ar')).toBe('rtl');
  });

  it('other right-to-left languages would too, without code changes', () => {
    expect(textDirection('fa')).toBe('rtl');
    expect(textDirection('he')).toBe('rtl');
  });
});

describe('readers of left-to-right languages', () => {
  it.each(['en', 'es', 'zh', 'pl', 'ht'])('%s reads left to right', (locale) => {
    expect(textDirection(locale)).toBe('ltr');
  });
});

describe('a reader looks for their language in the chooser', () => {
  it.each([
    ['es', 'Español'],
    ['ar', 'العربية'],
    ['pl', 'Polski'],
    ['ht', 'Kreyòl ayisyen'],
    ['en', 'English'],
  ] as const)('finds %s written in its own language: %s', (locale, name) => {
    expect(nativeLanguageName(locale)).toBe(name);
  });

  it('finds Chinese written in Chinese characters', () => {
    expect(nativeLanguageName('zh')).toMatch(/中文/);
  });
});

describe('a Spanish reader sees which languages the staff speak', () => {
  it('reads language names in Spanish', () => {
    expect(languageName('pl', 'es')).toBe('polaco');
  });

  it('sees the code itself for a code Intl cannot name, instead of an error', () => {
    expect(languageName('not a code', 'es')).toBe('not a code');
  });
});

describe('a Haitian Creole reader sees a date', () => {
  it('reads Haitian month names, which Intl does not have', () => {
    expect(formatDate('2026-11-20', 'ht')).toBe('20 novanm 2026');
    expect(formatDate('2026-01-01', 'ht')).toBe('1 janvye 2026');
    expect(formatDate('2026-12-31', 'ht')).toBe('31 desanm 2026');
  });

  it('reads Haitian weekday names', () => {
    expect(weekdayName('mon', 'ht')).toBe('lendi');
    expect(weekdayName('sun', 'ht')).toBe('dimanch');
  });
});

describe('readers of other languages see a date', () => {
  it('reads the calendar day written in the content, in their language', () => {
    expect(formatDate('2026-11-20', 'en')).toBe('November 20, 2026');
    expect(formatDate('2026-11-20', 'es')).toBe('20 de noviembre de 2026');
    expect(formatDate('2026-11-20', 'zh')).toBe('2026年11月20日');
  });

  it('never shifts a date to the day before', () => {
    expect(formatDate('2026-01-01', 'en')).toBe('January 1, 2026');
  });
});

describe('readers see weekdays, times and lists the way their language writes them', () => {
  it('names weekdays in Spanish', () => {
    expect(weekdayName('mon', 'es')).toMatch(/^lun\.?$/);
  });

  it('uses a 12-hour clock in English and a 24-hour clock in Polish and Haitian Creole', () => {
    expect(formatTime('16:30', 'en').replace(/\s/g, ' ')).toBe('4:30 PM');
    expect(formatTime('16:30', 'pl')).toBe('16:30');
    expect(formatTime('16:30', 'ht')).toBe('16:30');
  });

  it('joins lists with the language’s own word for "and"', () => {
    expect(formatList(['A', 'B', 'C'], 'es')).toBe('A, B y C');
    expect(formatList(['A', 'B', 'C'], 'ht')).toBe('A, B, C');
  });
});
