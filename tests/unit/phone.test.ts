import { describe, expect, it } from 'vitest';
import { parsePhoneNumberFromString as parseMin } from 'libphonenumber-js/min';
import { dialHref, parsePhone, splitPhones } from '@/lib/phone';
import { readPhone } from '@/lib/phone-reading';

describe('a volunteer copies a Chicago number the way the organisation publishes it', () => {
  it.each(['(312) 660-1370', '312-660-1370', '312.660.1370', '312 660 1370', '+1 312 660 1370', '1 (312) 660-1370'])(
    'reads %s as one dialable number, shown the American way',
    (input) => {
      expect(parsePhone(input)).toEqual({ e164: '+13126601370', display: '(312) 660-1370' });
    },
  );
});

describe('a volunteer adds a national toll-free line', () => {
  it('dials it in E.164 and shows it like any US number', () => {
    expect(parsePhone('1-800-375-5283')).toEqual({ e164: '+18003755283', display: '(800) 375-5283' });
    expect(parsePhone('(888) 351-4024')).toEqual({ e164: '+18883514024', display: '(888) 351-4024' });
  });
});

describe('a volunteer adds a number abroad, starting with +', () => {
  it('shows a Mexican number in international format', () => {
    expect(parsePhone('+52 55 5080 2000')).toEqual({ e164: '+525550802000', display: '+52 55 5080 2000' });
  });

  it('shows a Salvadoran number in international format', () => {
    expect(parsePhone('+503 2231 1000')).toEqual({ e164: '+50322311000', display: '+503 2231 1000' });
  });
});

describe('a volunteer mistypes a phone number', () => {
  it.each([
    ['a seven-digit number without area code', '555-1234'],
    ['a number with a digit missing', '312-660-137'],
    ['a number with an extra digit', '312-660-13700'],
    ['an emergency short code', '911'],
    ['a keypad code', '*9233#'],
    ['words around the number', 'call 312-660-1370'],
    ['an area code that does not exist', '(000) 000-0000'],
    ['an empty field', ''],
  ])('rejects %s (%s), so nothing doubtful is dialled', (_, input) => {
    expect(parsePhone(input)).toBeNull();
  });
});

describe('a reader taps a short code', () => {
  it('escapes # so the browser does not drop the end of the code', () => {
    expect(dialHref('*9233#')).toBe('tel:*9233%23');
  });

  it('escapes every #, not only the first', () => {
    expect(dialHref('#31#')).toBe('tel:%2331%23');
    expect(dialHref('#31#')).not.toContain('#');
  });

  it('leaves digits and * as they are', () => {
    expect(dialHref('911')).toBe('tel:911');
    expect(dialHref('*611')).toBe('tel:*611');
  });
});

describe('a reader meets a phone number inside a sentence', () => {
  it('finds the number in Arabic text and keeps the text around it, untouched', () => {
    const text = 'اتصل بالخط الساخن لـ ICIRR على الرقم 1-855-435-7693.';
    const parts = splitPhones(text);
    expect(parts.map((part) => part.text).join('')).toBe(text);
    expect(parts.filter((part) => part.phone).map((part) => [part.text, part.phone!.e164])).toEqual([['1-855-435-7693', '+18554357693']]);
  });

  it('finds a number right after Chinese text, with no space before it', () => {
    const parts = splitPhones('也可以打 ICIRR 热线1-855-435-7693。');
    expect(parts.filter((part) => part.phone).map((part) => part.phone!.e164)).toEqual(['+18554357693']);
  });

  it('does not take a date, a year or a short code for a phone number', () => {
    const text = 'Since January 20, 2025, call 911 in an emergency.';
    expect(splitPhones(text)).toEqual([{ text }]);
  });
});

describe('a parent types phone numbers into the family plan (the small metadata the page ships)', () => {
  const typed = (input: string) => readPhone(input, parseMin);

  it.each([
    ['(312) 660-1370', '(312) 660-1370'],
    ['3126601370', '(312) 660-1370'],
    ['+1 312 660 1370', '(312) 660-1370'],
    ['+52 55 5080 2000', '+52 55 5080 2000'],
  ])('reads %s as the build reads it, and shows it as %s', (input, display) => {
    expect(typed(input)?.display).toBe(display);
    expect(typed(input)).toEqual(parsePhone(input));
  });

  it.each(['12345', '312-660-137', '911', 'call me', '+52'])('refuses %s', (input) => {
    expect(typed(input)).toBeNull();
  });
});
