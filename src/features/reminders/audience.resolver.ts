import { err, ok, type Result } from '../shared/index.ts';
import type { Recipient } from './broadcast.model.ts';
import type { AudienceRepository, DistrictDirectory, MemberQuery, PersonalConversations } from './audience.ports.ts';
import type { Audience, AudienceError, AudienceMember, AudienceSubject, ResolvedAudience } from './audience.types.ts';

export type AudienceResolverDeps = {
  readonly repository: AudienceRepository;
  readonly conversations: PersonalConversations;
  readonly districts: DistrictDirectory;
};

type Scope = { readonly subject: AudienceSubject; readonly query: MemberQuery };

/** Turns an audience into the people in it and, for those the bot can reach, where to write to them. */
export class AudienceResolver {
  private readonly deps: AudienceResolverDeps;

  constructor(deps: AudienceResolverDeps) {
    this.deps = deps;
  }

  async resolve(audience: Audience): Promise<Result<ResolvedAudience, AudienceError>> {
    const scope = await this.scope(audience);
    if (!scope.ok) return scope;
    const members = await this.deps.repository.findMembers(scope.value.query);
    const { recipients, unreachable } = await this.reachable(members);
    return ok({ audience, subject: scope.value.subject, recipients, unreachable });
  }

  private async scope(audience: Audience): Promise<Result<Scope, AudienceError>> {
    switch (audience.kind) {
      case 'session_confirmed':
      case 'session_waitlisted': {
        const session = await this.deps.repository.findSession(audience.sessionId);
        if (!session) return err({ code: 'session_not_found', sessionId: audience.sessionId });
        const statuses = audience.kind === 'session_confirmed' ? (['confirmed'] as const) : (['waitlisted', 'offered'] as const);
        const subject = { kind: 'session' as const, sessionId: session.id, courseId: session.courseId, title: session.courseTitle, startsAt: session.startsAt };
        return ok({ subject, query: { sessionId: session.id, statuses } });
      }
      case 'course': {
        const course = await this.deps.repository.findCourse(audience.courseId);
        if (!course) return err({ code: 'course_not_found', courseId: audience.courseId });
        return ok({ subject: { kind: 'course', courseId: course.id, title: course.title }, query: { courseId: course.id, statuses: ['confirmed', 'waitlisted', 'offered'] } });
      }
      case 'everyone':
        return ok({ subject: { kind: 'everyone' }, query: {} });
      case 'kreis': {
        const district = this.deps.districts.find(audience.kreisAgs);
        if (!district) return err({ code: 'unknown_kreis', kreisAgs: audience.kreisAgs });
        const subject = { kind: 'kreis' as const, kreisAgs: district.kreisAgs, name: district.name, districtKind: district.kind };
        return ok({ subject, query: { municipalityAgs: district.municipalityAgs } });
      }
    }
  }

  /** A person is reachable through their personal chat with the bot; group chats and channels do not count. */
  private async reachable(members: readonly AudienceMember[]): Promise<{ recipients: Recipient[]; unreachable: AudienceMember[] }> {
    const conversations = await this.deps.conversations.findByUserIds(members.map((m) => m.personId));
    const byUser = new Map(conversations.flatMap((c) => (c.userId ? [[c.userId, c] as const] : [])));
    const recipients: Recipient[] = [];
    const unreachable: AudienceMember[] = [];
    for (const member of members) {
      const c = byUser.get(member.personId);
      if (c) recipients.push({ userKey: `user:${member.personId}`, tenantId: c.tenantId, serviceUrl: c.serviceUrl, conversationId: c.conversationId });
      else unreachable.push(member);
    }
    return { recipients, unreachable };
  }
}
