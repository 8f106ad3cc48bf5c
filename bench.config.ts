/**
 * What `npm run bench` measures and the budgets it enforces, in one place. A budget that is
 * exceeded makes the bench exit non-zero. Sizes are bytes after gzip (level 6, as most hosts send).
 */
export const benchConfig = {
  budgets: {
    /** A rights topic's HTML plus the CSS it links, on every rights page. */
    rightsFirstRenderGzip: 20 * 1024,
    /** Every byte a first visit of the heaviest rights topic loads, in a real browser (HTML, CSS, modules, icons). */
    rightsFirstVisitGzip: 20 * 1024,
    /** All the JavaScript files any one page loads (the help page, with its filters, included). */
    javascriptPerPageGzip: 10 * 1024,
    /** Largest contentful paint of a rights topic on the slow network and CPU below, as a multiple of the bare page's in the same run. */
    rightsLcpVersusBare: 1.5,
    /**
     * What a first visit downloads to save one language for offline use, for the heaviest language:
     * sw.js, the shared precache and the language's index and pack (every page saved up front; pages
     * saved only once opened, such as flyers, are not counted). Counted from out/ and in Chromium
     * with the worker running; the larger of the two must fit.
     */
    offlineLanguageGzip: 150 * 1024,
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
    runs: 5,
    downloadKbps: 400,
    uploadKbps: 400,
    latencyMs: 400,
    cpuSlowdown: 4,
  },

  /** Ports for the two static servers the bench starts and stops. */
  ports: { site: 4230, baseline: 4231 },
} as const;
