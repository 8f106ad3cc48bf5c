/**
 * Whether a contact's last check still counts: dates only, no files, so the editor in the
 * browser (admin/) tells a volunteer the same thing the call sheet and the pages do.
 */
import { siteConfig } from '../../site.config';
import type { Contact } from './schema';

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

export const daysBetween = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

export type VerificationState = 'verified' | 'due' | 'unverified';

/** Unverified contacts, and verified ones not checked within the re-check period, need a call. */
export function verificationState(contact: Pick<Contact, 'verification'>, today = todayIso(), periodDays: number = siteConfig.recheckAfterDays): VerificationState {
  const { status, checked_on } = contact.verification;
  if (status !== 'verified' || !checked_on) return 'unverified';
  return daysBetween(checked_on, today) > periodDays ? 'due' : 'verified';
}
