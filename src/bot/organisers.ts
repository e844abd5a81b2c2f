import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { CatalogueRepository, Course } from '../features/catalogue/index.ts';
import type { HandoverChannel } from '../features/faq/index.ts';
import type { AudienceBroadcastService, DistrictDirectory } from '../features/reminders/audiences.ts';
import { MINUTE_MS, type Clock } from '../features/shared/index.ts';
import type { OrganiserSessionRow } from './cards/organiser-sessions.card.ts';
import { personOf } from './identity.ts';

/** Everything the organiser console needs; `isOrganiser` is asked on every organiser command and card action. */
export interface OrganiserDeps {
  isOrganiser(context: TurnContext): Promise<boolean>;
  broadcasts: AudienceBroadcastService;
  sessions: OrganiserSessions;
  districts: DistrictDirectory;
}

export type TeamMembership = (context: TurnContext, teamId: string, userId: string) => Promise<boolean>;

export type OrganiserPolicyDeps = {
  /** AAD object ids from ORGANISER_AAD_IDS. */
  readonly organiserIds: readonly string[];
  /** The hand-over channel organisers set up (FAQ feature): whoever acts in it, or belongs to its team, is an organiser. */
  readonly organiserChannel: () => Promise<HandoverChannel | undefined>;
  readonly isTeamMember: TeamMembership;
  readonly clock: Clock;
  readonly log: (level: 'info' | 'warn' | 'error', message: string, extra?: Record<string, unknown>) => void;
  /** How long a membership answer is trusted; someone removed from the team loses access after at most this long. */
  readonly cacheMs?: number;
};

/**
 * The one place that decides who is an organiser: a configured AAD object id; or someone acting in the organisers'
 * channel (only its members can post there); or, from a personal chat, a member of that channel's team on Teams'
 * roster, in the channel's own tenant. It fails closed: when Teams cannot be asked (offline, an error), the answer is no.
 */
export class OrganiserPolicy {
  private readonly deps: OrganiserPolicyDeps;
  private readonly ids: ReadonlySet<string>;
  private readonly cache = new Map<string, { member: boolean; untilMs: number }>();

  constructor(deps: OrganiserPolicyDeps) {
    this.deps = deps;
    this.ids = new Set(deps.organiserIds);
  }

  async isOrganiser(context: TurnContext): Promise<boolean> {
    const person = personOf(context);
    if (this.ids.has(person.id)) return true;
    const channel = await this.deps.organiserChannel().catch(() => undefined);
    if (!channel || channel.tenantId !== person.tenantId) return false;
    if (actingInChannel(context, channel)) return true;
    if (!channel.teamId) return false;
    const key = `${channel.teamId}|${person.id}`;
    const nowMs = this.deps.clock.now().getTime();
    const cached = this.cache.get(key);
    if (cached && cached.untilMs > nowMs) return cached.member;
    const member = await this.deps.isTeamMember(context, channel.teamId, person.id).catch((error: unknown) => {
      this.deps.log('warn', 'organiser check: team membership unknown, treated as no', { error: String(error) });
      return undefined;
    });
    if (member !== undefined) this.cache.set(key, { member, untilMs: nowMs + (this.deps.cacheMs ?? 5 * MINUTE_MS) });
    return member ?? false;
  }
}

/** A message or click in the channel itself, or in a thread of it ("19:…@thread.tacv2;messageid=…"). */
const actingInChannel = (context: TurnContext, channel: HandoverChannel): boolean =>
  context.activity.conversation?.conversationType === 'channel' && context.activity.conversation.id.split(';')[0] === channel.conversationId;

/** Teams' roster: GET /v3/conversations/{teamId}/members/{userId}; "not found" means not a member. */
export const teamsMembership: TeamMembership = async (context, teamId, userId) => {
  try {
    await TeamsInfo.getTeamMember(context, teamId, userId);
    return true;
  } catch (error) {
    const e = error as { statusCode?: number; code?: string };
    if (e.statusCode === 404 || e.code === 'MemberNotFoundInConversation' || e.code === 'ConversationNotFound') return false;
    throw error;
  }
};

export interface OrganiserSessions {
  /** Upcoming sessions (cancelled ones included, marked) with their live counts, in date order. */
  upcoming(): Promise<OrganiserSessionRow[]>;
  find(sessionId: string): Promise<OrganiserSessionRow | undefined>;
  courses(): Promise<Course[]>;
}

/** Read straight from the catalogue's port: organisers also see cancelled sessions, which browsing hides. */
export function organiserSessions(catalogue: CatalogueRepository, clock: Clock): OrganiserSessions {
  const withCounts = async (sessions: Awaited<ReturnType<CatalogueRepository['listSessions']>>): Promise<OrganiserSessionRow[]> => {
    const [counts, courses] = await Promise.all([catalogue.seatCounts(sessions.map((s) => s.id), clock.now()), catalogue.listCourses()]);
    const byId = new Map(courses.map((c) => [c.id, c]));
    return sessions.flatMap((session) => {
      const course = byId.get(session.courseId);
      return course ? [{ session, course, counts: counts.get(session.id) ?? { confirmed: 0, liveOffers: 0, waiting: 0 } }] : [];
    });
  };
  return {
    upcoming: async () => withCounts(await catalogue.listSessions({ from: clock.now(), includeCancelled: true })),
    find: async (sessionId) => {
      const session = await catalogue.findSessionById(sessionId);
      return session ? (await withCounts([session]))[0] : undefined;
    },
    courses: () => catalogue.listCourses(),
  };
}
