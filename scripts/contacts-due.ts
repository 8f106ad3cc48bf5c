/**
 * npm run contacts:due — the call sheet: contacts never checked or due for re-checking, then the
 * rights topics due for a legal re-check. `npm run contacts:due -- --csv > calls.csv` writes the
 * contacts as CSV for a spreadsheet.
 */
import { callSheet, callSheetCsv, callSheetText, legalRecheckText } from '../lib/call-sheet';
import { topicsDueForLegalRecheck } from '../lib/content';
import { siteConfig } from '../site.config';
import { loadContent } from '../lib/content/load';
import { formatProblem } from '../lib/content/problems';

const { content, problems } = loadContent();
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error('\nFix these problems first (npm run content:check).');
  process.exit(1);
}
const rows = callSheet(content);
if (process.argv.includes('--csv')) process.stdout.write(callSheetCsv(rows));
else
  process.stdout.write(
    `${callSheetText(rows)}\n--- Rights topics due for a legal re-check ---\n\n${legalRecheckText(topicsDueForLegalRecheck(content), siteConfig.lawRecheckAfterDays)}`,
  );
