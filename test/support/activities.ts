import type { Activity, ChannelAccount } from 'botbuilder';

export const TENANT = 'tenant-bw-0001';

export interface TestUser extends ChannelAccount {
  aadObjectId: string;
}

export const alice: TestUser = { id: '29:alice', aadObjectId: 'aad-alice', name: 'Alice Amtmann' };
export const bob: TestUser = { id: '29:bob', aadObjectId: 'aad-bob', name: 'Bob Bauamt' };
export const botAccount: ChannelAccount = { id: '28:lotsenbot', name: 'Lotsenbot' };

type Options = { from?: TestUser; locale?: string; conversationType?: 'personal' | 'groupChat' | 'channel'; serviceUrl?: string; conversationId?: string };

function base(options: Options): Partial<Activity> {
  const from = options.from ?? alice;
  const conversationType = options.conversationType ?? 'personal';
  return {
    channelId: 'msteams',
    serviceUrl: options.serviceUrl ?? 'https://smba.example.test/emea/',
    from,
    recipient: botAccount,
    locale: options.locale ?? 'de-DE',
    conversation: { id: options.conversationId ?? `a:${conversationType}-${from.id}`, conversationType, tenantId: TENANT, isGroup: conversationType !== 'personal', name: '' },
    channelData: { tenant: { id: TENANT } },
  };
}

export const message = (text: string, options: Options = {}): Partial<Activity> => ({ ...base(options), type: 'message', text });

/** An Action.Execute click, as Teams sends it. */
export const execute = (verb: string, data: Record<string, unknown>, options: Options = {}): Partial<Activity> => ({
  ...base(options),
  type: 'invoke',
  name: 'adaptiveCard/action',
  value: { action: { type: 'Action.Execute', verb, data: { verb, ...data } }, trigger: 'manual' },
});

/** An Action.Submit click from an old client. */
export const submit = (data: Record<string, unknown>, options: Options & { replyToId?: string } = {}): Partial<Activity> => ({
  ...base(options),
  type: 'message',
  value: data,
  replyToId: options.replyToId,
});

/** Teams' dynamic type-ahead on an Input.ChoiceSet. */
export const search = (dataset: string, queryText: string, options: Options = {}): Partial<Activity> => ({
  ...base(options),
  type: 'invoke',
  name: 'application/search',
  value: { kind: 'search', queryText, queryOptions: { skip: 0, top: 15 }, dataset },
});

export const installed = (options: Options = {}): Partial<Activity> => ({ ...base(options), type: 'installationUpdate', action: 'add' });
export const uninstalled = (options: Options = {}): Partial<Activity> => ({ ...base(options), type: 'installationUpdate', action: 'remove' });
export const botAdded = (options: Options = {}): Partial<Activity> => ({ ...base(options), type: 'conversationUpdate', membersAdded: [botAccount] });
