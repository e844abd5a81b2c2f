import type { TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { OrganiserPolicy } from '../../../../src/bot/organisers.ts';
import type { HandoverChannel } from '../../../../src/features/faq/index.ts';
import { ManualClock, MINUTE_MS } from '../../../../src/features/shared/index.ts';

const CHANNEL: HandoverChannel = {
  serviceUrl: 'https://smba.example.test/emea/',
  conversationId: '19:orga@thread.tacv2',
  tenantId: 'tenant-bw',
  teamId: '19:team@thread.tacv2',
  configuredBy: { id: 'aad-lead', name: 'Lea Leitung' },
  configuredAt: new Date('2026-11-01T10:00:00Z'),
};

const context = (aad: string, conversation: { id: string; conversationType: string; tenantId?: string }): TurnContext =>
  ({ activity: { from: { id: `29:${aad}`, aadObjectId: aad, name: aad }, conversation: { tenantId: 'tenant-bw', ...conversation } } }) as unknown as TurnContext;
const personal = (aad: string, tenantId = 'tenant-bw') => context(aad, { id: `a:${aad}`, conversationType: 'personal', tenantId });

function policy(options: { channel?: HandoverChannel; members?: string[]; fails?: boolean } = {}) {
  const clock = new ManualClock('2026-11-21T09:00:00Z');
  const asked: string[] = [];
  const warnings: string[] = [];
  const p = new OrganiserPolicy({
    organiserIds: ['aad-listed'],
    organiserChannel: async () => options.channel,
    isTeamMember: async (_context, teamId, userId) => {
      asked.push(`${teamId}|${userId}`);
      if (options.fails) throw new Error('connector unreachable');
      return (options.members ?? []).includes(userId);
    },
    clock,
    log: (_level, message) => warnings.push(message),
  });
  return { p, clock, asked, warnings };
}

describe('OrganiserPolicy: who is an organiser', () => {
  it('anyone listed in ORGANISER_AAD_IDS, wherever they write from', async () => {
    const { p, asked } = policy({ channel: CHANNEL });
    expect(await p.isOrganiser(personal('aad-listed'))).toBe(true);
    expect(asked).toEqual([]);
  });

  it('nobody else while no organisers’ channel is set up', async () => {
    const { p } = policy();
    expect(await p.isOrganiser(personal('aad-member'))).toBe(false);
  });

  it('whoever acts in the organisers’ channel or one of its threads (only members can post there)', async () => {
    const { p, asked } = policy({ channel: CHANNEL });
    expect(await p.isOrganiser(context('aad-x', { id: '19:orga@thread.tacv2;messageid=1700000000000', conversationType: 'channel' }))).toBe(true);
    expect(await p.isOrganiser(context('aad-x', { id: '19:other@thread.tacv2', conversationType: 'channel' }))).toBe(false);
    expect(asked).toEqual(['19:team@thread.tacv2|aad-x']);
  });

  it('from a personal chat: a member of the channel’s team on Teams’ roster, asked once per few minutes', async () => {
    const { p, clock, asked } = policy({ channel: CHANNEL, members: ['aad-member'] });
    expect(await p.isOrganiser(personal('aad-member'))).toBe(true);
    expect(await p.isOrganiser(personal('aad-member'))).toBe(true);
    expect(await p.isOrganiser(personal('aad-stranger'))).toBe(false);
    expect(asked).toEqual(['19:team@thread.tacv2|aad-member', '19:team@thread.tacv2|aad-stranger']);
    clock.advance(5 * MINUTE_MS + 1);
    await p.isOrganiser(personal('aad-member'));
    expect(asked).toHaveLength(3);
  });

  it('never someone from another tenant, even with the same object id', async () => {
    const { p, asked } = policy({ channel: CHANNEL, members: ['aad-member'] });
    expect(await p.isOrganiser(personal('aad-member', 'tenant-elsewhere'))).toBe(false);
    expect(asked).toEqual([]);
  });

  it('fails closed when Teams cannot be asked, says so in the log, and asks again next time', async () => {
    const { p, asked, warnings } = policy({ channel: CHANNEL, members: ['aad-member'], fails: true });
    expect(await p.isOrganiser(personal('aad-member'))).toBe(false);
    expect(await p.isOrganiser(personal('aad-member'))).toBe(false);
    expect(asked).toHaveLength(2);
    expect(warnings).toContain('organiser check: team membership unknown, treated as no');
  });

  it('a channel without a team id (set up in a group chat) grants nothing beyond itself', async () => {
    const { p, asked } = policy({ channel: { ...CHANNEL, teamId: undefined }, members: ['aad-member'] });
    expect(await p.isOrganiser(personal('aad-member'))).toBe(false);
    expect(asked).toEqual([]);
  });
});
