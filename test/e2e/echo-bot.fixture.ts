import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, TurnContext } from 'botbuilder';

// A throwaway bot for proving the Playground harness: it knows nothing of Lotsenbot. Auth is off because the
// Playground sends no token (STACK.md), exactly like the real bot in local mode.

export const ECHO_VERB = 'echo_greet';

export type EchoBot = { port: number; endpoint: string; close: () => Promise<void> };

export function greetingCard(text: string, locale: string): Record<string, unknown> {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: `Echo: ${text}`, weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: `Sprache: ${locale}`, isSubtle: true },
      { type: 'Input.Text', id: 'name', label: 'Ihr Name', placeholder: 'Name eingeben', isRequired: true, errorMessage: 'Bitte einen Namen eingeben' },
      {
        type: 'Input.ChoiceSet', id: 'place', label: 'Kommune', style: 'filtered', isRequired: true,
        choices: [{ title: 'Aalen', value: '08136088' }, { title: 'Achern', value: '08317001' }, { title: 'Freiburg im Breisgau', value: '08311000' }],
      },
      {
        type: 'Input.ChoiceSet', id: 'format', label: 'Format', style: 'compact', value: 'online',
        choices: [{ title: 'Online', value: 'online' }, { title: 'Vor Ort', value: 'vor_ort' }],
      },
      {
        type: 'Input.ChoiceSet', id: 'contact', label: 'Kontakt', style: 'expanded', value: 'teams',
        choices: [{ title: 'Teams', value: 'teams' }, { title: 'E-Mail', value: 'email' }],
      },
      { type: 'Input.Toggle', id: 'consent', title: 'Ich stimme der Speicherung zu', valueOn: 'ja', valueOff: 'nein' },
    ],
    actions: [{ type: 'Action.Execute', title: 'Begrüßen', verb: ECHO_VERB, data: { source: 'echo' } }],
  };
}

export function answeredCard(data: Record<string, unknown>): Record<string, unknown> {
  const summary = ['verb', 'id', 'name', 'place', 'format', 'contact', 'consent'].map((key) => `${key}=${String(data[key] ?? '')}`).join(' ');
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [{ type: 'TextBlock', text: `Danke! ${summary}`, wrap: true }],
  };
}

// Several sections with the same button title, like the catalogue's "Details" per session.
export function listCard(): Record<string, unknown> {
  const section = (id: string) => ({
    type: 'Container', separator: true,
    items: [
      { type: 'TextBlock', text: `Kurs ${id}`, weight: 'Bolder' },
      { type: 'ActionSet', actions: [{ type: 'Action.Execute', title: 'Details', verb: 'echo_details', data: { id } }] },
    ],
  });
  return { type: 'AdaptiveCard', version: '1.5', body: ['A', 'B', 'C'].map(section) };
}

const cardAttachment = (content: Record<string, unknown>) => ({ contentType: 'application/vnd.microsoft.card.adaptive', content });

async function onTurn(context: TurnContext): Promise<void> {
  const activity = context.activity;
  if (activity.type === 'message') {
    const text = TurnContext.removeRecipientMention(activity)?.trim() ?? '';
    const card = text === 'liste' ? listCard() : greetingCard(text, activity.locale ?? 'keine');
    await context.sendActivity({ attachments: [cardAttachment(card)] });
    return;
  }
  if (activity.type === 'invoke' && activity.name === 'adaptiveCard/action') {
    const action = (activity.value?.action ?? {}) as { verb?: string; data?: Record<string, unknown> };
    const card = answeredCard({ ...action.data, verb: action.verb });
    await context.sendActivity({
      type: 'invokeResponse',
      value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card } },
    });
  }
}

export async function startEchoBot(port = 0): Promise<EchoBot> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const server = restify.createServer();
  server.use(restify.plugins.bodyParser());
  server.get('/healthz', async (_req, res) => { res.send(200, { ok: true }); });
  server.post('/api/messages', async (req, res) => { await adapter.process(req, res, onTurn); });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actualPort = (server.address() as AddressInfo).port;
  return {
    port: actualPort,
    endpoint: `http://127.0.0.1:${actualPort}/api/messages`,
    close: () => new Promise<void>((resolve) => { server.server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

if (import.meta.main) {
  const bot = await startEchoBot(Number(process.env.PORT ?? 3978));
  console.log(`echo bot listening on ${bot.endpoint}`);
}
