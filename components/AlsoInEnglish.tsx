type Props = { text: string; local?: string; separator?: string; className?: string; as?: 'span' | 'p' };

/**
 * The English beside the reader's language on a bilingual printout. Nothing when the two are the
 * same, which happens where a text is not translated yet. The separator stays outside the English,
 * in the page's direction, so it sits between the two in Arabic too; in Arabic the English is set
 * flush right with the text around it rather than jumping to the other edge.
 */
export function AlsoInEnglish({ text, local, separator, className, as: Tag = 'span' }: Props) {
  if (text === local) return null;
  return (
    <>
      {separator}
      <Tag lang="en" dir="ltr" className={`rtl:text-right ${className ?? ''}`}>
        {text}
      </Tag>
    </>
  );
}
