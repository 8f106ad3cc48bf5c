import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { afterCallText } from '@/lib/contact-display';
import { getContent } from '@/lib/content';
import { homeHelpNumber, verificationLabel } from '@/lib/flyer';
import { CardPrintHelp } from '@/components/CardPrintHelp';
import { PrintScreenBar } from '@/components/PrintScreenBar';
import { WalletCardSheet } from '@/components/WalletCardSheet';
import { localePath } from '@/i18n/paths';
import { pageLocale } from '@/i18n/request';

export async function generateMetadata({ params }: PageProps<'/[locale]/print/cards'>): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: 'print' });
  return { title: t('cardsTitle') };
}

const lines = ['line1', 'line2', 'line3', 'line4'] as const;

/** A sheet of wallet cards: the reader's language on the front, English for the agent on the back. */
export default async function WalletCardsPage({ params }: PageProps<'/[locale]/print/cards'>) {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: 'print' });
  const card = await getTranslations({ locale, namespace: 'card' });
  const english = await getTranslations({ locale: 'en', namespace: 'card' });
  const forms = await getTranslations({ locale, namespace: 'phoneForms' });
  const help = homeHelpNumber(getContent(), locale);
  return (
    <>
      <PrintScreenBar note={t('cardsScreenNote')} back={{ href: localePath(locale, '/print/'), label: t('back') }}>
        <CardPrintHelp locale={locale} />
      </PrintScreenBar>
      <main id="main" className="bg-white py-4 text-ink print:p-0">
        <WalletCardSheet
          title={t('cardsTitle')}
          note={t('sheetNote')}
          front={{
            lang: locale,
            heading: t('cardFront'),
            lines: lines.map((line) => card(line)),
            help: help && { label: t('cardHelp'), number: help, afterCall: afterCallText(help.phone, forms), state: verificationLabel(help, locale, t) },
          }}
          back={{ lines: lines.map((line) => english(line)) }}
        />
      </main>
    </>
  );
}
