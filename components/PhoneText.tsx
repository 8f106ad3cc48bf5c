import { splitPhones } from '@/lib/phone';

type Props = { text: string; link?: boolean };

/**
 * Plain text with the phone numbers in it kept whole: on one line, left to right inside Arabic,
 * and a tel: link unless the text already sits inside a link.
 */
export function PhoneText({ text, link = true }: Props) {
  return splitPhones(text).map((part, index) => {
    if (!part.phone) return part.text;
    const style = 'whitespace-nowrap [unicode-bidi:isolate]';
    return link ? (
      <a key={index} href={`tel:${part.phone.e164}`} dir="ltr" className={`font-bold ${style}`}>
        {part.text}
      </a>
    ) : (
      <span key={index} dir="ltr" className={style}>
        {part.text}
      </span>
    );
  });
}
