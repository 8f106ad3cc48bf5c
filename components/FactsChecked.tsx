import { Notice } from './Notice';

type Labels = { checked: string; mayHaveChanged: string };

/**
 * When the page's legal facts were last checked against their sources, near the top where a
 * reader decides whether to trust it; past the law re-check period it warns that they may have changed.
 */
export function FactsChecked({ due, labels }: { due: boolean; labels: Labels }) {
  if (due)
    return (
      <Notice tone="warning">
        <strong>{labels.checked}</strong> {labels.mayHaveChanged}
      </Notice>
    );
  return <p className="mt-2 text-base text-muted">{labels.checked}</p>;
}
