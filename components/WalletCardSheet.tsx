import type { ComponentProps } from 'react';
import { WalletCard } from './WalletCard';

type Props = {
  front: Omit<Extract<ComponentProps<typeof WalletCard>, { side: 'front' }>, 'side'>;
  back: Omit<Extract<ComponentProps<typeof WalletCard>, { side: 'back' }>, 'side'>;
  title: string;
  note: string;
};

const ROWS = 4;

/*
 * Cut marks just outside the sheet, at every cut: columns at 0, 85.6 and 171.2 mm, rows every 54 mm.
 * Literal class names, so Tailwind finds them; the sheet is symmetric, so they need no mirroring.
 */
const marks = [
  'left-[-0.1mm] -top-[6mm] h-[5mm] border-s-[0.2mm]',
  'left-[85.5mm] -top-[6mm] h-[5mm] border-s-[0.2mm]',
  'left-[171.1mm] -top-[6mm] h-[5mm] border-s-[0.2mm]',
  'left-[-0.1mm] -bottom-[6mm] h-[5mm] border-s-[0.2mm]',
  'left-[85.5mm] -bottom-[6mm] h-[5mm] border-s-[0.2mm]',
  'left-[171.1mm] -bottom-[6mm] h-[5mm] border-s-[0.2mm]',
  ...['top-[-0.1mm]', 'top-[53.9mm]', 'top-[107.9mm]', 'top-[161.9mm]', 'top-[215.9mm]'].flatMap((top) => [
    `${top} -left-[6mm] w-[5mm] border-t-[0.2mm]`,
    `${top} -right-[6mm] w-[5mm] border-t-[0.2mm]`,
  ]),
];

/**
 * A sheet of 8 card faces in 4 rows, 171.2 × 216 mm: it fits Letter and A4 with room for cut marks.
 * In each row the front and the back sit side by side, so a row folds into one card; printed twice
 * on both sides of the sheet (turned over on the long edge), each front has its back behind it.
 */
export function WalletCardSheet({ title, note, front, back }: Props) {
  return (
    <div className="overflow-x-auto px-[7mm] print:overflow-visible print:px-0">
      <div className="mx-auto w-[171.2mm]">
        <h1 className="text-[14pt] font-bold leading-tight">{title}</h1>
        <p className="text-[9pt] leading-snug">{note}</p>
        <div data-card-sheet className="relative my-[7mm] break-inside-avoid">
          {Array.from({ length: ROWS }, (_, row) => (
            <div key={row} className="relative flex outline-[0.2mm] outline-offset-[-0.1mm] outline-[#555] outline-solid">
              <WalletCard side="front" {...front} />
              <WalletCard side="back" {...back} />
              <div aria-hidden="true" className="absolute inset-y-0 start-[85.45mm] border-s-[0.3mm] border-dashed border-black" />
            </div>
          ))}
          {marks.map((mark) => (
            <div key={mark} aria-hidden="true" className={`absolute border-black ${mark}`} />
          ))}
        </div>
      </div>
    </div>
  );
}
