/**
 * The language menu (components/LanguageSwitcher.tsx) is a <details> that opens and closes
 * without JavaScript. This closes it on Escape, on a tap elsewhere, and when the keyboard focus
 * leaves it, so it never covers the link that has the focus.
 */
import { attach } from './lib/attach';

attach<HTMLDetailsElement>('language-menu', (menu) => {
  const closeFromOutside = (event: Event) => {
    if (menu.open && event.target instanceof Node && !menu.contains(event.target)) menu.open = false;
  };
  document.addEventListener('focusin', closeFromOutside);
  document.addEventListener('pointerdown', closeFromOutside);
  menu.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !menu.open) return;
    menu.open = false;
    menu.querySelector('summary')?.focus();
  });
});
