import { describe, expect, it } from 'vitest';
import { verificationState } from '@/lib/content';

const TODAY = '2026-11-26';

/** The calendar day `days` before TODAY. */
function daysAgo(days: number): string {
  const date = new Date(`${TODAY}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

const checked = (checkedOn: string) => ({
  verification: { status: 'verified' as const, checked_on: checkedOn, checked_by: 'jd', method: 'phone-call' as const },
});

describe('a volunteer called the contact last week', () => {
  it('shows it as checked', () => {
    expect(verificationState(checked(daysAgo(7)), TODAY)).toBe('verified');
  });

  it('shows it as checked on the day of the call', () => {
    expect(verificationState(checked(TODAY), TODAY)).toBe('verified');
  });
});

describe('the last call was more than six months ago', () => {
  it('still counts a check exactly 180 days old as current', () => {
    expect(verificationState(checked(daysAgo(180)), TODAY)).toBe('verified');
  });

  it('shows a check 181 days old as due for re-checking', () => {
    expect(verificationState(checked(daysAgo(181)), TODAY)).toBe('due');
  });

  it('shows a check from two years ago as due', () => {
    expect(verificationState(checked('2024-11-01'), TODAY)).toBe('due');
  });

  it('counts the days across a leap day and a change to daylight saving time', () => {
    // 2028-02-29 and the March clock change both fall inside this span of exactly 180 days.
    expect(verificationState(checked('2027-12-15'), '2028-06-12')).toBe('verified');
    expect(verificationState(checked('2027-12-14'), '2028-06-12')).toBe('due');
  });

  it('follows a deployment that re-checks more often', () => {
    expect(verificationState(checked(daysAgo(31)), TODAY, 30)).toBe('due');
    expect(verificationState(checked(daysAgo(30)), TODAY, 30)).toBe('verified');
  });
});

describe('nobody has called the contact yet', () => {
  it('shows it as not yet checked', () => {
    expect(verificationState({ verification: { status: 'unverified' } }, TODAY)).toBe('unverified');
  });

  it('does not trust a date on a contact that is not marked verified', () => {
    expect(verificationState({ verification: { status: 'unverified', checked_on: daysAgo(1) } }, TODAY)).toBe('unverified');
  });

  it('does not trust a verified mark without a date', () => {
    expect(verificationState({ verification: { status: 'verified' } }, TODAY)).toBe('unverified');
  });
});
