import { afterEach, describe, expect, it } from 'vitest';
import { loadCatalogueFile } from '../../../src/features/catalogue/index.ts';
import { enrolmentWorld, request, session } from '../../support/enrolment-fixture.ts';

type World = Awaited<ReturnType<typeof enrolmentWorld>>;
let world: World;
afterEach(async () => world?.cleanup());

describe('browsing the catalogue', () => {
  it('filters by type, month, mode and provider and pages through the sample', async () => {
    world = await enrolmentWorld({ sessions: [] });
    const sample = loadCatalogueFile();
    await world.catalogue.insertMissing(sample.courses, sample.sessions);
    const all = await world.browse.browse({ pageSize: 5 });
    expect(all.total).toBe(sample.sessions.length);
    expect(all.pageCount).toBe(Math.ceil(sample.sessions.length / 5));
    expect(all.items[0]!.session.startsAt <= all.items[1]!.session.startsAt).toBe(true);
    expect((await world.browse.browse({ courseType: 'digilunch' })).items.every((v) => v.course.type === 'digilunch')).toBe(true);
    expect((await world.browse.browse({ month: '2027-01' })).items.map((v) => v.session.id)).toContain('basis-2027-01-stuttgart');
    expect((await world.browse.browse({ mode: 'online', pageSize: 20 })).items.every((v) => v.session.mode === 'online')).toBe(true);
    const last = await world.browse.browse({ page: 99, pageSize: 5 });
    expect(last.page).toBe(last.pageCount);
    expect(await world.browse.months()).toContain('2026-12');
  });

  it('shows seats left, the waitlist and hides past and cancelled sessions', async () => {
    world = await enrolmentWorld({ sessions: [session({ capacity: 1 }), session({ id: 'old', startsAt: new Date('2026-01-01T09:00:00Z') }), session({ id: 'off', status: 'cancelled' })] });
    await world.service.enrol(request(1));
    await world.service.enrol(request(2));
    const page = await world.browse.browse();
    expect(page.items.map((v) => v.session.id)).toEqual(['basis-dec']);
    expect(page.items[0]!.availability).toMatchObject({ capacity: 1, remaining: 0, waiting: 1, full: true });
    expect(await world.browse.details('nope')).toBeUndefined();
  });
});
