import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/adapters/storage/database.ts';
import { KyselyEnrolmentStore } from '../../../src/adapters/storage/kysely-enrolment.store.ts';
import { enrolmentWorld, request } from '../../support/enrolment-fixture.ts';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => cleanup?.());

describe('restart', () => {
  it('keeps every enrolment, its quote and the waitlist order when the store is closed and reopened', async () => {
    const world = await enrolmentWorld();
    cleanup = world.cleanup;
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => world.service.enrol(request(n, { voucherId: n === 1 ? '08115001-7' : undefined }))));
    expect(results.every((r) => r.ok)).toBe(true);
    const before = await world.enrolments.listBySession('basis-dec');
    await world.store.close();

    const reopened = await openDatabase(world.url);
    const after = await new KyselyEnrolmentStore(reopened).listBySession('basis-dec');
    await reopened.close();
    expect(after).toEqual(before);
    expect(after.map((e) => e.status)).toEqual(['confirmed', 'confirmed', 'waitlisted', 'waitlisted', 'waitlisted']);
    expect(after[0]!.quote).toMatchObject({ voucherCents: 30_000, ruleVersion: 'test-period/voucher' });
  });
});
