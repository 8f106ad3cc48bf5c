import { qrSvg } from '@/lib/qr';

type Props = { url: string; label: string; className?: string };

/** A QR code drawn as inline SVG at build time: it prints and shows with no script and no request. */
export async function QrCode({ url, label, className }: Props) {
  const svg = await qrSvg(url);
  return (
    <div
      role="img"
      aria-label={label}
      data-qr={url}
      className={`[&>svg]:block [&>svg]:h-auto [&>svg]:w-full ${className ?? ''}`}
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
