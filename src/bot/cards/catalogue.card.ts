import { COURSE_TYPES, SESSION_MODES, type CatalogueQuery, type CataloguePage, type CourseType, type SessionView } from '../../features/catalogue/index.ts';
import { FILTER_ALL, VERBS, type ActionData } from '../actions.ts';
import { formatMonth } from '../format.ts';
import type { Locale } from '../locale.ts';
import { button, expandCard, type AdaptiveCard, type ButtonVm, type CardRefresh } from './card-kit.ts';
import { cardTexts, type CardTexts } from './card-texts.ts';
import { courseSubtitle, feeText, listFacts, seatsText, voucherText, type Fact } from './session-summary.ts';
import template from './templates/catalogue.json' with { type: 'json' };

export type CatalogueFilter = Omit<CatalogueQuery, 'page' | 'pageSize'>;

export interface CatalogueCardInput {
  page: CataloguePage;
  /** The filter that produced this page; pre-selected in the inputs and kept by the paging buttons. */
  filter: CatalogueFilter;
  /** Filter choices: months ("2026-12") and providers that have upcoming sessions. */
  months: string[];
  providers: string[];
  /** What the voucher covers for a course type, in words from the programme rules ("100 € pro Tag = 300 €"). */
  voucherNote: (courseType: CourseType) => string;
  /** The catalogue is sample data: say so on the card. */
  sample: boolean;
  refresh?: CardRefresh;
}

interface Choice {
  title: string;
  value: string;
}

/** The course list with filters, one block per session and paging. */
export function buildCatalogueCard(input: CatalogueCardInput, locale: Locale): AdaptiveCard {
  const texts = cardTexts(locale);
  const { page } = input;
  const pageLine = texts.pageOf(page.page, page.pageCount);
  return expandCard(
    template,
    {
      title: texts.catalogueTitle,
      showSample: input.sample,
      sampleNotice: texts.sampleNotice,
      filters: filters(input, texts, locale),
      filterButton: button(texts.filterButton, { verb: VERBS.catalogue }),
      resultLine: page.pageCount > 1 ? `${texts.resultCount(page.total)} · ${pageLine}` : texts.resultCount(page.total),
      isEmpty: page.items.length === 0,
      emptyTitle: texts.emptyTitle,
      emptyHint: texts.emptyHint,
      items: page.items.map((view) => item(view, input.voucherNote(view.course.type), texts, locale)),
      showPageLine: page.pageCount > 1,
      pageLine,
      footerButtons: footer(input, texts),
    },
    input.refresh,
  );
}

function item(view: SessionView, voucherNote: string, texts: CardTexts, locale: Locale) {
  const facts: Fact[] = [
    ...listFacts(view.session, texts, locale),
    { title: texts.factSeats, value: seatsText(view.availability, texts) },
    { title: texts.factFee, value: feeText(view.session, texts, locale) },
    { title: texts.factVoucher, value: voucherText(voucherNote, texts) },
  ];
  return {
    title: view.course.title,
    subtitle: courseSubtitle(view.course, texts),
    facts,
    buttons: [button(texts.detailsButton, { verb: VERBS.details, sessionId: view.session.id })],
  };
}

function filters(input: CatalogueCardInput, texts: CardTexts, locale: Locale) {
  const all: Choice = { title: texts.filterAll, value: FILTER_ALL };
  const { filter } = input;
  const choice = (label: string, value: string | undefined, choices: Choice[]) => {
    // A value the choices no longer offer (the month has passed) would show an empty box: keep it selectable.
    const extra = value && !choices.some((c) => c.value === value) ? [{ title: value, value }] : [];
    return { label, value: value ?? FILTER_ALL, choices: [all, ...choices, ...extra] };
  };
  return {
    courseType: choice(texts.filterCourseType, filter.courseType, COURSE_TYPES.map((t) => ({ title: texts.courseTypes[t], value: t }))),
    month: choice(texts.filterMonth, filter.month, input.months.map((m) => ({ title: formatMonth(m, locale), value: m }))),
    mode: choice(texts.filterMode, filter.mode, SESSION_MODES.map((m) => ({ title: texts.modes[m], value: m }))),
    provider: choice(texts.filterProvider, filter.provider, input.providers.map((p) => ({ title: p, value: p }))),
  };
}

function footer(input: CatalogueCardInput, texts: CardTexts): ButtonVm[] {
  const { page, pageCount } = input.page;
  const at = (n: number): ActionData => ({ verb: VERBS.catalogue, ...input.filter, page: n });
  return [
    ...(page > 1 ? [button(texts.previousPage, at(page - 1))] : []),
    ...(page < pageCount ? [button(texts.nextPage, at(page + 1))] : []),
    button(texts.mineButton, { verb: VERBS.mine }),
  ];
}
