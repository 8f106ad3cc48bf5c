import type { Metadata } from 'next';
import { LanguageChooser } from '@/components/LanguageChooser';
import './globals.css';

export const metadata: Metadata = { title: 'Page not found', referrer: 'no-referrer' };

/** Served as 404.html for any unknown address; the language is unknown, so it offers them all. */
export default function GlobalNotFound() {
  return (
    <html lang="en" dir="ltr">
      <body className="min-h-screen">
        <main id="main" className="mx-auto max-w-3xl px-4 py-8">
          <h1 id="lost" className="mb-2 text-3xl font-bold">Page not found</h1>
          <p className="mb-6 text-lg">
            This page does not exist. Choose your language to go to the home page.{' '}
            <span lang="es">Esta página no existe.</span> <span lang="zh">此页面不存在。</span>{' '}
            <span lang="ar" dir="rtl">هذه الصفحة غير موجودة.</span> <span lang="pl">Ta strona nie istnieje.</span>{' '}
            <span lang="ht">Paj sa a pa egziste.</span>
          </p>
          <LanguageChooser headingId="lost" />
        </main>
      </body>
    </html>
  );
}
