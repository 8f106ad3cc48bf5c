/**
 * npm run contacts:due — the call sheet: contacts never checked or due for re-checking.
 * `npm run contacts:due -- --csv > calls.csv` writes it as CSV for a spreadsheet.
 */
import { callSheet, callSheetCsv, callSheetText } from '../lib/call-sheet';
import { loadContent } from '../lib/content/load';
import { formatProblem } from '../lib/content/problems';

const { content, problems } = loadContent();
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error('\nFix these problems first (npm run content:check).');
  process.exit(1);
}
const rows = callSheet(content);
process.stdout.write(process.argv.includes('--csv') ? callSheetCsv(rows) : callSheetText(rows));
