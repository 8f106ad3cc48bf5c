import { siteConfig } from '@/site.config';
import { BreakableAddress } from './BreakableAddress';

/** The site's own address for corrections and help, written left to right and breakable on a phone. */
export function ReportEmailLink() {
  return (
    <a href={`mailto:${siteConfig.reportEmail}`} dir="ltr" className="wrap-anywhere">
      <BreakableAddress address={siteConfig.reportEmail} />
    </a>
  );
}
