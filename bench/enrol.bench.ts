/**
 * 1,000 distinct people try to enrol at the same moment on a 20-seat session, through the enrolment service on the
 * real SQLite store (WAL, synchronous=FULL). Last line: one JSON object with the figures.
 */
import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { enrolmentWorld, request, session } from '../test/support/enrolment-fixture.ts';

const PEOPLE = 1_000;
const SEATS = 20;

const world = await enrolmentWorld({ sessions: [session({ capacity: SEATS }), session({ id: 'warm-up', capacity: SEATS })] });
// A running bot is warm: 200 enrolments on another session first, so the figures measure the store and the
// service, not V8 compiling them on first use.
await Promise.all(Array.from({ length: 200 }, (_, i) => world.service.enrol(request(`w${i}`, { sessionId: 'warm-up' }))));
const started = performance.now();
const latencies: number[] = [];
const attempts = Array.from({ length: PEOPLE }, (_, i) => {
  const t0 = performance.now();
  return world.service.enrol(request(i)).then((r) => {
    latencies.push(performance.now() - t0);
    return r;
  });
});
const results = await Promise.all(attempts);
const wallMs = performance.now() - started;

const stored = await world.enrolments.listBySession('basis-dec');
const confirmed = stored.filter((e) => e.status === 'confirmed').length;
const waitlisted = stored.filter((e) => e.status === 'waitlisted');
const perPerson = new Map<string, number>();
for (const e of stored) perPerson.set(e.person.id, (perPerson.get(e.person.id) ?? 0) + 1);
const duplicates = [...perPerson.values()].filter((n) => n > 1).length;
// Arrival order: person i called enrol i-th; the waitlist (by seq) must list them in that order, after the 20 seats.
const arrival = waitlisted.sort((a, b) => a.seq - b.seq).map((e) => Number(e.person.id.slice(4)));
const orderOk = confirmed === SEATS && arrival.every((n, i) => n === SEATS + i) && results.every((r) => r.ok);
const positionsOk = results.slice(SEATS).every((r, i) => r.ok && r.value.position === i + 1);

latencies.sort((a, b) => a - b);
const pct = (p: number) => Number(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(2));
await world.store.close();
rmSync(world.dir, { recursive: true, force: true });

console.log(`${PEOPLE} concurrent enrolment attempts on a ${SEATS}-seat session (SQLite, WAL, synchronous=FULL)`);
console.log(`  confirmed ${confirmed}, waitlisted ${waitlisted.length}, duplicates ${duplicates}, arrival order kept: ${orderOk}, positions 1..${PEOPLE - SEATS}: ${positionsOk}`);
console.log(`  latency p50 ${pct(50)} ms, p99 ${pct(99)} ms, all done in ${wallMs.toFixed(0)} ms`);
console.log(JSON.stringify({ confirmed, waitlisted: waitlisted.length, duplicates, order_ok: orderOk && positionsOk, p50_ms: pct(50), p99_ms: pct(99), wall_ms: Math.round(wallMs) }));
