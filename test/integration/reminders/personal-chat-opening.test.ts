import { afterEach, describe, expect, it } from 'vitest';
import { VERBS } from '../../../src/bot/actions.ts';
import type { KyselyContactRepository } from '../../../src/adapters/storage/kysely-contact.repository.ts';
import { alice, bob, execute, TENANT } from '../../support/activities.ts';
import { cardText } from '../../support/bot-harness.ts';
import { cardOfCall, startReminderBot, type ReminderBot } from './reminder-harness.ts';

let h: ReminderBot | undefined;
afterEach(async () => h?.close());

/** Enrols from a team channel: the person never opens a personal chat with the bot. */
const enrolFromChannel = (user: typeof alice, sessionId: string) =>
  execute(VERBS.enrolSubmit, { sessionId, municipality: '08115001:gemeinde', department: 'Hauptamt', consent: true }, { from: user, conversationType: 'channel' }) as Record<string, unknown>;

const sentTo = (bot: ReminderBot, conversationId: string) => bot.sentByWorkers.filter((c) => c.conversationId === conversationId && c.activityId === undefined);
const store = (bot: ReminderBot) => bot.bot.deps.contacts as KyselyContactRepository;

describe('reminders reach people who only ever used the bot in a channel', () => {
  it('enrol in a channel → at the reminder time the bot opens the 1:1 chat, stores it, and the card arrives there', async () => {
    h = await startReminderBot({ now: '2027-03-01T10:00' });
    expect(cardText((await h.post(enrolFromChannel(alice, 'spring'))).body?.value)).toContain('Sie sind angemeldet');
    expect(await store(h).findByUserIds(['aad-alice'])).toEqual([]);
    await h.run();
    expect(h.connector.created).toEqual([]);

    await h.runAt('2027-03-25T09:00');
    expect(h.connector.created).toHaveLength(1);
    expect(h.connector.created[0]!.body).toEqual({ bot: { id: '28:lotsenbot' }, members: [{ id: '29:alice' }], tenantId: TENANT, isGroup: false, channelData: { tenant: { id: TENANT } } });
    const [reminder] = sentTo(h, 'a:created-29:alice');
    expect(cardText(cardOfCall(reminder))).toContain('Erinnerung: Ihr Termin ist in 7 Tagen');
    expect(sentTo(h, 'a:channel-29:alice')).toEqual([]);
    expect(await store(h).findByUserIds(['aad-alice'])).toEqual([expect.objectContaining({ key: 'user:aad-alice', kind: 'personal', conversationId: 'a:created-29:alice', tenantId: TENANT })]);

    // The next notice finds the stored chat: no second creation.
    await h.runAt('2027-03-31T09:00');
    expect(h.connector.created).toHaveLength(1);
    expect(sentTo(h, 'a:created-29:alice').map((c) => cardText(cardOfCall(c)))).toEqual([expect.stringContaining('in 7 Tagen'), expect.stringContaining('morgen')]);
  });

  it('Teams refuses (403: app not installed for the person): recorded with its time, logged as no_contact, not asked again for the next reminder', async () => {
    h = await startReminderBot({ now: '2027-03-01T10:00' });
    h.connector.conversationCreation = 'refuse';
    await h.post(enrolFromChannel(bob, 'spring'));
    await h.run();

    await h.runAt('2027-03-25T09:00');
    expect(h.connector.created.map((c) => c.answer.status)).toEqual([403]);
    expect(h.sentByWorkers).toEqual([]);
    const [member] = await store(h).findMembersByUserIds(['aad-bob']);
    expect(member?.openRefusedAt?.toISOString()).toBe(h.clock.now().toISOString());
    expect(h.logs).toContainEqual(expect.objectContaining({ message: 'job failed', extra: expect.objectContaining({ failure: expect.objectContaining({ code: 'no_contact', retryable: false }) }) }));

    await h.runAt('2027-03-31T09:00');
    expect(h.connector.created).toHaveLength(1);
    expect(h.sentByWorkers).toEqual([]);
  });
});
