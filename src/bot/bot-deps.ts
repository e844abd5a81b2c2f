import type { CatalogueService, EnrolmentService, SessionAdminService } from '../features/catalogue/index.ts';
import type { ContactRepository } from '../features/contacts/index.ts';
import type { ReminderPlanService } from '../features/reminders/index.ts';
import type { Clock } from '../features/shared/index.ts';
import type { CalendarLinks } from './calendar-links.ts';
import type { Locale } from './locale.ts';
import type { MunicipalityPicker } from './municipality-picker.ts';
import type { OrganiserDeps } from './organisers.ts';
import type { FaqBotDeps } from './routes/faq-deps.ts';

/** Everything the Teams glue calls; built once in src/index.ts. */
export interface BotDeps {
  catalogue: CatalogueService;
  enrolment: EnrolmentService;
  admin: SessionAdminService;
  contacts: ContactRepository;
  municipalities: MunicipalityPicker;
  calendarLinks: CalendarLinks;
  /** Organiser console and broadcasts (issue 5); `isOrganiser` guards every organiser command and action. */
  organiser: OrganiserDeps;
  /** FAQ answers, hand-over tickets and feedback (issue 4). */
  faq: FaqBotDeps;
  /** The organiser's reminder plan per session (get/set; a change re-plans the reminders). */
  reminderPlans: ReminderPlanService;
  clock: Clock;
  defaultLocale: Locale;
  sampleCatalogue: boolean;
  /** How long a seat offer holds, for the waitlist card's "what happens next". */
  offerHours: number;
  /** Voucher note per course type, from the programme rules ("100 € pro Tag" …). */
  voucherNote(courseType: string, locale: Locale): string;
  log: (level: 'info' | 'warn' | 'error', message: string, extra?: Record<string, unknown>) => void;
}
