import type { EnrolmentStatus } from '../catalogue/index.ts';
import type { AudienceMember, District } from './audience.types.ts';

/** Which enrolments make up an audience; every field narrows it, none given means every enrolment ever made. */
export type MemberQuery = {
  readonly sessionId?: string;
  readonly courseId?: string;
  /** Omitted: any status, cancelled and ended ones included. */
  readonly statuses?: readonly EnrolmentStatus[];
  readonly municipalityAgs?: readonly string[];
};

export type AudienceSession = { readonly id: string; readonly courseId: string; readonly courseTitle: string; readonly startsAt: Date };
export type AudienceCourse = { readonly id: string; readonly title: string };

/** Reads enrolments for audiences; plain queries, no rules (STYLE.md habit 9). */
export interface AudienceRepository {
  findSession(id: string): Promise<AudienceSession | undefined>;
  findCourse(id: string): Promise<AudienceCourse | undefined>;
  /** Distinct people, in the order they first enrolled; the name is the one of their latest enrolment. */
  findMembers(query: MemberQuery): Promise<AudienceMember[]>;
}

/** A personal conversation the bot may write to; the contacts store answers this for AAD user ids. */
export type PersonalConversation = {
  readonly userId?: string;
  readonly tenantId: string;
  readonly serviceUrl: string;
  readonly conversationId: string;
};

export interface PersonalConversations {
  /** Only personal (1:1) conversations; a person without one is not reachable. */
  findByUserIds(userIds: string[]): Promise<PersonalConversation[]>;
}

/** The 35 Landkreise and 9 Stadtkreise of Baden-Württemberg with their municipalities. */
export interface DistrictDirectory {
  list(): readonly District[];
  find(kreisAgs: string): District | undefined;
}
