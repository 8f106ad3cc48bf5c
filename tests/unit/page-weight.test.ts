import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkedAssets, sitePaths } from '../../scripts/lib/page-weight';

describe('what a page makes the browser download', () => {
  it('counts the stylesheets and the script files it links, each once', () => {
    const html = [
      '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
      '<script src="/_next/static/chunks/b.js" async=""></script>',
      '<script src="/_next/static/chunks/c.js" async=""></script><script src="/_next/static/chunks/c.js" async=""></script>',
      '<script>self.__next_f.push([1,"inline"])</script>',
    ].join('');
    expect(linkedAssets(html)).toEqual({ stylesheets: ['/_next/static/chunks/a.css'], scripts: ['/_next/static/chunks/b.js', '/_next/static/chunks/c.js'] });
  });

  it('leaves out the polyfills that only browsers without modules download', () => {
    const html = '<script src="/p.js" noModule=""></script><script src="/q.js" nomodule></script><script src="/m.js" async></script>';
    expect(linkedAssets(html).scripts).toEqual(['/m.js']);
  });

  it('finds a stylesheet whatever order its attributes come in', () => {
    expect(linkedAssets('<link href="/x.css" rel="stylesheet">').stylesheets).toEqual(['/x.css']);
  });
});

describe('the pages the budgets weigh', () => {
  it('are the reader pages: not Next’s own files, and not the volunteers’ editor with its 5 MB of Decap CMS', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'kyr-weight-'));
    for (const page of ['', 'en/', 'en/help/', 'offline/', 'admin/', '_next/x/']) {
      mkdirSync(path.join(out, page), { recursive: true });
      writeFileSync(path.join(out, page, 'index.html'), '<html></html>');
    }
    expect(sitePaths(out)).toEqual(['/', '/en/', '/en/help/', '/offline/']);
  });
});
