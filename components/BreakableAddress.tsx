import { Fragment } from 'react';

/**
 * An e-mail or web address that may wrap on a narrow screen after its @, dots and slashes
 * ("corrections@ / knowyourrights. / example.org") instead of in the middle of a word.
 */
export function BreakableAddress({ address }: { address: string }) {
  const parts = address.split(/(?<=[@/.])/);
  return parts.map((part, index) => (
    <Fragment key={index}>
      {index > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}
