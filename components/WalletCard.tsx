import type { FlyerNumber } from '@/lib/flyer';

type Front = {
  side: 'front';
  lang: string;
  heading: string;
  lines: string[];
  help?: { label: string; number: FlyerNumber; afterCall: string | null; state: string };
};
type Back = { side: 'back'; lines: string[] };

/** The size of every wallet card the site prints: 85.6 × 54 mm, like a bank card; nothing spills out. */
export const walletCardFace = 'box-border flex h-[54mm] w-[85.6mm] shrink-0 flex-col overflow-hidden';

/**
 * One face of a wallet card. The front is in the reader's language and says what the back says;
 * the back is the English to hand to an agent.
 */
export function WalletCard(props: Front | Back) {
  const face = walletCardFace;
  if (props.side === 'back') {
    return (
      <div data-wallet-card="back" lang="en" dir="ltr" className={`${face} justify-center px-[5mm] py-[3mm] text-[10.5pt] leading-[1.3]`}>
        <ul className="space-y-[1.6mm]">
          {props.lines.map((line) => (
            <li key={line} className="font-bold">
              {line}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  const { lang, heading, lines, help } = props;
  return (
    <div data-wallet-card="front" lang={lang} className={`${face} px-[4mm] py-[3mm] text-[8.5pt] leading-[1.3]`}>
      <p className="mb-[1mm] border-b-[0.3mm] border-black pb-[0.8mm] text-[9pt] font-bold">{heading}</p>
      <ul className="list-disc space-y-[0.8mm] ps-[4mm]">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {help && (
        <p className="mt-auto pt-[1mm] leading-tight">
          <span className="font-bold">{help.label}</span>{' '}
          <span dir="ltr" className="text-[10pt] font-extrabold">
            {help.number.phone.display}
          </span>{' '}
          {help.afterCall && (
            <>
              <span className="font-bold">{help.afterCall}</span>{' '}
            </>
          )}
          <span>{help.number.contact.name}</span> · <span>{help.state}</span>
        </p>
      )}
    </div>
  );
}
