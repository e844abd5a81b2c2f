import type { Course, Enrolment, QuoteSnapshot, Session } from '../../features/catalogue/index.ts';
import { VERBS } from '../actions.ts';
import { formatDateTime, formatMoney } from '../format.ts';
import type { Locale } from '../locale.ts';
import { button, expandCard, type AdaptiveCard, type ButtonVm, type CardRefresh, type LinkVm } from './card-kit.ts';
import { cardTexts, type CardTexts } from './card-texts.ts';
import { listFacts, type Fact } from './session-summary.ts';
import template from './templates/enrolment-result.json' with { type: 'json' };

interface Booked {
  session: Session;
  course: Course;
  enrolment: Enrolment;
  /** The person had enrolled before; this is that enrolment, unchanged. */
  existing?: boolean;
}

export type EnrolmentResultCardInput = (
  | (Booked & { outcome: 'confirmed'; /** Where the .ics invite is served (CalendarLinks.urlFor). */ calendarUrl: string })
  | (Booked & { outcome: 'waitlisted'; position: number; /** How long a seat offer holds, to tell what happens next. */ offerHours: number })
  | (Booked & { outcome: 'offered' })
  | {
      outcome: 'declined';
      /** Why, in words (texts.ts maps the error code). */
      reason: string;
      /** What the person can do now, in words; omitted when the reason already says it. */
      next?: string;
      session?: Session;
      course?: Course;
      /** Offer "Formular erneut öffnen" (e.g. after a wrong voucher id). */
      retry?: boolean;
    }
) & { refresh?: CardRefresh };

type Tone = 'good' | 'warning' | 'attention' | 'accent';

/** The outcome of an enrolment action, replacing the form in place. */
export function buildEnrolmentResultCard(input: EnrolmentResultCardInput, locale: Locale): AdaptiveCard {
  const texts = cardTexts(locale);
  const view = outcomeView(input, texts, locale);
  const session = input.session && input.course ? { title: input.course.title, facts: listFacts(input.session, texts, locale) } : undefined;
  return expandCard(
    template,
    {
      tone: view.tone,
      headline: view.headline,
      lines: view.lines,
      hasSession: session !== undefined,
      session,
      hasQuote: view.quote !== undefined,
      quote: view.quote,
      hasNext: Boolean(view.next),
      nextTitle: texts.whatNext,
      next: view.next ?? '',
      hasCalendar: view.calendar !== undefined,
      calendar: view.calendar,
      buttons: view.buttons,
    },
    input.refresh,
  );
}

interface OutcomeView {
  tone: Tone;
  headline: string;
  lines: string[];
  quote?: { title: string; facts: Fact[]; notes: string[]; small: string[] };
  next?: string;
  calendar?: LinkVm;
  buttons: ButtonVm[];
}

function outcomeView(input: EnrolmentResultCardInput, texts: CardTexts, locale: Locale): OutcomeView {
  const mine = button(texts.mineButton, { verb: VERBS.mine });
  const catalogue = button(texts.backToCatalogue, { verb: VERBS.catalogue });
  const existing = 'existing' in input && input.existing ? [texts.existingNote] : [];
  switch (input.outcome) {
    case 'confirmed':
      return {
        tone: 'good',
        headline: texts.confirmedTitle,
        lines: existing,
        quote: quoteView(input.enrolment.quote, texts, locale),
        calendar: { title: texts.addToCalendar, url: input.calendarUrl },
        buttons: [mine],
      };
    case 'waitlisted':
      return {
        tone: 'warning',
        headline: texts.waitlistedTitle,
        lines: [...existing, texts.waitlistedPosition(input.position)],
        next: texts.waitlistedNext(input.offerHours),
        buttons: [mine, button(texts.leaveWaitlist, { verb: VERBS.cancel, enrolmentId: input.enrolment.id })],
      };
    case 'offered':
      return {
        tone: 'accent',
        headline: texts.offeredTitle,
        lines: input.enrolment.offerExpiresAt ? [texts.offeredText(formatDateTime(input.enrolment.offerExpiresAt, locale))] : [],
        buttons: [
          button(texts.acceptOffer, { verb: VERBS.acceptOffer, enrolmentId: input.enrolment.id }, 'positive'),
          button(texts.declineOffer, { verb: VERBS.declineOffer, enrolmentId: input.enrolment.id }, 'destructive'),
          mine,
        ],
      };
    case 'declined': {
      const sessionId = input.session?.id;
      return {
        tone: 'attention',
        headline: texts.declinedTitle,
        lines: [input.reason],
        next: input.next,
        buttons: [
          ...(sessionId && input.retry ? [button(texts.tryAgain, { verb: VERBS.enrolForm, sessionId }, 'positive')] : []),
          ...(sessionId ? [button(texts.detailsButton, { verb: VERBS.details, sessionId })] : []),
          catalogue,
          mine,
        ],
      };
    }
  }
}

/** Fee, voucher and own share as promised at enrolment (never recomputed), with the rule version and its sources. */
function quoteView(quote: QuoteSnapshot, texts: CardTexts, locale: Locale): OutcomeView['quote'] {
  const money = (cents: number) => formatMoney(cents, locale);
  const facts: Fact[] =
    quote.feeCents === 0
      ? [{ title: texts.quoteFee, value: texts.free }]
      : [
          { title: texts.quoteFee, value: money(quote.feeCents) },
          { title: texts.quoteVoucher, value: quote.voucherCents > 0 ? `− ${money(quote.voucherCents)}` : money(0) },
          { title: texts.quoteOwnShare, value: money(quote.ownShareCents) },
        ];
  // A free event needs no explanation of why no voucher applies.
  const notes = quote.feeCents === 0 ? [] : quote.notes.flatMap((code) => texts.quoteNotes[code] ?? []);
  const small = [
    ...(quote.ruleVersion && quote.ruleVersion !== 'none' ? [texts.quoteRule(quote.ruleVersion)] : []),
    ...(quote.sources.length > 0 ? [texts.quoteSources(quote.sources.map((s) => s.title).join('; '))] : []),
  ];
  return { title: texts.quoteTitle, facts, notes, small };
}
