import type { Metadata, Viewport } from 'next';
import '../globals.css';

export const metadata: Metadata = {
  title: 'Know Your Rights · Conozca sus derechos · 了解您的权利 · اعرف حقوقك · Poznaj swoje prawa · Konnen dwa ou',
  description: 'Choose your language.',
  referrer: 'no-referrer',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b3d91' };

/** The language chooser at / belongs to no language, so it has its own document shell. */
export default function ChooserLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" dir="ltr">
      <body className="min-h-screen print:min-h-0">{children}</body>
    </html>
  );
}
