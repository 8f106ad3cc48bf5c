import { getContent } from '@/lib/content';
import { contactVCard } from '@/lib/vcard';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return getContent().contacts.map((contact) => ({ file: `${contact.id}.vcf` }));
}

/** /vcard/<contact-id>.vcf: "Add to contacts" for one contact, written at build time. */
export async function GET(_request: Request, { params }: RouteContext<'/vcard/[file]'>) {
  const { file } = await params;
  const contact = getContent().contacts.find((candidate) => `${candidate.id}.vcf` === file);
  if (!contact) return new Response('Not found', { status: 404 });
  return new Response(contactVCard(contact), { headers: { 'Content-Type': 'text/vcard; charset=utf-8' } });
}
