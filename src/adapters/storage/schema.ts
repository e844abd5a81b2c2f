import type { CatalogueTables } from './tables/catalogue.tables.ts';
import type { ContactTables } from './tables/contacts.tables.ts';
import type { FaqTables } from './tables/faq.tables.ts';
import type { JobTables } from './tables/jobs.tables.ts';
import type { StatusCardTables } from './tables/status-cards.tables.ts';

/** The whole database, one interface per feature's tables (add yours with `&`). */
export type Schema = CatalogueTables & ContactTables & JobTables & FaqTables & StatusCardTables;
