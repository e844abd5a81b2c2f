import { describe, expect, it } from 'vitest';
import { availability, seatsToOffer } from '../../../../src/features/catalogue/index.ts';

describe('availability is derived', () => {
  it.each([
    [{ capacity: 20 }, { confirmed: 0, liveOffers: 0, waiting: 0 }, { remaining: 20, full: false }],
    [{ capacity: 20 }, { confirmed: 19, liveOffers: 0, waiting: 0 }, { remaining: 1, full: false }],
    [{ capacity: 20 }, { confirmed: 19, liveOffers: 1, waiting: 0 }, { remaining: 0, full: true }],
    [{ capacity: 20 }, { confirmed: 18, liveOffers: 0, waiting: 3 }, { remaining: 2, full: true }],
    [{ capacity: 5 }, { confirmed: 7, liveOffers: 0, waiting: 0 }, { remaining: 0, full: true }],
    [{ capacity: null }, { confirmed: 500, liveOffers: 0, waiting: 0 }, { remaining: null, full: false }],
  ])('capacity %o with %o', (session, counts, expected) => {
    expect(availability(session, counts)).toMatchObject(expected);
  });

  it('offers only seats that are free, never more than people waiting', () => {
    expect(seatsToOffer({ capacity: 20 }, { confirmed: 18, liveOffers: 1, waiting: 5 })).toBe(1);
    expect(seatsToOffer({ capacity: 20 }, { confirmed: 10, liveOffers: 0, waiting: 3 })).toBe(3);
    expect(seatsToOffer({ capacity: 20 }, { confirmed: 20, liveOffers: 0, waiting: 3 })).toBe(0);
  });
});
