/**
 * npm run content:check — validates everything under content/ without building.
 * Prints one line per problem (file: field: what to fix) and exits 1, or a short summary and exits 0.
 * REQUIRE_LEGAL_REVIEW=1 also fails on every rights topic without a recorded legal review.
 * On GitHub Actions (the check on every pull request, .github/workflows/content-check.yml) each
 * problem is also an annotation, so it shows on the changed file in the pull request itself.
 */
import { locales } from '../i18n/routing';
import { topicsDueForLegalRecheck, verificationState } from '../lib/content';
import { topicReadability } from '../lib/content/rules';
import { siteConfig } from '../site.config';
import { loadContent } from '../lib/content/load';
import { type ContentProblem, formatProblem } from '../lib/content/problems';

/** A GitHub Actions error annotation (its workflow command syntax escapes %, line breaks, and : and , in properties). */
function annotation({ file, field, message }: ContentProblem): string {
  const data = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (text: string) => data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return `::error file=${property(file)},title=${property(`content:check: ${field}`)}::${data(message)}`;
}

function main(): number {
  const quiet = process.argv.includes('--quiet');
  const { content, problems, warnings } = loadContent();
  if (process.env.REQUIRE_LEGAL_REVIEW === '1') {
    for (const topic of content.topics)
      if (topic.meta.review.status !== 'reviewed')
        problems.push({
          file: topic.file,
          field: 'review.status',
          message:
            'has no recorded legal review, and REQUIRE_LEGAL_REVIEW=1 forbids publishing it; record the reviewer (by, organization, on) once a lawyer has reviewed it',
        });
  }
  if (problems.length > 0) {
    for (const problem of problems) console.error(formatProblem(problem));
    if (process.env.GITHUB_ACTIONS === 'true') for (const problem of problems) console.log(annotation(problem));
    console.error(`\n${problems.length} problem(s) found. Fix them and run npm run content:check again.`);
    return 1;
  }
  const due = content.contacts.filter((contact) => verificationState(contact) !== 'verified');
  const lawDue = topicsDueForLegalRecheck(content);
  const lines = [
    `Content is valid: ${content.regions.length} regions, ${content.contacts.length} contacts, ${content.topics.length} rights topics.`,
    'Rights topics per language (translated / total; outdated = English changed since):',
    ...locales.map((locale) => {
      if (locale === 'en') return `  en: ${content.topics.length}/${content.topics.length} (reference)`;
      const translated = content.topics.filter((topic) => topic.translations[locale]);
      const outdated = translated.filter((topic) => topic.translations[locale]?.outdated).map((topic) => topic.id);
      return `  ${locale}: ${translated.length}/${content.topics.length}${outdated.length ? `, outdated: ${outdated.join(', ')}` : ''}`;
    }),
    (() => {
      const levels = content.topics.map((topic) => ({ id: topic.id, ...topicReadability(topic) }));
      const average = levels.reduce((sum, level) => sum + level.grade, 0) / Math.max(1, levels.length);
      const hardest = [...levels].sort((a, b) => b.grade - a.grade)[0];
      const longest = [...levels].sort((a, b) => b.words - a.words)[0];
      return `English reading level: grade ${average.toFixed(1)} on average (Flesch-Kincaid; hardest: ${hardest?.id} at ${hardest?.grade}); longest page: ${longest?.id}, ${longest?.words} words.`;
    })(),
    `Topics without legal review: ${content.topics.filter((topic) => topic.meta.review.status !== 'reviewed').length}/${content.topics.length}.`,
    `Contacts due for re-checking: ${due.length} (npm run contacts:due prints a call sheet).`,
    `Rights topics due for a legal re-check (facts checked more than ${siteConfig.lawRecheckAfterDays} days ago): ${lawDue.length}.`,
    ...lawDue.map(
      (topic) =>
        `  ${topic.file} (facts checked ${topic.meta.facts.checked_on}${topic.meta.facts.in_flux.length ? `; ${topic.meta.facts.in_flux.length} fact(s) in flux` : ''})`,
    ),
  ];
  if (warnings.length > 0) lines.push(`Warnings (the site still builds): ${warnings.length}`, ...warnings.map((warning) => `  ${formatProblem(warning)}`));
  if (!quiet)
    lines.push(
      ...due.map(
        (contact) => `  ${contact.file} (${verificationState(contact) === 'due' ? `last checked ${contact.verification.checked_on}` : 'never checked'})`,
      ),
    );
  console.log(lines.join('\n'));
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`content:check could not run: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
