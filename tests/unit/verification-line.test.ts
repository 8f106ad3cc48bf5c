import { describe, expect, it } from 'vitest';
import { createTranslator } from 'next-intl';
import en from '../../messages/en.json';
import { verificationMessage } from '../../lib/contact-display';
import { formatDate } from '../../lib/locale';

const t = createTranslator({ locale: 'en', messages: en, namespace: 'contact' });
const line = (verification: Parameters<typeof verificationMessage>[0]['verification'], today: string) => {
  const message = verificationMessage({ verification }, (iso) => formatDate(iso, 'en'), today);
  return t(message.key, { ...message.values, method: message.values.method ? t(`method.${message.values.method as 'phone-call'}`) : '' });
};

describe('the line a reader sees under each number', () => {
  it('says who checked it and how, when the check is recent', () => {
    expect(line({ status: 'verified', checked_on: '2026-11-20', checked_by: 'jd', method: 'phone-call' }, '2026-11-26')).toBe(
      'Checked November 20, 2026 by phone.',
    );
  });

  it('says the number is due for re-checking when the last check is older than 180 days', () => {
    expect(line({ status: 'verified', checked_on: '2025-01-10', checked_by: 'jd', method: 'phone-call' }, '2026-11-26')).toBe(
      'Due for re-checking. Last checked January 10, 2025.',
    );
  });

  it('warns the reader when nobody has checked the number yet', () => {
    expect(line({ status: 'unverified' }, '2026-11-26')).toBe('Not yet checked — confirm before relying on it.');
  });
});
