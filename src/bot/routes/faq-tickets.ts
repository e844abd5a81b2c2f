import type { TurnContext } from 'botbuilder';
import { contactKey } from '../../features/contacts/index.ts';
import type { AskerNotice, BotAnswerRef, HandoverChannel, Ticket, TicketMunicipality } from '../../features/faq/index.ts';
import type { BotDeps } from '../bot-deps.ts';
import type { Card } from '../card-actions.ts';
import { buildTicketCard, buildTicketNoticeCard, type TicketCardInput } from '../cards/index.ts';
import { faqTexts, ticketErrorText } from '../faq-texts.ts';
import { personOf } from '../identity.ts';
import { localeOf, type Locale } from '../locale.ts';
import { cardMessage } from '../replies.ts';
import type { ConversationTarget } from './faq-deps.ts';
import { channelOf } from './faq-proactive.ts';

/**
 * Opens a ticket for the person's question and posts its card proactively into the organisers' channel. The ticket is
 * stored whatever happens to the post; the reply says where the question is and how the team is reached otherwise.
 */
export async function handOver(deps: BotDeps, context: TurnContext, question: string, botAnswer: BotAnswerRef, locale: Locale): Promise<string> {
  const texts = faqTexts(locale);
  const person = personOf(context);
  const opened = await deps.faq.handover.open({
    asker: { personId: person.id, name: person.name, tenantId: person.tenantId ?? 'unknown' },
    question,
    municipality: await lastMunicipality(deps, person.id),
    botAnswer,
  });
  if (!opened.ok) return ticketErrorText(opened.error, locale);
  const ticket = opened.value;
  const channel = await deps.faq.handover.channel();
  if (!channel) return texts.ticketStoredOnly(ticket.number, deps.faq.teamEmail);
  try {
    const messageId = await deps.faq.proactive.send(channelTarget(channel), cardMessage(ticketCard(deps, ticket)));
    if (messageId) await deps.faq.handover.attachChannelMessage(ticket.id, messageId);
    return texts.ticketOpened(ticket.number);
  } catch (error) {
    deps.log('error', 'could not post the ticket card to the hand-over channel', { ticket: ticket.number, error: String(error) });
    return texts.ticketStoredOnly(ticket.number, deps.faq.teamEmail);
  }
}

/** The municipality of the person's most recent enrolment, if any: organisers see where the question comes from. */
async function lastMunicipality(deps: BotDeps, personId: string): Promise<TicketMunicipality | undefined> {
  const latest = (await deps.enrolment.listMine(personId)).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
  return latest ? { text: latest.municipality.name, ags: latest.municipality.ags } : undefined;
}

/** Ticket cards are in the programme's language (German by default), whoever clicks. */
export function ticketCard(deps: BotDeps, ticket: Ticket, extra: Omit<TicketCardInput, 'ticket' | 'entryQuestion'> = {}): Card {
  const entries = deps.faq.knowledgeBase.current().entries;
  return buildTicketCard({ ticket, entryQuestion: (id) => entries.find((e) => e.id === id)?.question, ...extra }, deps.defaultLocale);
}

/** An Action.Execute answer replaces the card only for the person who clicked; the update shows it to everyone. */
export async function updateChannelCard(deps: BotDeps, ticket: Ticket, card: Card): Promise<void> {
  const channel = await deps.faq.handover.channel();
  if (!channel || !ticket.channelMessageId) return;
  await deps.faq.proactive
    .update(channelTarget(channel), ticket.channelMessageId, cardMessage(card))
    .catch((error: unknown) => deps.log('warn', 'could not update the ticket card in the channel', { ticket: ticket.number, error: String(error) }));
}

/** The team's answer (or the closing) goes to the asker's personal chat; false when there is none or it failed. */
export async function notifyAsker(deps: BotDeps, notice: AskerNotice): Promise<boolean> {
  const contact = await deps.contacts.findByKey(contactKey('personal', notice.to.personId, ''));
  if (!contact) return false;
  const locale = localeOf(contact.locale, deps.defaultLocale);
  const card = buildTicketNoticeCard({ notice, teamEmail: deps.faq.teamEmail, at: deps.clock.now() }, locale);
  const to: ConversationTarget = { serviceUrl: contact.serviceUrl, conversationId: contact.conversationId, tenantId: contact.tenantId, botId: contact.botId, conversationType: 'personal' };
  try {
    await deps.faq.proactive.send(to, cardMessage(card));
    return true;
  } catch (error) {
    deps.log('warn', 'could not send the answer to the asker', { ticket: notice.number, error: String(error) });
    return false;
  }
}

/** Organisers decide as everywhere else in the bot: the one policy in src/bot/organisers.ts. */
export async function isOrganiserHere(deps: BotDeps, context: TurnContext): Promise<boolean> {
  return deps.organiser.isOrganiser(context);
}

export const inChannel = (context: TurnContext, channel: HandoverChannel): boolean =>
  context.activity.conversation?.conversationType === 'channel' && channelOf(context.activity.conversation.id) === channel.conversationId;

export const channelTarget = (channel: HandoverChannel): ConversationTarget => ({
  serviceUrl: channel.serviceUrl,
  conversationId: channel.conversationId,
  tenantId: channel.tenantId,
  botId: channel.botId,
  conversationType: 'channel',
});
