import type { Migration } from 'kysely/migration';
import * as catalogue from './0001_catalogue.ts';
import * as contacts from './0002_contacts.ts';
import * as faq from './0003_faq.ts';
import * as jobs from './0004_jobs.ts';
import * as teamsMembers from './0005_teams_members.ts';
import * as statusCards from './0006_broadcast_status_cards.ts';

/** Every migration in order; the key is the name recorded in the database, so never rename one. */
export const migrations: Record<string, Migration> = {
  '0001_catalogue': catalogue,
  '0002_contacts': contacts,
  '0003_faq': faq,
  '0004_jobs': jobs,
  '0005_teams_members': teamsMembers,
  '0006_broadcast_status_cards': statusCards,
};
