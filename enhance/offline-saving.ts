/**
 * Saving a language for offline use: every page of a language has `data-module="offline-saving"`
 * and `data-locale` on its <body> (app/[locale]/layout.tsx). This registers the service worker,
 * asks it to save this language and this page (a page such as a flyer is saved only once a reader
 * opens it), and shows how that went in the footer's status line
 * (components/OfflineStatus.tsx). Pages work fully without it.
 *
 * Saving the language is what the site promises and the About page explains; the worker keeps
 * our public pages in Cache Storage and nothing else. This script stores nothing itself.
 */
import { isSaveLanguageReply, type SaveLanguageRequest } from '@/lib/offline/protocol';
import { attach } from './lib/attach';

type State = 'saving' | 'saved' | 'offline' | 'none';

async function saveForOffline(locale: string): Promise<void> {
  const status = new StatusLine();
  let saveState: State = 'none';
  const showSaveState = (state: State, announce: boolean) => {
    saveState = state;
    if (navigator.onLine) status.show(state, announce);
  };
  if (!navigator.onLine) status.show('offline', false);
  addEventListener('offline', () => status.show('offline', true));
  addEventListener('online', () => status.show(saveState, false));

  const registration = await navigator.serviceWorker.register('/sw.js', { scope: '/', updateViaCache: 'none' });
  // No worker was running: this is the first visit, and the download starts with the install.
  let saving = !registration.active;
  if (saving) showSaveState('saving', true);
  const ask = (worker: ServiceWorker | null) => {
    if (!worker) return;
    const channel = new MessageChannel();
    channel.port1.onmessage = ({ data }) => {
      if (!isSaveLanguageReply(data)) return;
      if (data.type === 'saving') saving = true;
      // Announce only what changed while the reader is here; "saved" on every page would be noise.
      showSaveState(data.type === 'failed' ? 'none' : data.type, saving);
    };
    worker.postMessage({ type: 'save-language', locale, page: location.pathname } satisfies SaveLanguageRequest, [channel.port2]);
  };
  ask((await navigator.serviceWorker.ready).active);
  // A new build's worker took over (it deletes the old build's caches): ask it too, so the
  // status is about the worker that now serves the pages.
  navigator.serviceWorker.addEventListener('controllerchange', () => ask(navigator.serviceWorker.controller));
}

/**
 * The footer's status (components/OfflineStatus.tsx): every message is already in the page; this
 * only says which one shows, on the quiet line or in the live region. Setting an attribute, not
 * text, keeps the space reserved: nothing on the page moves.
 */
class StatusLine {
  private readonly quiet = document.querySelector<HTMLElement>('[data-offline-status="quiet"]');
  private readonly live = document.querySelector<HTMLElement>('[data-offline-status="live"]');

  show(state: State, announce: boolean): void {
    const [on, off] = announce ? [this.live, this.quiet] : [this.quiet, this.live];
    if (on) on.dataset.state = state;
    if (off) off.dataset.state = 'none';
  }
}

attach('offline-saving', (page) => {
  const { locale } = page.dataset;
  // A browser that refuses workers (private modes, policies, test browsers) still reads every page online.
  if ('serviceWorker' in navigator && locale) saveForOffline(locale).catch(() => new StatusLine().show('none', false));
});
