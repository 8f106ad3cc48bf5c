/**
 * What `npm run bench` measures and the budgets it enforces, in one place. A budget that is
 * exceeded makes the bench exit non-zero. Sizes are bytes after gzip (level 6, as most hosts send).
 */
export const benchConfig = {
  budgets: {
    /** A rights topic's HTML plus the CSS it links: what must arrive before the reader sees anything. */
    rightsFirstRenderGzip: 20 * 1024,
    /** All the JavaScript files any one page loads. */
    javascriptPerPageGzip: 160 * 1024,
    /** Largest contentful paint of a rights topic on the slow network and CPU below, median of the runs. */
    rightsLcpMs: 2500,
  },

  /** One page of each kind, in English; the baseline is measured at /en/ the same way. */
  pages: {
    home: '/en/',
    rights: '/en/rights/agents-at-door/',
    help: '/en/help/',
    card: '/en/card/',
    about: '/en/about/',
    chooser: '/',
  },

  /** A cheap phone on a poor mobile connection, first visit, nothing cached. */
  lcp: {
    page: '/en/rights/agents-at-door/',
    runs: 3,
    downloadKbps: 400,
    uploadKbps: 400,
    latencyMs: 400,
    cpuSlowdown: 4,
  },

  /** Ports for the two static servers the bench starts and stops. */
  ports: { site: 4230, baseline: 4231 },
} as const;
