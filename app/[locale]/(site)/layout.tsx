import { SiteFooter } from '@/components/SiteFooter';
import { SiteHeader } from '@/components/SiteHeader';
import { SkipLink } from '@/components/SkipLink';

/** Pages with the site's header and footer (everything but the full-screen card). */
export default function SiteLayout({ children }: LayoutProps<'/[locale]'>) {
  return (
    <div className="flex min-h-screen flex-col print:min-h-0">
      <SkipLink />
      <SiteHeader />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 pb-12 pt-4 focus:outline-none print:max-w-none print:p-0">
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}
