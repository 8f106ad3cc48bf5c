// Message keys and locales typed from the English file and the routing list: a misspelt key or an
// unknown locale fails the type check. English is the reference every other file must match.
import type { routing } from '../i18n/routing';
import type messages from '../messages/en.json';

declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
  }
}

// next-intl/server's getLocale takes its Locale type from use-intl's entry point.
declare module 'use-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
  }
}
