import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stripExportedSite, stripFramework } from '../../../../scripts/lib/strip-framework';

const page = (head: string, body: string) => `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>${head}</head><body>${body}</body></html>`;
const STYLESHEET = '<link rel="stylesheet" href="/_next/static/chunks/a1.css" data-precedence="next"/>';
const CONTENT = '<main><h1>Agents at the door</h1><details><summary>Language</summary><a href="/es/">Español</a></details></main>';
/** What Next 16's static export writes around a page's own markup (shortened). */
const exported = page(
  `${STYLESHEET}<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b2.js"/>` +
    '<script src="/_next/static/chunks/c3.js" async=""></script><link rel="icon" href="/icons/icon.svg" type="image/svg+xml"/>' +
    '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  `${CONTENT}<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/b2.js"]})</script>` +
    '<script src="/_next/static/chunks/b2.js" async=""></script><script>(self.__next_f=self.__next_f||[]).push([0])</script>' +
    '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:[\\"$\\",\\"h1\\",null,{\\"children\\":\\"Agents at the door \\u003c/script>\\"}]"])</script>',
);

describe('a page exported by Next loses the framework and keeps its own markup', () => {
  it('removes the runtime chunks, the inline React payload and the script preloads', () => {
    const stripped = stripFramework(exported);
    expect(stripped).not.toMatch(/<script\b/i);
    expect(stripped).not.toContain('__next_f');
    expect(stripped).not.toContain('rel="preload"');
  });

  it('leaves the stylesheet, the icon and the content byte for byte', () => {
    expect(stripFramework(exported)).toBe(page(`${STYLESHEET}<link rel="icon" href="/icons/icon.svg" type="image/svg+xml"/>`, CONTENT));
  });

  it('removes a modulepreload of a chunk, but not a preload of a font', () => {
    const font = '<link rel="preload" href="/_next/static/media/f.woff2" as="font" type="font/woff2" crossorigin=""/>';
    expect(stripFramework(page(`<link rel="modulepreload" href="/_next/static/chunks/d4.js"/>${font}`, CONTENT))).toBe(page(font, CONTENT));
  });

  it('leaves a page without scripts as it was', () => {
    const plain = page(STYLESHEET, CONTENT);
    expect(stripFramework(plain)).toBe(plain);
  });
});

describe('a page with a script the step does not know stops the build', () => {
  it.each([
    ['an inline script of our own', '<script>document.title = "x"</script>'],
    ['a Suspense boundary streamed in by React', '<script>$RC("B:0","S:0")</script>'],
    ['a script from elsewhere on the site', '<script src="/vendor/widget.js"></script>'],
    ['a framework file with inline code besides', '<script src="/_next/static/chunks/a.js">alert(1)</script>'],
  ])('%s', (_, script) => {
    expect(() => stripFramework(page(STYLESHEET, `${CONTENT}${script}`))).toThrow(/does not recognise/);
  });

  it('names the file, and changes nothing in out/', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'kyr-strip-'));
    mkdirSync(path.join(out, 'en/help'), { recursive: true });
    writeFileSync(path.join(out, 'en/index.html'), exported);
    writeFileSync(path.join(out, 'en/help/index.html'), page(STYLESHEET, `${CONTENT}<script>track()</script>`));
    expect(() => stripExportedSite(out)).toThrow(/en\/help\/index\.html: has a script this step does not recognise.*track\(\)/);
    expect(readFileSync(path.join(out, 'en/index.html'), 'utf8')).toBe(exported);
  });
});

describe('the exported site loses the files nothing asks for any more', () => {
  function exportedSite(): string {
    const out = mkdtempSync(path.join(tmpdir(), 'kyr-strip-'));
    for (const dir of ['en', '_next/static/chunks', '_next/static/build-1', '_next/static/media']) mkdirSync(path.join(out, dir), { recursive: true });
    writeFileSync(path.join(out, 'en/index.html'), exported);
    for (const file of ['en/index.txt', 'en/__next._tree.txt', 'en/__next.$d$locale.__PAGE__.txt', 'index.txt'])
      writeFileSync(path.join(out, file), '1:"$Sreact.fragment"');
    for (const file of ['_next/static/chunks/b2.js', '_next/static/chunks/c3.js', '_next/static/build-1/_buildManifest.js'])
      writeFileSync(path.join(out, file), 'self.x=1');
    writeFileSync(path.join(out, '_next/static/chunks/a1.css'), 'body{background:url(../media/f.svg)}');
    writeFileSync(path.join(out, '_next/static/media/f.svg'), '<svg/>');
    writeFileSync(path.join(out, 'robots.txt'), 'User-agent: *');
    return out;
  }

  it('deletes the RSC payloads and the unused chunks, and keeps the stylesheet, what it loads and other text files', () => {
    const out = exportedSite();
    const report = stripExportedSite(out);
    expect(report).toMatchObject({ pages: 1, payloadFiles: 4, scriptFiles: 3 });
    for (const gone of ['en/index.txt', 'en/__next._tree.txt', 'index.txt', '_next/static/chunks/b2.js', '_next/static/build-1'])
      expect(existsSync(path.join(out, gone)), gone).toBe(false);
    for (const kept of ['_next/static/chunks/a1.css', '_next/static/media/f.svg', 'robots.txt']) expect(existsSync(path.join(out, kept)), kept).toBe(true);
    expect(readFileSync(path.join(out, 'en/index.html'), 'utf8')).not.toMatch(/<script\b/i);
  });
});
