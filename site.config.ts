/**
 * Settings a deployment changes, in one place. Another city's deployment edits this file
 * and the files under content/.
 */
export const siteConfig = {
  /** Where the site is published; used for the QR codes on printed flyers. */
  siteUrl: process.env.SITE_URL ?? 'https://knowyourrights.example.org',
  /** Where readers report a wrong number; each report names the contact's id in the subject. */
  reportEmail: process.env.REPORT_EMAIL ?? 'corrections@knowyourrights.example.org',
  /** A verified contact whose last check is older than this is shown as due for re-checking. */
  recheckAfterDays: 180,
  /**
   * A rights topic whose facts were last checked longer ago than this says they may have changed.
   * Shorter than for contacts: court rulings, policy memos and hotline hours move faster than numbers.
   */
  lawRecheckAfterDays: 60,
  /** The region the home page and printed materials point to first. */
  homeRegion: 'us-il-chicago',
  /**
   * The volunteers' editor at /admin/ saves to this GitHub repository through pull requests
   * (README, "Editing from a form"). oauthBaseUrl: the OAuth provider volunteers sign in through;
   * unset, the editor uses Netlify's, which works when the site is deployed on Netlify.
   */
  editor: {
    repo: process.env.EDITOR_GITHUB_REPO ?? 'your-org/know-your-rights',
    branch: process.env.EDITOR_GITHUB_BRANCH ?? 'main',
    oauthBaseUrl: process.env.EDITOR_OAUTH_URL,
  },
} as const;
