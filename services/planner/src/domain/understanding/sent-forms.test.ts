import { describe, expect, it } from 'vitest';
import { isSentNoun, sentForms } from './sent-forms.js';

const read = (text: string) => sentForms(text).map((f) => [f.part.title, f.part.details]);

describe('sentForms', () => {
  it.each([
    [
      'An application for membership must be available online: the name, date of birth and squad.',
      'Application for membership',
      ['name', 'date of birth', 'squad'],
    ],
    [
      'We want enquiries to come through the website: each enquiry has the name, phone number and the area of law.',
      'Enquiry',
      ['name', 'phone number', 'area of law'],
    ],
    [
      'There is a rental request with the item, the start date, the end date and their email.',
      'Rental request',
      ['item', 'start date', 'end date', 'email'],
    ],
    [
      '- a booking request with arrival date, nights, tent or campervan',
      'Booking request',
      ['arrival date', 'nights', 'tent or campervan'],
    ],
    [
      'The Visit page has a school trip enquiry form with school, date and class size.',
      'School trip enquiry',
      ['school', 'date', 'class size'],
    ],
    [
      'a sign-up sheet for the quiz teams with team name, captain and email',
      'Sign-up sheet for the quiz teams',
      ['team name', 'captain', 'email'],
    ],
    [
      'Every order for a veg box needs the box size, their address and an email.',
      'Order for a veg box',
      ['box size', 'address', 'email'],
    ],
    [
      'Could the registration for the league take each player’s name, age and shirt size?',
      'Registration for the league',
      ['player’s name', 'age', 'shirt size'],
    ],
    [
      'Referrals from GPs: patient name, NHS number, reason for referral.',
      'Referral',
      ['patient name', 'NHS number', 'reason for referral'],
    ],
    [
      'i want reservations to include the date, how many people and a phone number',
      'Reservation',
      ['date', 'how many people', 'phone number'],
    ],
  ])('%s', (text, title, fields) => {
    expect(read(text)).toEqual([[title, fields]]);
  });

  it('reads no form where a thing sent has no fields, is a detail in brackets, or is a bare form', () => {
    expect(read('We take bookings by phone, email or in person.')).toEqual([]);
    expect(read('Show the tour bookings on their own page.')).toEqual([]);
    expect(read('the adoption process (application, home visit, meeting the dog)')).toEqual([]);
    expect(read('A form with name, email and message.')).toEqual([]);
  });

  it('knows the things a visitor sends', () => {
    expect(['enquiry', 'application', 'sign-up', 'order'].every(isSentNoun)).toBe(true);
    expect(['menu', 'price', 'garden'].some(isSentNoun)).toBe(false);
  });
});
