import { splitPhones, telHref } from '@/lib/phone';

type Props = { text: string; link?: boolean };

/**
 * Plain text with the phone numbers in it kept whole (`.phone-in-text`, the same rule as numbers in
 * a topic's Markdown body), and each a tel: link unless the text already sits inside a link.
 */
export function PhoneText({ text, link = true }: Props) {
  return splitPhones(text).map((part, index) => {
    if (!part.phone) return part.text;
    return link ? (
      <a key={index} href={telHref(part.phone)} dir="ltr" className="phone-in-text">
        {part.text}
      </a>
    ) : (
      <span key={index} dir="ltr" className="phone-in-text">
        {part.text}
      </span>
    );
  });
}
