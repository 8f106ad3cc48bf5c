/**
 * How a behaviour finds its markup, after GOV.UK Frontend's `data-module`: the server renders an
 * element with `data-module="<name>"` and the page loads /_enhance/<name>.<hash>.js only then
 * (scripts/lib/enhancements.ts). The page works without the module; the module only adds to it.
 * `data-module-ready` marks an element once enhanced, so the tests can tell the module ran.
 */
export function attach<E extends HTMLElement>(name: string, enhance: (element: E) => void): void {
  for (const element of document.querySelectorAll<E>(`[data-module="${name}"]`)) {
    enhance(element);
    element.dataset.moduleReady = '';
  }
}
