import { expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';

/**
 * Pages in a PDF that Chromium printed. Its page objects are plain dictionaries (only content
 * streams are compressed), so counting `/Type /Page` (not `/Pages`) counts pages; the page tree's
 * `/Count` must agree, or the file is not what we think it is.
 */
export function pdfPageCount(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  const pages = (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((match) =>
    Number(match[1] ?? match[2]),
  );
  if (counts.length === 0 || Math.max(...counts) !== pages)
    throw new Error(`the PDF has ${pages} page objects but its page tree says ${counts.join(', ') || 'nothing'}`);
  return pages;
}

/** Opens a page and prints it on this paper: the number of pages it takes. */
export async function pagesWhenPrinted(page: Page, path: string, format: 'Letter' | 'A4'): Promise<number> {
  const response = await page.goto(path);
  expect(response?.status(), `${path} should exist`).toBe(200);
  return pdfPageCount(await page.pdf({ format }));
}

/**
 * The text of one printed page, as poppler's pdftotext reads it (Debian's poppler-utils, which
 * scripts/setup-browser.ts installs with the browser): what a reader would find on that sheet.
 */
export function pdfPageText(pdf: Buffer, page: number): string {
  try {
    return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-enc', 'UTF-8', '-', '-'], { input: pdf, encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error('pdftotext is missing: install poppler-utils (apt-get install poppler-utils) or run npx tsx scripts/setup-browser.ts as root');
    throw error;
  }
}
