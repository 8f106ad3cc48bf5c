/**
 * The December 2026 fact-check found English sentences that could make a frightened reader act
 * against their interest. These tests keep each corrected claim from coming back, in the English
 * reference every translation is made from.
 */
import { describe, expect, it } from 'vitest';
import { findTopic } from '@/lib/content';
import { loadContent } from '@/lib/content/load';
import { hoursReferences } from '@/lib/content/contact-references';

const { content } = loadContent();
const english = (id: string) => {
  const entry = findTopic(content, id);
  if (!entry) throw new Error(`no topic ${id}`);
  return `${entry.meta.summary}\n${entry.body}`.replace(/\s+/g, ' ');
};

describe('a reader following the guidance in an emergency', () => {
  it('is never told the ICIRR hotline is open 24 hours; every topic that gives its number shows the hours from its contact file', () => {
    const icirr = content.contacts.find((contact) => contact.id === 'icirr-family-support-hotline');
    expect(icirr?.hours).not.toBe('24/7');
    const giving = content.topics.filter((entry) => entry.body.includes('tel:+18554357693'));
    expect(giving.length).toBeGreaterThanOrEqual(5);
    for (const entry of giving) {
      for (const line of entry.body.split('\n').filter((text) => text.includes('tel:+18554357693'))) expect(line, entry.id).not.toMatch(/24 hours|24\/7/i);
      if (entry.meta.situation === 'emergency')
        expect(
          hoursReferences(entry.body).map((r) => r.id),
          entry.id,
        ).toContain('icirr-family-support-hotline');
    }
  });

  it('is told a new arrest can take days, not hours, to show in the ICE locator', () => {
    const text = english('find-detained-person');
    expect(text).not.toMatch(/take hours to show up/);
    expect(text).toMatch(/several days/);
  });

  it('searching the locator, is told country of birth is needed with the A-number as well as with the name', () => {
    expect(findTopic(content, 'find-detained-person')?.meta.summary).toMatch(/country of birth and either their A-number or their exact name/);
  });

  it('is told of the 2025 registration rule and that expired papers can still be proof of registration', () => {
    const text = english('documents-to-carry');
    expect(text).toMatch(/G-325R/);
    expect(text).toMatch(/even if they have expired|even an expired one/);
    expect(text).not.toMatch(/If you have valid U\.S\. immigration papers/);
  });

  it('is not told their rights are the same with ICE as with police, nor that pat-downs need no reason', () => {
    const text = english('stopped-on-street');
    expect(text).not.toMatch(/Your rights are the same with police and with ICE\./);
    expect(text).not.toMatch(/Officers may still pat down your clothes for weapons\./);
    expect(text).toMatch(/Immigration agents may ask people about their status/);
  });

  it('is not told Illinois laws never apply to federal agents, and hears of the 2025 courthouse law and its limits', () => {
    const text = english('illinois-chicago-protections');
    expect(text).not.toMatch(/None of these laws apply to federal agents/);
    expect(text).toMatch(/HB 1312/);
    expect(text).toMatch(/does not cover the federal immigration court/);
  });

  it('is warned voluntary departure can still bar coming back', () => {
    expect(english('do-not-sign')).toMatch(/3 or 10 years/);
  });

  it('with parole, is not told fast deportation cannot apply to them', () => {
    expect(english('expedited-removal')).toMatch(/paroled at the border/);
  });
});
