import { VERBS, type ActionData } from '../actions.ts';
import type { Locale } from '../locale.ts';
import { button, expandCard, type AdaptiveCard, type ButtonVm, type CardRefresh, type LinkVm } from './card-kit.ts';
import { cardTexts } from './card-texts.ts';
import template from './templates/notice.json' with { type: 'json' };

export type NoticeButton = { title: string; data: ActionData; style?: ButtonVm['style'] } | { title: string; url: string };

export interface NoticeCardInput {
  title: string;
  /** Paragraphs are separated by blank lines. */
  text: string;
  tone?: 'info' | 'warning' | 'error';
  buttons?: NoticeButton[];
  refresh?: CardRefresh;
}

const LOOK = {
  info: { style: 'emphasis', color: 'Default' },
  warning: { style: 'warning', color: 'Warning' },
  error: { style: 'attention', color: 'Attention' },
} as const;

/** A plain message as a card: stale-card answers, errors, short confirmations. The text comes from the route. */
export function buildNoticeCard(input: NoticeCardInput, _locale: Locale): AdaptiveCard {
  const buttons = input.buttons ?? [];
  return expandCard(
    template,
    {
      ...LOOK[input.tone ?? 'info'],
      title: input.title,
      paragraphs: input.text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean),
      links: buttons.filter((b): b is LinkVm => 'url' in b),
      buttons: buttons.flatMap((b) => ('data' in b ? [button(b.title, b.data, b.style)] : [])),
    },
    input.refresh,
  );
}

/** The buttons most notices offer, labelled in the person's language. */
export function noticeButtons(locale: Locale): Record<'catalogue' | 'mine' | 'help', NoticeButton> {
  const texts = cardTexts(locale);
  return {
    catalogue: { title: texts.catalogueButton, data: { verb: VERBS.catalogue } },
    mine: { title: texts.mineButton, data: { verb: VERBS.mine } },
    help: { title: texts.helpButton, data: { verb: VERBS.help } },
  };
}
